// A data workbook (.xlsx), in the spirit of the one HMIP publishes with a report (issue 14,
// part 3), written with libxlsxwriter. For one inspection, in this order:
//   Ratings        each standard's rating, points, how it was rated and where its rule comes
//                  from; the score and the overall rating; the rules (framework, file)
//   Method         every rule of the rule set with its provenance as the rules file records it
//   Key questions  per key question of the casework standards rated from cases: Yes, No, N/A,
//                  relevant, % Yes (a number, shown 0.0%), band, whether it sets the rating,
//                  the Wilson interval, and the margins to the bands either side; a bar chart
//   Findings       when the input answered any: the same figures
//   By ATTRIBUTE   one per --by: every group's figures and ratings, one row per question
//   Cases          the cases rated, as an Excel table (one column per attribute and question)
//                  with a Yes/No/N/A list on every answer cell; `pdu-rate workbook.xlsx`
//                  reads this sheet back and rates the same
// Values are numbers where they are numbers; there are no formulas. Headers are frozen and
// columns sized to their contents. For many inspections: one sheet, Inspections, one row each
// (the CSV format's columns). Options are not used (no colour).
//
// libxlsxwriter writes to a file: the workbook is made in a private temporary directory (under
// TMPDIR) and read back, and report::Error is thrown when that fails.
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/agreement.hpp"
#include "pdurate/app/outcome.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::xlsx {

// A rated outcome (outcome.rated set): the workbook's bytes.
std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});

// Many outcomes, rated under `rules`, invalid ones included (status "invalid", no figures).
std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options = {});

// pdu-rate compare: Ratings, Key questions, Findings (when some inspection answers one) and
// Inspections sheets, figures as numbers (trend_workbook.cpp).
std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options& options = {});

// pdu-rate agree's report (report/agreement.hpp) as a workbook: Agreement (per key question and
// finding, counts and coefficients as numbers, the agreement a percentage, each interval two
// columns), Ratings (FIRST, SECOND, moderated), Disagreements (one row per case and question,
// whether it decides a rating), One file only. A valid agreement (agreement.valid()).
std::string agreement(const rules::Rules& rules, const app::Agreement& agreement, const Options& options = {});

}  // namespace pdurate::report::xlsx
