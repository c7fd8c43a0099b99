// Progress on the terminal: "pdu-rate: resampling 4500/10000 (45%)" redrawn in place on stderr
// while long work goes on, and erased when it ends. Policy (issue 17): only when stderr is a
// terminal, never into a pipe, a file or a CI log, and not with --quiet; only work that has
// already lasted `delay` shows (500 ms, or PDU_RATE_PROGRESS_DELAY_MS: the tests set 0), so
// short runs draw nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "pdurate/util/progress.hpp"

namespace pdurate::cli {

class ProgressLine : public util::Progress {
 public:
  ProgressLine(std::FILE* out, std::chrono::milliseconds delay) : out_(out), delay_(delay) {}
  void begin(std::string_view what, std::uint64_t total) override;
  void update(std::uint64_t done) override;
  void end() override;

 private:
  using Clock = std::chrono::steady_clock;
  std::FILE* out_;
  std::chrono::milliseconds delay_;
  std::string what_;
  std::uint64_t total_ = 0;
  Clock::time_point started_, drawn_;
  bool shown_ = false;
};

// The help of --quiet, the same for every command that has it.
inline constexpr const char* kQuietHelp =
    "No progress line on stderr (one shows only on a terminal, for work that lasts over half a second)";

// Erases the progress line being shown, if any, so that a message or a report line written
// next starts on a clean line; the line is redrawn at the next update.
void erase_progress_line();

// The progress a command should report to: a ProgressLine on stderr when stderr is a terminal
// and not `quiet`, else none (nullptr).
std::unique_ptr<util::Progress> terminal_progress(bool quiet);

}  // namespace pdurate::cli
