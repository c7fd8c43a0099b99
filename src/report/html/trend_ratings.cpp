// pdu-rate compare's HTML ratings: a row per standard, then the score and the overall rating,
// a column per inspection, each rating a chip coloured as on the rate page.
#include <fmt/format.h>

#include "report/html/page.hpp"
#include "report/html/trend_parts.hpp"
#include "report/trend_wording.hpp"

namespace pdurate::report::html {
namespace {

using trend_wording::letter;

// A rating as a chip in the colour of its level under the inspection's rules; a rating not known
// (or not in its rules) in words, uncoloured.
void chip(const TrendPage& page, std::size_t i, const std::optional<engine::RatingState>& s) {
  const auto level = s && s->rating ? page.each[i]->find_rating(*s->rating) : std::nullopt;
  page.out.open("td", {{"class", "rating-cell"}});
  if (level) rating_chip(page.out, *page.each[i], *level);
  else page.out.element("span", {{"class", "rating none"}}, trend_wording::rating_cell(s));
  page.out.close();
}

void head(const TrendPage& page) {
  std::vector<std::pair<std::string, bool>> columns{{"Standard", false}};
  for (std::size_t i = 0; i < page.report.inspections.size(); ++i) columns.emplace_back(letter(i), false);
  header_row(page.out, columns);
}

}  // namespace

void trend_ratings(const TrendPage& page) {
  auto& out = page.out;
  const auto& p = page.trend;
  out.open("section", {{"class", "part"}, {"id", "ratings"}}).element("h2", "Ratings");
  out.open("table", {{"class", "ratings trend"}});
  head(page);
  out.open("tbody");
  for (const auto& s : p.standards) {
    out.open("tr", {{"data-standard", s.id}}).element("th", {{"scope", "row"}}, fmt::format("{} {}", s.id, s.name));
    for (std::size_t i = 0; i < s.ratings.size(); ++i) chip(page, i, s.ratings[i]);
    out.close();
  }
  out.open("tr", {{"class", "score"}}).element("th", {{"scope", "row"}}, "Score");
  for (const auto& s : p.scores) out.element("td", trend_wording::score_cell(s));
  out.close();
  out.open("tr", {{"class", "overall"}}).element("th", {{"scope", "row"}}, "Overall");
  for (std::size_t i = 0; i < p.overall.size(); ++i) chip(page, i, p.overall[i]);
  out.close();
  out.close().close().close();
}

}  // namespace pdurate::report::html
