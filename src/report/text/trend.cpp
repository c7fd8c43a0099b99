// pdu-rate compare as text: the inspections (a letter each), their ratings and scores side by
// side, then each key question's % Yes in each and the change from one to the next with its
// interval, then what some inspections' rules lack.
#include "pdurate/report/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/wording.hpp"
#include "report/trend_wording.hpp"

namespace pdurate::report::text {
namespace {

using engine::Trend;
using namespace trend_wording;

// Display width: UTF-8 code points (ids, names and ratings have no wide characters).
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Rows of cells, printed in aligned columns: the first left-aligned, the others as `right` says.
class Grid {
 public:
  explicit Grid(std::vector<bool> right) : right_(std::move(right)) {}
  void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::string render(std::string_view indent) const {
    std::vector<std::size_t> w(right_.size(), 0);
    for (const auto& r : rows_)
      for (std::size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], width(r[c]));
    std::string out;
    for (const auto& r : rows_) {
      std::string line(indent);
      for (std::size_t c = 0; c < r.size(); ++c) {
        const std::string fill(w[c] - width(r[c]), ' ');
        line += (c > 0 ? "  " : "") + (right_[c] ? fill + r[c] : r[c] + fill);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + '\n';
    }
    return out;
  }

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

std::string change_cell(const std::optional<engine::DifferenceInterval>& d) {
  if (!d) return "";
  return change_figures(*d) + (d->excludes_zero() ? " *" : "  ");  // the mark's room kept: intervals line up
}

// Each inspection's letter, name (else its file), fieldwork and, when they differ, rules; then its file.
std::string inspections(const rules::Rules& rules, const app::TrendReport& report) {
  const auto& list = report.inspections;
  std::string out = fmt::format("{} inspections, {}\n", list.size(), rules_sentence(rules, report));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& o = list[i];
    std::vector<std::string> parts{o.name.empty() ? o.file : o.name};
    if (!o.fieldwork.empty()) parts.push_back("fieldwork " + o.fieldwork);
    if (!report.trend->same_rules) parts.push_back("rules " + rules_of(o, rules).id);
    out += fmt::format("  {}  {}\n", letter(i), fmt::join(parts, " · "));
    if (!o.name.empty()) out += fmt::format("  {}  {}\n", std::string(width(letter(i)), ' '), o.file);
  }
  return out;
}

std::string ratings(const Trend& p) {
  std::vector<std::string> head{"Ratings"};
  for (std::size_t i = 0; i < p.overall.size(); ++i) head.push_back(letter(i));
  Grid grid(std::vector<bool>(head.size(), false));
  grid.row(head);
  for (const auto& s : p.standards) {
    std::vector<std::string> row{fmt::format("  {} {}", s.id, s.name)};
    for (const auto& r : s.ratings) row.push_back(rating_cell(r));
    grid.row(std::move(row));
  }
  std::vector<std::string> score{"  score"}, overall{"  overall"};
  for (const auto& s : p.scores) score.push_back(score_cell(s));
  for (const auto& o : p.overall) overall.push_back(rating_cell(o));
  grid.row(std::move(score));
  grid.row(std::move(overall));
  return grid.render("");
}

// The key questions, or the findings, under `title`.
std::string questions(const Trend& p, const std::vector<engine::QuestionTrend>& list, std::string title) {
  const std::size_t n = p.overall.size();
  std::vector<std::string> head{std::move(title)};
  for (std::size_t i = 0; i < n; ++i) head.push_back(letter(i));
  for (std::size_t i = 1; i < n; ++i) head.push_back(fmt::format("{}-{}  ", letter(i), letter(i - 1)));
  std::vector<bool> right(head.size(), true);
  right[0] = false;
  Grid grid(std::move(right));
  grid.row(head);
  for (const auto& q : list) {
    std::vector<std::string> row{fmt::format("  {} {}", shown_id(list, q), q.topic)};
    for (const auto& point : q.points) row.push_back(question_cell(point));
    for (const auto& c : q.changes) row.push_back(change_cell(c));
    grid.row(std::move(row));
  }
  return grid.render("");
}

}  // namespace

std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options&) {
  const auto& p = *report.trend;
  std::string out = inspections(rules, report);
  out += '\n' + ratings(p);
  out += '\n' + questions(p, p.questions, "Key questions");
  if (!p.findings.empty()) out += '\n' + questions(p, p.findings, "Findings (tabulated, not rated)");
  out += '\n' + change_note(p.level_percent);
  const auto some = only_some(p);
  if (!some.empty()) out += '\n' + some;
  return out;
}

}  // namespace pdurate::report::text
