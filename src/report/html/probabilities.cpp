// Rating probabilities (--probabilities): how likely each rating would be in another sample of
// the same size (a bootstrap of the cases), as bars of shares stacked to 100% and as a table.
#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

struct Line {
  std::string label;
  const engine::RatingDistribution* distribution;
};

std::vector<Line> lines(const Page& page) {
  const auto& p = page.rated.analysis->probabilities;
  std::vector<Line> out;
  for (std::size_t s = 0; s < p.standards.size(); ++s)
    if (p.standards[s]) out.push_back({page.rules.standards[s].id + " " + page.rules.standards[s].name, &*p.standards[s]});
  if (p.overall) out.push_back({"Overall rating", &*p.overall});
  return out;
}

svg::StackRow stack_row(const Page& page, const Line& line) {
  const auto& d = *line.distribution;
  svg::StackRow row{line.label, {}, ""};
  for (std::size_t l = 0; l < d.counts.size(); ++l) {
    if (d.counts[l] == 0) continue;
    const std::string p = probability_text(d.counts[l], d.resamples);
    const std::string name = page.rules.rating_name(l);
    row.segments.push_back({d.probability(l), tone(page.rules, l), p, fmt::format("{}: {} {}", line.label, name, p)});
    row.note += fmt::format("{}{} {}", row.note.empty() ? "" : " · ", name, p);
  }
  if (d.not_rated > 0) {
    const std::string p = probability_text(d.not_rated, d.resamples);
    row.segments.push_back({static_cast<double>(d.not_rated) / static_cast<double>(d.resamples), std::string(kPlainTone),
                            p, fmt::format("{}: not rated {}", line.label, p)});
    row.note += fmt::format("{}not rated {}", row.note.empty() ? "" : " · ", p);
  }
  return row;
}

void table(const Page& page, const std::vector<Line>& rows) {
  auto& out = page.out;
  std::vector<std::pair<std::string, bool>> columns{{"Standard", false}};
  for (const auto& level : page.rules.scale) columns.emplace_back(level.name, true);
  // "Not rated" only where a resample could leave a standard without a rating.
  const bool not_rated = std::any_of(rows.begin(), rows.end(), [](const Line& r) { return r.distribution->not_rated > 0; });
  if (not_rated) columns.emplace_back("Not rated", true);
  out.open("table", {{"class", "probabilities"}});
  header_row(out, columns);
  out.open("tbody");
  for (const auto& r : rows) {
    out.open("tr").element("td", r.label);
    for (std::size_t l = 0; l < r.distribution->counts.size(); ++l)
      out.element("td", {{"class", "num"}}, probability_text(r.distribution->counts[l], r.distribution->resamples));
    if (not_rated)
      out.element("td", {{"class", "num"}}, probability_text(r.distribution->not_rated, r.distribution->resamples));
    out.close();
  }
  out.close().close();
}

}  // namespace

void probabilities(const Page& page) {
  if (!page.rated.analysis || page.rated.analysis->probabilities.resamples == 0) return;
  const auto& p = page.rated.analysis->probabilities;
  const auto rows = lines(page);
  page.out.open("section", {{"class", "part"}, {"id", "probabilities"}});
  page.out.element("h2", "How sure are the ratings?");
  page.out.element("p", fmt::format("How likely each rating would be if the inspection were repeated with another "
                                    "sample of {} cases: the ratings of {} resamples of the cases (a bootstrap{}, seed "
                                    "{}), the organisational ratings held fixed.", p.cases, p.resamples,
                                    p.normal ? ", normal approximation" : "", p.seed));
  svg::StackChart chart{"Rating probabilities in another sample of the same size", {}};
  for (const auto& r : rows) chart.rows.push_back(stack_row(page, r));
  page.out.open("figure").raw(svg::stacked_chart(chart)).close();
  table(page, rows);
  page.out.close();
}

}  // namespace pdurate::report::html
