#include "cli/progress_line.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

namespace pdurate::cli {
namespace {
ProgressLine* shown_line = nullptr;  // the line on the terminal now, if any (one process, one terminal)
}  // namespace

void erase_progress_line() {
  if (shown_line) shown_line->end();
}

void ProgressLine::begin(std::string_view what, std::uint64_t total) {
  what_ = what;
  total_ = total;
  started_ = Clock::now();
  shown_ = false;
}

void ProgressLine::update(std::uint64_t done) {
  const auto now = Clock::now();
  if (now - started_ < delay_) return;
  if (shown_ && now - drawn_ < std::chrono::milliseconds(100)) return;  // at most ten redraws a second
  drawn_ = now;
  shown_ = true;
  shown_line = this;
  const std::string line =
      total_ ? fmt::format("pdu-rate: {} {}/{} ({}%)", what_, done, total_, done * 100 / total_)
             : fmt::format("pdu-rate: {} {}", what_, done);
  fmt::print(out_, "\r{}\033[K", line);  // back to the line's start, draw, clear what is left
  std::fflush(out_);
}

void ProgressLine::end() {
  if (!shown_) return;
  fmt::print(out_, "\r\033[K");  // erase the line: what follows starts clean
  std::fflush(out_);
  shown_ = false;
  shown_line = nullptr;
}

std::unique_ptr<util::Progress> terminal_progress(bool quiet) {
  if (quiet || ::isatty(STDERR_FILENO) != 1) return nullptr;
  std::chrono::milliseconds delay(500);
  if (const char* ms = std::getenv("PDU_RATE_PROGRESS_DELAY_MS"); ms && *ms)
    delay = std::chrono::milliseconds(std::strtol(ms, nullptr, 10));
  return std::make_unique<ProgressLine>(stderr, delay);
}

}  // namespace pdurate::cli
