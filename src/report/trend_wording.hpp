// Wording pdu-rate compare's text and Markdown reports share (internal to the report layer), so
// that both say the same.
#pragma once

#include <optional>
#include <string>

#include "pdurate/app/trend.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::trend_wording {

// "A", "B", ...: how the columns name the inspections.
std::string letter(std::size_t i);
// How reports name a key question or finding of `list`: its short id ("2.1.3"), as every report
// does, unless two in `list` share a short id (P2.1.3 and 2.1.3 of two frameworks, not matched
// by id): then every one by its full id, so that they are told apart.
std::string shown_id(const std::vector<engine::QuestionTrend>& list, const engine::QuestionTrend& q);
// A rating, "not rated (Inadequate to Good)", or "not in its rules".
std::string rating_cell(const std::optional<engine::RatingState>& s);
// "10/21", or "5 to 14 of 21" while not known.
std::string score_cell(const engine::ScoreState& s);
// "15/79 19.0%", "no answers" or "not in its rules".
std::string question_cell(const engine::QuestionPoint& p);
// A proportion's difference in percentage points, signed, one decimal ("+12.5", "-3.0", "0.0").
std::string points(double difference);
// "+30.0 [+3.5, +52.6]": the change and its interval, without the mark.
std::string change_figures(const engine::DifferenceInterval& d);
// How the inspections were rated: under --rules, each under its own (the same or differing).
std::string rules_sentence(const rules::Rules& rules, const app::TrendReport& report);
// What the key-question table shows and what * marks, wrapped for the text report (Markdown
// folds the line breaks).
std::string change_note(double level_percent);
// "Standards only in some inspections' rules: 4.1 (A)\n..." (a line each), or "".
std::string only_some(const engine::Trend& p);

}  // namespace pdurate::report::trend_wording
