// Text for people: the report on one inspection (README, "Output"), the table of many, the
// lines of a check run and a diff of rule sets. Colour only when Options::color says so.
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/app/trend.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::text {

// One rated inspection: the ratings with their key questions and margins, the score, the
// analysis sections (findings, sampling error, breakdowns, relative rates), with
// Options::explain the reasons, then pivotal answers and expectations.
std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options);

// One row per inspection: its name (else its file), each standard's rating (abbreviated, with a
// key below), score, overall, and a check column when any row has checks.
std::string table(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options);

// pdu-rate check: "pass FILE (N expectations met)", "FAIL FILE: DIFFERENCE; DIFFERENCE" or
// "ERROR FILE: invalid input (N problems, listed on stderr)"; and the summary, "N passed, N
// failed" with ", N errors" when any input was invalid. No newline.
std::string check_line(const rules::Rules& rules, const app::Outcome& outcome);
std::string check_summary(const app::Counts& counts);

// pdu-rate diff: the two rule sets, then each inspection that changed (or could not be
// compared), then "N compared, N changed" (with ", N errors").
std::string diff(const rules::Rules& base, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                 const Options& options);

// pdu-rate compare: the inspections (A, B, ...), their ratings and scores side by side, each key
// question's Yes out of the relevant cases in each and the change from one to the next with its
// interval, marked when the interval leaves out 0; then what only some inspections' rules have.
std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options& options);

}  // namespace pdurate::report::text
