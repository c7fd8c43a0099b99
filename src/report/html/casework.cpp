// Each casework standard's key questions, as the report's "Key question / Percentage 'Yes'"
// table and as bars against the bands: the lowest key question (which sets the rating) marked,
// Yes/relevant and the margin to the next bands beside each bar, the sampling error as a whisker.
#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/explanation.hpp"
#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

constexpr std::string_view kLowest = "lowest: sets the rating";

const engine::KeyQuestionSampling* sampling_of(const Page& page, std::size_t question) {
  if (!page.rated.analysis) return nullptr;
  const auto& k = page.rated.analysis->sampling.key_questions;
  return question < k.size() && k[question] ? &*k[question] : nullptr;
}

std::string interval_text(const engine::Interval& i) {
  return fmt::format("{:.1f}% to {:.1f}%", 100 * i.low, 100 * i.high);
}

std::string label(const Page& page, const engine::KeyQuestionResult& kq) {
  const auto& q = page.rules.questions[kq.question];
  return fmt::format("{} {}", q.short_id, q.topic);
}

// The bar's numbers in words, for its <title>.
std::string bar_title(const Page& page, const engine::KeyQuestionResult& kq) {
  const auto& t = kq.tally;
  std::string title = fmt::format("{}: {} of {} relevant cases Yes", label(page, kq), t.yes, t.relevant());
  if (t.relevant()) title += fmt::format(", {}", percent_text(t));
  if (!kq.band) return title + "; " + no_band(t);
  title += fmt::format("; band {}", page.rules.rating_name(*kq.band));
  if (const auto* k = sampling_of(page, kq.question))
    title += fmt::format("; {} interval {}", level_text(page.rated.analysis->sampling.level), interval_text(k->interval));
  if (const auto m = margin_text(page.rules, *kq.band, kq.margin); !m.empty()) title += "; " + m;
  if (kq.drives) title += std::string("; ") + std::string(kLowest);
  return title;
}

svg::Row chart_row(const Page& page, const engine::KeyQuestionResult& kq) {
  svg::Row row{label(page, kq), kq.drives, std::string(kLowest), {}};
  svg::Bar bar;
  bar.tone = kq.band ? tone(page.rules, *kq.band) : std::string(kPlainTone);
  if (!kq.present) {
    bar.title = label(page, kq) + ": no column in the input";
    bar.note = "no column in the input";
  } else {
    bar.percent = percent_value(kq.tally);
    bar.title = bar_title(page, kq);
    bar.note = fmt::format("{}/{}", kq.tally.yes, kq.tally.relevant());
    if (kq.tally.relevant()) bar.note += " · " + percent_text(kq.tally);
    bar.aside = kq.band ? margin_text(page.rules, *kq.band, kq.margin) : no_band(kq.tally);
    if (const auto* k = sampling_of(page, kq.question)) {
      bar.low = 100 * k->interval.low;
      bar.high = 100 * k->interval.high;
    }
  }
  row.bars.push_back(std::move(bar));
  return row;
}

void chart(const Page& page, const engine::StandardResult& s) {
  const auto& def = page.rules.standards[s.standard];
  svg::BarChart c{fmt::format("{} {}: % Yes of each key question against the bands", def.id, def.name),
                  band_zones(page.rules), band_ticks(page.rules), {}};
  for (const auto& kq : s.key_questions) c.rows.push_back(chart_row(page, kq));
  page.out.open("figure").raw(svg::bar_chart(c)).close();
}

