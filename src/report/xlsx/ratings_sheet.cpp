// Ratings: the report's ratings page as data. A title, a line on how it was rated (the tool, the
// cases, the rule set), then one row per standard and the score and overall rating below.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/wording.hpp"
#include "pdurate/util/version.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

enum Col : std::size_t { kStandard, kName, kDomain, kRating, kPoints, kScored, kGuidance, kHow, kSource, kWhere };
const std::vector<std::string> kHeadings{"Standard", "Name",    "Domain",           "Rating", "Points", "Scored",
                                         "Guidance", "How rated", "Rule's source", "Where in the source"};

std::string domain_name(const rules::Rules& rules, int id) {
  for (const auto& d : rules.domains)
    if (d.id == id) return d.name;
  return fmt::format("{}", id);
}

// "consistent", "departure (reason recorded)", ...: the standard's decision-guidance checks.
std::string guidance_status(const engine::StandardResult& s) {
  std::vector<std::string> out;
  for (const auto& g : s.guidance) {
    if (g.hypothetical) continue;
    if (g.status == engine::GuidanceStatus::Consistent) out.emplace_back("consistent");
    else if (g.status == engine::GuidanceStatus::Undetermined) out.emplace_back("cannot be checked yet");
    else out.emplace_back(s.departure.empty() ? "departure, no reason recorded" : "departure, reason recorded");
  }
  return fmt::format("{}", fmt::join(out, "; "));
}

std::string rating_text(const rules::Rules& rules, const engine::StandardResult& s) {
  if (s.basis == engine::Basis::NotRatedByDesign) return "not rated by design";
  return rating_or_range(rules, s.rating, s.lowest, s.highest);
}

void standard_row(Sheet& sheet, std::size_t row, const rules::Rules& rules, const engine::Result& result,
                  const engine::StandardResult& s) {
  const auto& def = rules.standards[s.standard];
  sheet.text(row, kStandard, def.id, Style::Bold);
  sheet.text(row, kName, def.name);
  sheet.text(row, kDomain, domain_name(rules, def.domain));
  sheet.text(row, kRating, rating_text(rules, s));
  if (s.rating) sheet.count(row, kPoints, static_cast<std::size_t>(engine::standard_points(rules, s.standard, *s.rating)));
  sheet.text(row, kScored, def.scored ? "yes" : "no");
  sheet.text(row, kGuidance, guidance_status(s));
  sheet.text(row, kHow, explain_standard(rules, result, s), Style::Wrap);
  sheet.text(row, kSource, source_text(rules, def.provenance), Style::Wrap);
  sheet.text(row, kWhere, def.provenance.verified ? def.provenance.where : def.provenance.note, Style::Wrap);
}

void totals(Sheet& sheet, std::size_t row, const rules::Rules& rules, const engine::Result& r) {
  sheet.text(row, kStandard, "Score", Style::Bold);
  sheet.text(row, kName, fmt::format("out of {}", r.max_score));
  sheet.text(row, kRating, score_text(r), Style::Bold);
  if (r.score) sheet.count(row, kPoints, static_cast<std::size_t>(*r.score));
  sheet.text(row + 1, kStandard, "Overall rating", Style::Bold);
  sheet.text(row + 1, kRating, rating_or_range(rules, r.overall, r.overall_lowest, r.overall_highest), Style::Bold);
  std::string how = explain_overall(rules, r);
  if (const auto margin = explain_overall_margin(rules, r); !margin.empty()) how += " " + margin;
  sheet.text(row + 1, kHow, how, Style::Wrap);
  if (r.overall_band) {
    const auto& p = rules.score_bands[*r.overall_band].provenance;
    sheet.text(row + 1, kSource, source_text(rules, p), Style::Wrap);
    sheet.text(row + 1, kWhere, p.verified ? p.where : p.note, Style::Wrap);
  }
}

// "Rated by pdu-rate 0.1.0 from 79 cases under ...": what the figures rest on.
std::string rated_from(const rules::Rules& rules, const app::Rated& rated) {
  const auto cases = rated.inspection.ratings_only ? std::string("the ratings given in the inspection file (no cases)")
                                                   : fmt::format("{} cases", rated.result.cases);
  const auto years = rules.years.empty() ? std::string() : ", " + rules.years;
  return fmt::format("Rated by pdu-rate {} from {} under {} ({}{}; {}); key questions banded on {} percentages. "
                     "Where each rule comes from: the Method sheet.",
                     util::version(), cases, rules.name, rules.id, years, rules.file,
                     rules.comparison == rules::Comparison::Exact ? "exact" : "rounded");
}

}  // namespace

void ratings_sheet(Workbook& book, const rules::Rules& rules, const app::Outcome& outcome) {
  const auto& rated = *outcome.rated;
  Sheet& sheet = book.add_sheet("Ratings");
  sheet.text(0, 0, inspection_title(rated), Style::Title);
  sheet.text(1, 0, rated_from(rules, rated), Style::Subtitle);
  if (rated.what_if)
    sheet.text(2, 0, fmt::format("What if: {}", fmt::join(rated.what_if->scenario.described, "; ")), Style::Subtitle);
  const std::size_t header = 4;
  sheet.header(header, kHeadings);
  std::size_t row = header + 1;
  for (const auto& s : rated.result.standards) standard_row(sheet, row++, rules, rated.result, s);
  totals(sheet, row + 1, rules, rated.result);
  sheet.freeze(header + 1);
}

}  // namespace pdurate::report::xlsx
