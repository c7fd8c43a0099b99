// The exit statuses pdu-rate promises (README, "Exit status").
#pragma once

#include "pdurate/app/outcome.hpp"

namespace pdurate::cli {

inline constexpr int kRated = 0;        // rated; every check passed
inline constexpr int kCheckFailed = 1;  // an expectation was not met, --strict found a problem, diff found a change
inline constexpr int kInputError = 2;   // usage error or invalid input: nothing was rated

constexpr int exit_status(app::Status status) {
  return status == app::Status::Passed ? kRated : status == app::Status::Failed ? kCheckFailed : kInputError;
}

}  // namespace pdurate::cli