void table_row(const Page& page, const engine::KeyQuestionResult& kq) {
  auto& out = page.out;
  const auto& q = page.rules.questions[kq.question];
  out.open("tr", kq.drives ? std::vector<Attribute>{{"data-question", q.id}, {"class", "lowest"}}
                           : std::vector<Attribute>{{"data-question", q.id}});
  out.element("td", label(page, kq) + (kq.drives ? " (lowest)" : ""));
  if (!kq.present) {
    out.element("td", {{"colspan", "5"}}, "no column in the input").close();
    return;
  }
  out.element("td", {{"class", "num yes-relevant"}}, fmt::format("{}/{}", kq.tally.yes, kq.tally.relevant()));
  out.element("td", {{"class", "num percent"}}, percent_text(kq.tally));
  const auto* k = sampling_of(page, kq.question);
  out.element("td", {{"class", "num"}}, k ? interval_text(k->interval) : "");
  out.element("td", {{"class", "band"}}, kq.band ? page.rules.rating_name(*kq.band) : no_band(kq.tally));
  out.element("td", kq.band ? margin_text(page.rules, *kq.band, kq.margin) : "");
  out.close();
}

void table(const Page& page, const engine::StandardResult& s) {
  auto& out = page.out;
  const auto level = page.rated.analysis ? level_text(page.rated.analysis->sampling.level) + " interval" : "Interval";
  out.open("table", {{"class", "key-questions"}});
  header_row(out, {{"Key question", false}, {"Yes/relevant", true}, {"Percentage 'Yes'", true}, {level, true},
                   {"Band", false}, {"To the next bands", false}});
  out.open("tbody");
  for (const auto& kq : s.key_questions) table_row(page, kq);
  out.close().close();
}

void standard(const Page& page, const engine::StandardResult& s) {
  const auto& def = page.rules.standards[s.standard];
  auto& out = page.out;
  out.open("div", {{"class", "standard"}, {"data-standard", def.id}});
  out.open("h3").element("span", fmt::format("{} {}", def.id, def.name));
  rating_chip(page.out, page.rules, s.rating, s.lowest, s.highest);
  out.close();
  if (s.basis == engine::Basis::Inspectors || s.basis == engine::Basis::NotRatedByDesign) {
    out.element("p", s.basis == engine::Basis::Inspectors ? std::string(given_not_computed(page.rated, s.standard)) : def.not_rated_when).close();
    return;
  }
  out.element("p", explain_standard(page.rules, page.rated.result, s));
  chart(page, s);
  table(page, s);
  if (s.other_rating)
    out.element("p", {{"class", "quiet"}},
                fmt::format("{} if percentages were {}.", page.rules.rating_name(*s.other_rating),
                            page.rated.result.comparison == rules::Comparison::Exact ? "rounded to whole numbers"
                                                                                      : "compared exactly"));
  out.close();
}

void introduction(const Page& page) {
  std::string text =
      "Each bar is the percentage of relevant cases answered Yes (N/A answers are left out); the shading behind it "
      "is the band it falls in. The lowest key question sets the standard's rating and is marked. Beside each bar: "
      "Yes/relevant, then how many more Yes answers (+) reach the band above and how many fewer (\u2212) drop it "
      "to the band below.";
  if (page.rated.analysis)
    text += fmt::format(" The whisker is the {} Wilson interval: where the percentage might lie in another sample "
                        "of the same size.", level_text(page.rated.analysis->sampling.level));
  if (page.rules.comparison == rules::Comparison::Rounded)
    text += " Percentages are rounded to whole numbers before they are compared with the band edges.";
  page.out.element("p", text);
  band_legend(page);
}

}  // namespace

void casework(const Page& page) {
  const auto& standards = page.rated.result.standards;
  const bool any = std::any_of(standards.begin(), standards.end(), [&](const engine::StandardResult& s) {
    return page.rules.standards[s.standard].casework();
  });
  // Without cases every casework rating is as given: the ratings page has said it all.
  if (!any || page.rated.inspection.ratings_only) return;
  page.out.open("section", {{"class", "part"}, {"id", "casework"}});
  page.out.element("h2", "Casework: the key questions");
  introduction(page);
  for (const auto& s : standards)
    if (page.rules.standards[s.standard].casework()) standard(page, s);
  page.out.close();
}

}  // namespace pdurate::report::html
