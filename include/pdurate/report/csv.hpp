// CSV: one row per inspection, for spreadsheets (README, "Rating many inspections"). RFC 4180
// (fields quoted when needed), LF line ends, a header row; unknown values empty. One inspection
// is the same header and its one row (a what-if's result, when there is one).
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::csv {

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});
std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options = {});

}  // namespace pdurate::report::csv
