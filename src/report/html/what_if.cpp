// A what-if, side by side: the scenario, then every key question it changed as a pair of bars
// (as recorded, then what if), and every rating, the score and the overall rating before and
// after. The rest of the page shows the what-if's result.
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

svg::Bar side(const Page& page, const engine::Tally& t, const std::optional<rules::Level>& band, bool before) {
  svg::Bar bar;
  bar.percent = percent_value(t);
  bar.tone = band ? tone(page.rules, *band) : std::string(kPlainTone);
  if (before) bar.tone += " before";
  const std::string which = before ? "as recorded" : "what if";
  bar.note = fmt::format("{}: {}/{}", which, t.yes, t.relevant());
  if (t.relevant()) bar.note += " · " + percent_text(t);
  bar.aside = band ? page.rules.rating_name(*band) : no_band(t);
  bar.title = fmt::format("{}: {}, {}", which, figures(t), bar.aside);
  return bar;
}

void chart(const Page& page, const engine::WhatIfChanges& c) {
  if (c.key_questions.empty()) return;
  svg::BarChart chart{"Key questions the what-if changed: as recorded and what if", band_zones(page.rules),
                      band_ticks(page.rules), {}};
  for (const auto& kq : c.key_questions) {
    const auto& q = page.rules.questions[kq.question];
    chart.rows.push_back({fmt::format("{} {}", q.short_id, q.topic), false, "",
                          {side(page, kq.before, kq.band_before, true), side(page, kq.after, kq.band_after, false)}});
  }
  page.out.open("figure").raw(svg::bar_chart(chart)).close();
}

void change_row(const Page& page, const std::string& label, const std::string& before, const std::string& after) {
  page.out.open("tr").element("td", label).element("td", {{"class", "before"}}, before);
  page.out.element("td", {{"class", "after"}}, after).close();
}

void table(const Page& page) {
  const auto& w = *page.rated.what_if;
  const auto& after = page.rated.result;
  const auto& rules = page.rules;
  page.out.open("table", {{"class", "what-if"}});
  header_row(page.out, {{"", false}, {"As recorded", false}, {"What if", false}});
  page.out.open("tbody");
  if (w.changes.cases_before != w.changes.cases_after)
    change_row(page, "Cases rated", std::to_string(w.changes.cases_before), std::to_string(w.changes.cases_after));
  for (const auto& kq : w.changes.key_questions) {
    const auto& q = rules.questions[kq.question];
    const auto band = [&](const auto& b) { return b ? " " + rules.rating_name(*b) : std::string(); };
    change_row(page, fmt::format("{} {}", q.short_id, q.topic), figures(kq.before) + band(kq.band_before),
               figures(kq.after) + band(kq.band_after));
  }
  for (const auto& s : w.changes.standards) {
    const auto& b = w.baseline.standards[s.standard];
    const auto& a = after.standards[s.standard];
    change_row(page, rules.standards[s.standard].id + " " + rules.standards[s.standard].name,
               rating_or_range(rules, b.rating, b.lowest, b.highest), rating_or_range(rules, a.rating, a.lowest, a.highest));
  }
  change_row(page, "Score", score_text(w.baseline), score_text(after));
  change_row(page, "Overall rating", rating_or_range(rules, w.baseline.overall, w.baseline.overall_lowest,
                                                     w.baseline.overall_highest),
             rating_or_range(rules, after.overall, after.overall_lowest, after.overall_highest));
  page.out.close().close();
}

}  // namespace

void what_if(const Page& page) {
  if (!page.rated.what_if) return;
  const auto& w = *page.rated.what_if;
  auto& out = page.out;
  out.open("section", {{"class", "part"}, {"id", "what-if"}});
  out.element("h2", "What if: as recorded and after");
  out.open("ul");
  for (const auto& d : w.scenario.described) out.element("li", d);
  if (w.selection.excluded_by_id + w.selection.excluded_by_filter > 0)
    out.element("li", fmt::format("{} of {} cases rated: {} left out by --exclude, {} by --where",
                                  page.rated.result.cases, w.baseline.cases, w.selection.excluded_by_id,
                                  w.selection.excluded_by_filter));
  out.close();
  if (!w.changes.any()) out.element("p", "Nothing changed: every count and rating is as recorded.");
  chart(page, w.changes);
  table(page);
  out.close();
}

}  // namespace pdurate::report::html
