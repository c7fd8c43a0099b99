// Markdown (GitHub-flavoured): one inspection's tables as HMIP's report prints them, ready to
// paste (issue 14, part 2). A heading with the inspection's name; the ratings table (each
// standard's id, name and rating, then the score and the overall rating); per casework standard
// rated from cases, its key questions with the percentage 'Yes' rounded half-up to a whole
// percent as the report prints it and Yes/relevant, the lowest (the one that sets the rating) in
// bold; then the findings the input answered, "18 out of 64 relevant cases".
//
// Nothing is made up: a standard not rated reads "not rated (Inadequate to Good)", the range
// still possible, and the score likewise; a casework standard given as a rating says so instead
// of a table. Every cell has `|` escaped and line breaks folded, so every row of a table has the
// same cells. Notices (missing columns, guidance departures) are the CLI's, on stderr.
#pragma once

#include <string>
#include <string_view>

#include "pdurate/app/outcome.hpp"
#include "pdurate/app/trend.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::markdown {

// A rated outcome (outcome.rated set). Options are not used: Markdown has no colour, and the
// explanations are the text report's.
std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});

// pdu-rate compare (issue 16): the text report's content as tables: the inspections, the
// ratings per inspection, each key question's Yes/relevant per inspection and the changes with
// their intervals, the * mark explained.
std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options& options);

// One table cell's text: `|` escaped, line breaks folded to spaces.
std::string cell(std::string_view text);

}  // namespace pdurate::report::markdown
