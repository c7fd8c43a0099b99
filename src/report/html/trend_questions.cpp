// pdu-rate compare's HTML key questions (or findings): per standard, bars of each question's
// % Yes in every inspection against the bands, with the interval at the comparison's level as a
// whisker; the changes from one inspection to the next as dots and whiskers around 0; and the
// table the text report gives.
#include <fmt/format.h>

#include "pdurate/engine/wilson.hpp"
#include "pdurate/report/wording.hpp"
#include "report/html/change_chart.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"
#include "report/html/trend_parts.hpp"
#include "report/trend_wording.hpp"

namespace pdurate::report::html {
namespace {

using namespace trend_wording;
using engine::QuestionTrend;

// The question's id as the text report shows it (shown_id, over the key questions or the
// findings: a finding's id has a letter or an F., so the two never share one), and its topic.
std::string label(const TrendPage& page, const QuestionTrend& q) {
  const bool clash = shown_id(page.trend.questions, q) != q.short_id || shown_id(page.trend.findings, q) != q.short_id;
  return fmt::format("{} {}", clash ? q.id : q.short_id, q.topic);
}

svg::Bar bar(const TrendPage& page, const QuestionTrend& q, std::size_t i) {
  const auto& point = q.points[i];
  svg::Bar b;
  b.tone = kPlainTone;
  const auto level = point.state.band ? page.each[i]->find_rating(*point.state.band) : std::nullopt;
  if (level) b.tone = tone(*page.each[i], *level);
  if (i + 1 < q.points.size()) b.tone += " before";  // the latest inspection's bar stands out
  b.note = fmt::format("{}  {}", letter(i), question_cell(point));
  b.title = fmt::format("{} in {}: {}", label(page, q), letter(i), question_cell(point));
  if (!point.has_percent()) return b;
  const auto& t = point.state.tally;
  b.percent = percent_value(t);
  const auto w = engine::wilson(t.yes, t.relevant(), page.trend.level_percent);
  b.low = 100 * w.low;
  b.high = 100 * w.high;
  b.title += fmt::format("; {} interval {:.1f}% to {:.1f}%", level_text(page.trend.level_percent), *b.low, *b.high);
  if (point.state.band) b.title += "; band " + *point.state.band;
  return b;
}

void bars(const TrendPage& page, const std::vector<const QuestionTrend*>& list, const std::string& title,
          bool banded) {
  const auto& latest = *page.each.back();
  svg::BarChart chart{title, {}, {0, 25, 50, 75, 100}, {}};
  if (banded) {
    chart.zones = band_zones(latest);
    chart.ticks = band_ticks(latest);
  }
  for (const auto* q : list) {
    svg::Row row{label(page, *q), false, "", {}};
    for (std::size_t i = 0; i < q->points.size(); ++i) row.bars.push_back(bar(page, *q, i));
    chart.rows.push_back(std::move(row));
  }
  page.out.open("figure").raw(svg::bar_chart(chart)).close();
}

// Per standard (findings under no standard together), the questions' bars.
void bars_by_standard(const TrendPage& page, const std::vector<QuestionTrend>& list, bool findings) {
  std::vector<std::pair<std::string, std::string>> groups;  // id, heading
  for (const auto& s : page.trend.standards) groups.emplace_back(s.id, fmt::format("{} {}", s.id, s.name));
  if (findings) groups.emplace_back("", "Free-standing findings");
  for (const auto& [id, heading] : groups) {
    std::vector<const QuestionTrend*> in;
    for (const auto& q : list)
      if (q.standard == id) in.push_back(&q);
    if (in.empty()) continue;
    page.out.element("h3", heading);
    bars(page, in, fmt::format("{}: % Yes in each inspection", heading), !findings);
  }
}

std::string change_text(const engine::DifferenceInterval& d) {
  return change_figures(d) + (d.excludes_zero() ? " *" : "");
}

void changes(const TrendPage& page, const std::vector<QuestionTrend>& list, std::string_view what) {
  const std::size_t n = page.report.inspections.size();
  svg::ChangeChart chart{fmt::format("The change in each {} in percentage points, with its {} interval", what,
                                     level_text(page.trend.level_percent)),
                         {}};
  for (const auto& q : list)
    for (std::size_t i = 0; i < q.changes.size(); ++i) {
      if (!q.changes[i]) continue;
      const auto& d = *q.changes[i];
      const std::string from_to = fmt::format("{}\u2212{}", letter(i + 1), letter(i));
      svg::ChangeRow row{n > 2 ? fmt::format("{} {}", from_to, label(page, q)) : label(page, q), 100 * d.difference, 100 * d.low,
                         100 * d.high, d.excludes_zero(), change_text(d), ""};
      row.title = fmt::format("{}, {}: {} points, {} interval {} to {}{}", label(page, q), from_to, points(d.difference),
                              level_text(page.trend.level_percent), points(d.low), points(d.high),
                              d.excludes_zero() ? "; the interval leaves out 0" : "");
      chart.rows.push_back(std::move(row));
    }
  if (chart.rows.empty()) return;
  page.out.element("h3", "Changes");
  page.out.open("figure").raw(svg::change_chart(chart)).close();
}

void table(const TrendPage& page, const std::vector<QuestionTrend>& list, std::string first) {
  auto& out = page.out;
  const std::size_t n = page.report.inspections.size();
  std::vector<std::pair<std::string, bool>> columns{{std::move(first), false}};
  for (std::size_t i = 0; i < n; ++i) columns.emplace_back(letter(i), true);
  for (std::size_t i = 1; i < n; ++i) columns.emplace_back(fmt::format("{}\u2212{}", letter(i), letter(i - 1)), true);
  out.open("table", {{"class", "key-questions trend"}});
  header_row(out, columns);
  out.open("tbody");
  for (const auto& q : list) {
    out.open("tr", {{"data-question", q.id}}).element("td", label(page, q));
    for (const auto& point : q.points) out.element("td", {{"class", "num"}}, question_cell(point));
    for (const auto& c : q.changes) {
      if (c && c->excludes_zero()) out.element("td", {{"class", "num warning"}}, change_text(*c));
      else out.element("td", {{"class", "num"}}, c ? change_text(*c) : "");
    }
    out.close();
  }
  out.close().close();
}

}  // namespace

void trend_questions(const TrendPage& page, bool findings) {
  const auto& list = findings ? page.trend.findings : page.trend.questions;
  auto& out = page.out;
  out.open("section", {{"class", "part"}, {"id", findings ? "findings" : "key-questions"}});
  out.element("h2", findings ? "Findings (tabulated, not rated)" : "Key questions");
  out.element("p", fmt::format(
      "Each bar is the percentage of relevant cases answered Yes in one inspection (N/A left out){}, the latest "
      "inspection's solid, the earlier ones paler; the whisker is its {} Wilson interval. Below, each change from one inspection to the next, in percentage points, as a dot "
      "with its {} interval (Newcombe's hybrid score method): bold and marked * where the interval leaves out 0, a "
      "change larger than the sampling of cases alone is likely to explain.",
      findings ? "" : ", coloured by its band, the shading behind it the bands of the latest rules",
      level_text(page.trend.level_percent), level_text(page.trend.level_percent)));
  bars_by_standard(page, list, findings);
  changes(page, list, findings ? "finding" : "key question");
  table(page, list, findings ? "Finding" : "Key question");
  out.close();
}

}  // namespace pdurate::report::html
