// pdu-rate compare as Markdown (report/markdown.hpp): the text report's content as GFM tables.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/report/markdown.hpp"
#include "report/markdown/blocks.hpp"
#include "report/trend_wording.hpp"

namespace pdurate::report::markdown {
namespace {

using namespace trend_wording;
using Rows = std::vector<std::vector<std::string>>;

// Each inspection's letter, name, fieldwork, rules (when they differ) and file.
std::string inspections(const rules::Rules& rules, const app::TrendReport& report) {
  const auto& list = report.inspections;
  const bool own_rules = !report.trend->same_rules;
  Rows rows;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& o = list[i];
    std::vector<std::string> row{letter(i), o.name, o.fieldwork};
    if (own_rules) row.push_back(rules_of(o, rules).id);
    row.push_back(o.file);
    rows.push_back(std::move(row));
  }
  std::vector<std::string> head{"", "Inspection", "Fieldwork"};
  if (own_rules) head.emplace_back("Rules");
  head.emplace_back("File");
  return "# Progress between inspections\n\n" +
         paragraph(fmt::format("{} inspections, {}.", list.size(), rules_sentence(rules, report))) +
         table(head, own_rules ? "lllll" : "llll", rows);
}

std::vector<std::string> letters(std::string first, std::size_t n) {
  std::vector<std::string> head{std::move(first)};
  for (std::size_t i = 0; i < n; ++i) head.push_back(letter(i));
  return head;
}

std::string ratings(const engine::Trend& p) {
  Rows rows;
  for (const auto& s : p.standards) {
    std::vector<std::string> row{fmt::format("{} {}", s.id, s.name)};
    for (const auto& r : s.ratings) row.push_back(rating_cell(r));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> score{bold("Score")}, overall{bold("Overall")};
  for (const auto& s : p.scores) score.push_back(bold(score_cell(s)));
  for (const auto& o : p.overall) overall.push_back(bold(rating_cell(o)));
  rows.push_back(std::move(score));
  rows.push_back(std::move(overall));
  const auto head = letters("Standard", p.overall.size());
  return "## Ratings\n\n" + table(head, std::string(head.size(), 'l'), rows);
}

// The key questions, or the findings, as a table under `title` whose first column is `first`.
std::string questions(const engine::Trend& p, const std::vector<engine::QuestionTrend>& list, std::string_view title,
                      std::string first) {
  const std::size_t n = p.overall.size();
  auto head = letters(std::move(first), n);
  for (std::size_t i = 1; i < n; ++i) head.push_back(fmt::format("{}-{}", letter(i), letter(i - 1)));
  Rows rows;
  for (const auto& q : list) {
    std::vector<std::string> row{fmt::format("{} {}", shown_id(list, q), q.topic)};
    for (const auto& point : q.points) row.push_back(question_cell(point));
    for (const auto& c : q.changes) row.push_back(c ? change_figures(*c) + (c->excludes_zero() ? " \\*" : "") : "");
    rows.push_back(std::move(row));
  }
  return fmt::format("## {}\n\n", title) + table(head, "l" + std::string(head.size() - 1, 'r'), rows);
}

}  // namespace

std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options&) {
  const auto& p = *report.trend;
  std::string out = inspections(rules, report) + ratings(p) + questions(p, p.questions, "Key questions", "Key question") +
                    paragraph(change_note(p.level_percent));
  if (!p.findings.empty()) out += questions(p, p.findings, "Findings (tabulated, not rated)", "Finding");
  const auto some = only_some(p);
  std::size_t start = 0;
  for (std::size_t end; (end = some.find('\n', start)) != std::string::npos; start = end + 1)
    out += paragraph(some.substr(start, end - start));
  out.pop_back();  // one newline at the end
  return out;
}

}  // namespace pdurate::report::markdown
