// The JSON objects and fields the reports share, each written by one helper (internal to the
// report module): the rate report on one inspection, the batch and the diff reports.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/compare.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/model/answer_counts.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"
#include "report/json/writer.hpp"

namespace pdurate::report::json {

// How much an object about a standard or a result says: what a row of many inspections needs
// (batch), or everything (the rate report).
enum class Detail { Summary, Full };

// {"name": "pdu-rate", "version": "..."}
void tool(Writer& j);
// {"id", "name", "file", "comparison"}
void rules_object(Writer& j, const rules::Rules& rules);
// {"file", "line", "column", "message"}: file null when there is none (the command line), line
// and column 0 when not known
void diagnostic(Writer& j, const util::Diagnostic& d);
// A rating's name, or null.
void level_or_null(Writer& j, const rules::Rules& rules, std::optional<rules::Level> level);
// {"lowest", "highest"}: a range of ratings.
void level_range(Writer& j, const rules::Rules& rules, rules::Level lowest, rules::Level highest);
// {"NAME": COUNT, ...} in the order given.
void numbers(Writer& j, std::initializer_list<std::pair<std::string_view, std::size_t>> counts);
// The answer counts, written into the object open: "yes", "no", "na", "relevant", "percent"
// (two decimals, or null without relevant cases).
void tally_fields(Writer& j, const model::Tally& t);

// A rating as diff and compare report it, {"rating" (null when not known), "lowest",
// "highest"}; null for none (a standard that side's rules lack).
void rating_state(Writer& j, const std::optional<engine::RatingState>& s);
// A score as diff and compare report it: {"score" (null when not known), "min", "max", "max_score"}.
void score_state(Writer& j, const engine::ScoreState& s);

// One standard of a result: {"id", ("name", "domain", "basis"), "rating", "points",
// "rating_range", ...}; in full also its key questions, guidance, margin, explanation and, when
// `analysis` is given, its sampling error and rating probabilities.
void standard(Writer& j, const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s,
              const engine::Analysis* analysis, Detail detail);

// A result's fields, into the object open: "standards", "score", "max_score", "score_range",
// "overall", "overall_range" and, in full, "margin" and "overall_explanation". Without a result
// (an invalid input) the fields are null and "standards" is empty.
void result_fields(Writer& j, const rules::Rules& rules, const engine::Result* result,
                   const engine::Analysis* analysis, Detail detail);

}  // namespace pdurate::report::json
