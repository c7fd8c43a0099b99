// Breakdowns (--by): the cases split by an attribute, each group's ratings on its own, and for
// each casework standard its key questions as grouped bars, one bar per group in the table's
// order, each with the group's name and figures beside it.
#include <fmt/format.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

std::string group_name(const engine::BreakdownGroup& g) { return g.value.empty() ? "(none)" : g.value; }

void rating_cell(const Page& page, const engine::BreakdownGroup& g, std::size_t standard) {
  auto& out = page.out;
  out.open("td");
  if (g.too_small) out.element("span", {{"class", "quiet"}}, "too few cases to rate");
  else if (g.ratings[standard]) rating_chip(page.out, page.rules, *g.ratings[standard]);
  else out.element("span", {{"class", "quiet"}}, "not rated");
  out.close();
}

void table(const Page& page, const engine::Breakdown& b) {
  auto& out = page.out;
  std::vector<std::pair<std::string, bool>> columns{{b.name, false}, {"Cases", true}};
  for (const auto& def : page.rules.standards)
    if (def.casework()) columns.emplace_back(def.id + " " + def.name, false);
  out.open("table", {{"class", "breakdown"}, {"data-attribute", b.name}});
  out.element("caption", fmt::format("The casework ratings each group would have on its own cases (groups of fewer "
                                     "than {} cases are not rated).", b.min_group_size));
  header_row(out, columns);
  out.open("tbody");
  std::vector<const engine::BreakdownGroup*> rows;
  for (const auto& g : b.groups) rows.push_back(&g);
  rows.push_back(&b.total);
  for (const auto* g : rows) {
    const bool total = g == &b.total;
    out.open("tr", total ? std::vector<Attribute>{{"class", "total"}} : std::vector<Attribute>{{"data-group", g->value}});
    out.element("td", total ? std::string("All cases") : group_name(*g));
    out.element("td", {{"class", "num"}}, std::to_string(g->cases));
    for (std::size_t s = 0; s < page.rules.standards.size(); ++s)
      if (page.rules.standards[s].casework()) rating_cell(page, *g, s);
    out.close();
  }
  out.close().close();
}

svg::Bar group_bar(const Page& page, const engine::BreakdownGroup& g, std::size_t question) {
  const auto& t = g.tallies.questions[question];
  svg::Bar bar;
  bar.percent = percent_value(t);
  bar.tone = t.relevant() ? tone(page.rules, engine::band(page.rules, t)) : std::string(kPlainTone);
  if (g.too_small) bar.tone += " before";
  bar.note = fmt::format("{}: {}/{}", group_name(g), t.yes, t.relevant());
  if (t.relevant()) bar.note += " · " + percent_text(t);
  if (g.too_small) bar.aside = "too few cases";
  bar.title = fmt::format("{} {}: {}", group_name(g), page.rules.questions[question].short_id, out_of(t));
  if (t.relevant())
    bar.title += fmt::format(", {} (band {})", percent_text(t), page.rules.rating_name(engine::band(page.rules, t)));
  return bar;
}

void chart(const Page& page, const engine::Breakdown& b, std::size_t standard) {
  const auto& def = page.rules.standards[standard];
  svg::BarChart c{fmt::format("{} {} by {}: % Yes of each key question in each group", def.id, def.name, b.name),
                  band_zones(page.rules), band_ticks(page.rules), {}};
  for (auto q : def.key_questions) {
    if (q >= b.total.tallies.present.size() || !b.total.tallies.present[q]) continue;
    svg::Row row{fmt::format("{} {}", page.rules.questions[q].short_id, page.rules.questions[q].topic), false, "", {}};
    for (const auto& g : b.groups) row.bars.push_back(group_bar(page, g, q));
    c.rows.push_back(std::move(row));
  }
  if (c.rows.empty()) return;
  page.out.open("figure").raw(svg::bar_chart(c));
  page.out.element("figcaption", fmt::format("{} {}, by {}", def.id, def.name, b.name)).close();
}

// The charts' numbers as a table: every key question's Yes/relevant and % Yes in each group.
void figures_table(const Page& page, const engine::Breakdown& b) {
  auto& out = page.out;
  std::vector<std::pair<std::string, bool>> columns{{"Key question", false}};
  for (const auto& g : b.groups) columns.emplace_back(group_name(g), true);
  columns.emplace_back("All cases", true);
  out.open("table", {{"class", "breakdown-figures"}});
  out.element("caption", fmt::format("Yes/relevant and % Yes of each key question, by {}.", b.name));
  header_row(out, columns);
  out.open("tbody");
  for (std::size_t q = 0; q < page.rules.questions.size(); ++q) {
    if (q >= b.total.tallies.present.size() || !b.total.tallies.present[q]) continue;
    out.open("tr").element("td", page.rules.questions[q].short_id + " " + page.rules.questions[q].topic);
    const auto cell = [&](const engine::BreakdownGroup& g) {
      const auto& t = g.tallies.questions[q];
      out.element("td", {{"class", "num"}}, fmt::format("{}/{}{}", t.yes, t.relevant(),
                                                        t.relevant() ? " · " + percent_text(t) : ""));
    };
    for (const auto& g : b.groups) cell(g);
    cell(b.total);
    out.close();
  }
  out.close().close();
}

}  // namespace

void breakdowns(const Page& page) {
  if (!page.rated.analysis || page.rated.analysis->breakdowns.empty()) return;
  page.out.open("section", {{"class", "part"}, {"id", "breakdowns"}});
  page.out.element("h2", "Breakdowns");
  for (const auto& b : page.rated.analysis->breakdowns) {
    page.out.open("div", {{"class", "breakdown"}});
    page.out.element("h3", "By " + b.name);
    table(page, b);
    for (std::size_t s = 0; s < page.rules.standards.size(); ++s)
      if (page.rules.standards[s].casework()) chart(page, b, s);
    figures_table(page, b);
    page.out.close();
  }
  page.out.close();
}

}  // namespace pdurate::report::html
