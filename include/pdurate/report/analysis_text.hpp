// The analysis sections of the text report (issue 5), after the score: findings, sampling error
// with rating probabilities, breakdowns (--by) and relative rate indices (--rri). Compact
// tables; every figure comes from ReportInput::analysis.
#pragma once

#include <string>

#include "pdurate/report/report.hpp"

namespace pdurate::report {

// Empty when input.analysis is null. `color` styles headings only.
std::string analysis_text(const ReportInput& input, bool color);

// A probability for people: "100%", ">99%", "97%", "<1%", "0%".
std::string probability_text(std::size_t count, std::size_t total);

}  // namespace pdurate::report
