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

// The column names, one per field of a row: file, name, fieldwork, status, cases, each standard's
// id, then the score and the overall rating with their ranges. The data workbook's Inspections
// sheet uses the same.
std::vector<std::string> header(const rules::Rules& rules);

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});
std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options = {});

}  // namespace pdurate::report::csv
