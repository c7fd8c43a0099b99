#include "report/trend_wording.hpp"

#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/wording.hpp"

namespace pdurate::report::trend_wording {
namespace {

using engine::Trend;

// "4.1 (A)": an id some inspections' rules lack, with the inspections whose rules have it; or
// nothing when all have it.
std::optional<std::string> in_some(std::string_view id, const std::vector<bool>& has) {
  std::vector<std::string> with;
  for (std::size_t i = 0; i < has.size(); ++i)
    if (has[i]) with.push_back(letter(i));
  if (with.size() == has.size()) return std::nullopt;
  return fmt::format("{} ({})", id, fmt::join(with, ", "));
}

}  // namespace

// "A", "B", ...: how the columns name the inspections.
std::string letter(std::size_t i) { return i < 26 ? std::string(1, static_cast<char>('A' + i)) : std::to_string(i + 1); }

std::string shown_id(const std::vector<engine::QuestionTrend>& list, const engine::QuestionTrend& q) {
  for (std::size_t i = 0; i < list.size(); ++i)
    for (std::size_t j = i + 1; j < list.size(); ++j)
      if (list[i].short_id == list[j].short_id) return q.id;
  return q.short_id;
}

std::string rating_cell(const std::optional<engine::RatingState>& s) {
  if (!s) return "not in its rules";
  if (s->rating) return *s->rating;
  return fmt::format("not rated ({} to {})", s->lowest, s->highest);
}

std::string score_cell(const engine::ScoreState& s) {
  if (s.score) return fmt::format("{}/{}", *s.score, s.max_score);
  return fmt::format("{} to {} of {}", s.min, s.max, s.max_score);
}

std::string question_cell(const engine::QuestionPoint& p) {
  if (!p.in_rules) return "not in its rules";
  if (!p.state.present) return "no answers";
  return figures(p.state.tally);
}

// A proportion's difference in percentage points, signed, one decimal ("+12.5", "-3.0", "0.0").
std::string points(double difference) {
  const double rounded = std::round(difference * 1000) / 10;
  return rounded == 0 ? "0.0" : fmt::format("{:+.1f}", rounded);
}

std::string rules_sentence(const rules::Rules& rules, const app::TrendReport& report) {
  const auto& first = rules_of(report.inspections.front(), rules);
  if (report.rules_given)
    return fmt::format("all rated under one rule set (--rules), so that a change of rules is not taken for "
                       "progress: {}", app::describe(rules));
  if (report.trend->same_rules) return fmt::format("each rated under its own rules: {}", app::describe(first));
  return "each rated under its own rules, which differ: standards and key questions are compared by id";
}

std::string change_figures(const engine::DifferenceInterval& d) {
  return fmt::format("{} [{}, {}]", points(d.difference), points(d.low), points(d.high));
}

std::string change_note(double level_percent) {
  return fmt::format(
      "Each key question: Yes out of the relevant cases, and the change from one inspection to the next in\n"
      "percentage points with its {:g}% interval (Newcombe's hybrid score method). * the interval leaves out 0:\n"
      "a change larger than the sampling of cases alone is likely to explain.\n",
      level_percent);
}

std::string only_some(const Trend& p) {
  std::vector<std::string> standards, questions;
  for (const auto& s : p.standards) {
    std::vector<bool> has;
    for (const auto& r : s.ratings) has.push_back(r.has_value());
    if (auto text = in_some(s.id, has)) standards.push_back(std::move(*text));
  }
  for (const auto& q : p.questions) {
    std::vector<bool> has;
    for (const auto& point : q.points) has.push_back(point.in_rules);
    if (auto text = in_some(shown_id(p.questions, q), has)) questions.push_back(std::move(*text));
  }
  std::string out;
  if (!standards.empty()) out += fmt::format("Standards only in some inspections' rules: {}\n", fmt::join(standards, "; "));
  if (!questions.empty())
    out += fmt::format("Key questions only in some inspections' rules: {}\n", fmt::join(questions, "; "));
  return out;
}

}  // namespace pdurate::report::trend_wording
