// The findings: further questions the rules tabulate and never rate (prompts under key
// questions, free-standing findings), as the report quotes them: "18 out of 64 relevant cases".
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

std::string interval_text(const std::optional<engine::Interval>& i) {
  return i ? fmt::format("{:.1f}% to {:.1f}%", 100 * i->low, 100 * i->high) : std::string();
}

svg::Row chart_row(const Page& page, const engine::FindingResult& f) {
  const auto& def = page.rules.findings[f.finding];
  const std::string label = fmt::format("{} {}", def.short_id, def.topic);
  svg::Bar bar;
  bar.percent = percent_value(f.tally);
  bar.tone = kPlainTone;
  bar.note = fmt::format("{}/{}", f.tally.yes, f.tally.relevant());
  if (f.tally.relevant()) bar.note += " · " + percent_text(f.tally);
  bar.title = fmt::format("{}: {}", label, out_of(f.tally));
  if (f.interval) {
    bar.low = 100 * f.interval->low;
    bar.high = 100 * f.interval->high;
    bar.title += fmt::format(", {}; {} interval {}", percent_text(f.tally),
                             level_text(page.rated.analysis->request.confidence), interval_text(f.interval));
  }
  return {label, false, "", {std::move(bar)}};
}

void table(const Page& page, const std::vector<engine::FindingResult>& list) {
  auto& out = page.out;
  const std::string level = level_text(page.rated.analysis->request.confidence) + " interval";
  out.open("table", {{"class", "findings"}});
  header_row(out, {{"Finding", false}, {"Under", false}, {"Yes", false}, {"Percentage 'Yes'", true}, {level, true}});
  out.open("tbody");
  for (const auto& f : list) {
    const auto& def = page.rules.findings[f.finding];
    out.open("tr", {{"data-finding", def.id}});
    out.open("td").element("span", fmt::format("{} {}", def.short_id, def.topic));
    if (!def.text.empty()) out.element("div", {{"class", "quiet"}}, def.text);
    out.close();
    out.element("td", def.parent ? page.rules.questions[*def.parent].short_id : std::string("free-standing"));
    out.element("td", {{"class", "out-of"}}, out_of(f.tally));
    out.element("td", {{"class", "num percent"}}, percent_text(f.tally));
    out.element("td", {{"class", "num"}}, interval_text(f.interval));
    out.close();
  }
  out.close().close();
}

}  // namespace

void findings(const Page& page) {
  if (!page.rated.analysis || page.rated.inspection.ratings_only) return;
  const auto& list = page.rated.analysis->findings;
  if (list.empty()) return;
  page.out.open("section", {{"class", "part"}, {"id", "findings"}});
  page.out.element("h2", "Findings");
  page.out.element("p", "Further questions the inspection answers for each case: tabulated like the key questions, "
                        "never part of a rating.");
  svg::BarChart chart{"Findings: % Yes of each", {}, {0, 25, 50, 75, 100}, {}};
  for (const auto& f : list) chart.rows.push_back(chart_row(page, f));
  page.out.open("figure").raw(svg::bar_chart(chart)).close();
  table(page, list);
  page.out.close();
}

}  // namespace pdurate::report::html
