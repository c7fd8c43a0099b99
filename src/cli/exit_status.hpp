// The exit statuses pdu-rate promises (README, "Exit status").
#pragma once

namespace pdurate::cli {

inline constexpr int kRated = 0;        // rated; every check passed
inline constexpr int kCheckFailed = 1;  // an expectation was not met, or --strict found a problem
inline constexpr int kInputError = 2;   // usage error or invalid input: nothing was rated

}  // namespace pdurate::cli
