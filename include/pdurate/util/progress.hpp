// How far long work has gone (resampling, reading a large file, rating many inspections). The
// library reports; whether and how that is shown is the caller's policy (the command line draws
// a line on stderr when it is a terminal, and nothing otherwise: src/cli/progress_line.hpp).
// Reporting costs a virtual call per update: callers update per resample or per inspection,
// never per case.
#pragma once

#include <cstdint>
#include <string_view>

namespace pdurate::util {

class Progress {
 public:
  virtual ~Progress() = default;
  // Work named `what` ("resampling") begins: `total` units (0 when not known in advance).
  virtual void begin(std::string_view what, std::uint64_t total) = 0;
  // `done` units of the current work are done; `done` never decreases between begin and end.
  virtual void update(std::uint64_t done) = 0;
  // The current work is over, finished or not.
  virtual void end() = 0;
};

// begin() on construction, end() on destruction (so an exception ends it too); a null Progress
// hears nothing.
class ProgressScope {
 public:
  ProgressScope(Progress* progress, std::string_view what, std::uint64_t total) : progress_(progress) {
    if (progress_) progress_->begin(what, total);
  }
  ~ProgressScope() {
    if (progress_) progress_->end();
  }
  ProgressScope(const ProgressScope&) = delete;
  ProgressScope& operator=(const ProgressScope&) = delete;
  void update(std::uint64_t done) {
    if (progress_) progress_->update(done);
  }

 private:
  Progress* progress_;
};

}  // namespace pdurate::util
