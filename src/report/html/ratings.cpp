// The ratings page, as the report's "Ratings" page lays it out: the overall rating and the score
// first, the score on the scale of the score bands, then every standard by domain with its
// rating and points.
#include <fmt/format.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

void headline(const Page& page) {
  const auto& r = page.rated.result;
  auto& out = page.out;
  out.open("div", {{"class", r.overall ? "headline " + tone(page.rules, *r.overall) : std::string("headline")}});
  out.open("div").element("div", {{"class", "what"}}, "Overall rating");
  out.element("div", {{"class", "big overall"}}, rating_or_range(page.rules, r.overall, r.overall_lowest, r.overall_highest));
  out.close();
  out.open("div").element("div", {{"class", "what"}}, "Score");
  out.element("div", {{"class", "big score"}}, score_text(r)).close();
  if (r.overall_band) {
    const auto& band = page.rules.score_bands[*r.overall_band];
    out.element("div", {{"class", "quiet"}}, fmt::format("Scores {} to {} are {}.", band.min, band.max,
                                                         page.rules.rating_name(band.rating)));
  } else {
    out.element("div", {{"class", "quiet"}}, "Not every scored standard is rated: the score and the overall rating "
                                             "are the ranges still possible.");
  }
  out.close();
}

void scale(const Page& page) {
  const auto& r = page.rated.result;
  const auto& rules = page.rules;
  svg::ScoreScale s;
  s.max_score = r.max_score;
  s.low = r.score.value_or(r.score_min);
  s.high = r.score.value_or(r.score_max);
  s.caption = fmt::format("Score {}", score_text(r));
  std::string bands;
  for (const auto& b : rules.score_bands) {
    const std::string name = rules.rating_name(b.rating);
    s.zones.push_back({b.min, b.max, tone(rules, b.rating), fmt::format("{} {}\u2013{}", name, b.min, b.max)});
    bands += fmt::format("{}{} {} to {}", bands.empty() ? "" : ", ", name, b.min, b.max);
  }
  s.title = fmt::format("Score {} on the score bands: {}", score_text(r), bands);
  page.out.open("figure").raw(svg::score_scale(s));
  page.out.element("figcaption", fmt::format("The score on the score bands ({}).", bands)).close();
}

std::string points(const Page& page, const engine::StandardResult& s) {
  const auto& def = page.rules.standards[s.standard];
  if (!def.scored || s.basis == engine::Basis::NotRatedByDesign) return "not scored";
  const int low = engine::standard_points(page.rules, s.standard, s.lowest);
  const int high = engine::standard_points(page.rules, s.standard, s.highest);
  return s.rating || low == high ? std::to_string(low) : fmt::format("{} to {}", low, high);
}

void standard_row(const Page& page, const engine::StandardResult& s) {
  const auto& def = page.rules.standards[s.standard];
  auto& out = page.out;
  out.open("tr", {{"data-standard", def.id}});
  out.element("td", fmt::format("{} {}", def.id, def.name));
  out.open("td", {{"class", "rating-cell"}});
  if (s.basis == engine::Basis::NotRatedByDesign) out.element("span", {{"class", "rating none"}}, "not rated by design");
  else rating_chip(page.out, page.rules, s.rating, s.lowest, s.highest);
  out.close();
  out.element("td", {{"class", "num"}}, points(page, s));
  out.close();
}

void table(const Page& page) {
  const auto& r = page.rated.result;
  auto& out = page.out;
  out.open("table", {{"class", "ratings"}});
  out.element("caption", "Each standard's rating and the points it adds to the score.");
  header_row(out, {{"Standard", false}, {"Rating", false}, {"Points", true}});
  out.open("tbody");
  for (const auto& domain : page.rules.domains) {
    out.open("tr", {{"class", "domain"}}).element("th", {{"colspan", "3"}, {"scope", "colgroup"}},
                                                    fmt::format("{}. {}", domain.id, domain.name)).close();
    for (const auto& s : r.standards)
      if (page.rules.standards[s.standard].domain == domain.id) standard_row(page, s);
  }
  out.open("tr", {{"class", "total"}}).element("th", {{"scope", "row"}}, "Overall rating").open("td");
  rating_chip(page.out, page.rules, r.overall, r.overall_lowest, r.overall_highest);
  out.close().element("td", {{"class", "num score"}}, score_text(r)).close();
  out.close().close();
}

}  // namespace

void ratings(const Page& page) {
  page.out.open("section", {{"class", "part"}, {"id", "ratings"}});
  page.out.element("h2", "Ratings");
  headline(page);
  scale(page);
  table(page);
  for (const auto& s : page.rated.result.standards)
    if (s.basis == engine::Basis::NotRatedByDesign)
      page.out.element("p", {{"class", "quiet"}},
                       fmt::format("{} is not rated by design: {}; it is not scored, so the score does not depend on it.",
                                   page.rules.standards[s.standard].id, page.rules.standards[s.standard].not_rated_when));
  page.out.close();
}

}  // namespace pdurate::report::html
