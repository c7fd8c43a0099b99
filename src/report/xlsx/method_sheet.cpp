// Method: every rule of the rule set, one row each, with where it comes from as the rules file
// records it (a source and where in it, or an assumption and its reasoning), so a reader can
// check each number against the published text.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

enum Col : std::size_t { kRule, kAppliesTo, kValue, kSource, kWhere, kVerified, kNote };
const std::vector<std::string> kHeadings{"Rule", "Applies to", "Value", "Source", "Where in the source",
                                         "Verified", "Note"};

class Rows {
 public:
  Rows(Sheet& sheet, const rules::Rules& rules, std::size_t row) : sheet_(sheet), rules_(rules), row_(row) {}

  // One rule: its name, what it applies to, and its provenance; the value is written by `value`.
  template <class Value>
  void add(std::string_view rule, std::string_view applies_to, const rules::Provenance& p, Value value) {
    sheet_.text(row_, kRule, rule);
    sheet_.text(row_, kAppliesTo, applies_to);
    value(sheet_, row_, kValue);
    sheet_.text(row_, kSource, source_text(rules_, p), Style::Wrap);
    sheet_.text(row_, kWhere, p.where, Style::Wrap);
    sheet_.text(row_, kVerified, p.verified ? "yes" : "no");
    sheet_.text(row_, kNote, p.note, Style::Wrap);
    ++row_;
  }
  void add_text(std::string_view rule, std::string_view applies_to, const rules::Provenance& p, std::string value) {
    add(rule, applies_to, p, [&](Sheet& s, std::size_t r, std::size_t c) { s.text(r, c, value, Style::Wrap); });
  }
  void add_number(std::string_view rule, std::string_view applies_to, const rules::Provenance& p, double value,
                  Style style = Style::Integer) {
    add(rule, applies_to, p, [&](Sheet& s, std::size_t r, std::size_t c) { s.number(r, c, value, style); });
  }

 private:
  Sheet& sheet_;
  const rules::Rules& rules_;
  std::size_t row_;
};

void casework_rules(Rows& rows, const rules::Rules& rules) {
  for (const auto& level : rules.scale) rows.add_number("Points", level.name, level.provenance, level.points);
  rows.add_text("Casework rating", "every casework standard", rules.casework_rule_provenance,
                "the band of its lowest key question (% Yes of relevant cases)");
  rows.add_text("Comparison with the bands", "every key question", rules.comparison_provenance,
                rules.comparison == rules::Comparison::Exact ? "exact percentages"
                                                             : "percentages rounded half-up to whole numbers");
  for (const auto& band : rules.bands)
    rows.add_number("Key question band from", rules.rating_name(band.rating), band.provenance, band.min_percent / 100.0,
                    Style::Percent);
  for (const auto& band : rules.score_bands)
    rows.add_text("Overall rating for scores", rules.rating_name(band.rating), band.provenance,
                  fmt::format("{} to {}", band.min, band.max));
}

void standard_rules(Rows& rows, const rules::Rules& rules) {
  for (const auto& s : rules.standards) {
    const auto what = s.casework() ? "rated from its key questions" : "rated by the inspectors";
    rows.add_text("Standard", fmt::format("{} {}", s.id, s.name), s.provenance,
                  fmt::format("{}{}", what, s.scored ? "" : "; not scored"));
    if (s.may_be_not_rated())
      rows.add_text("Not rated by design", s.id, s.not_rated_provenance, s.not_rated_when);
  }
  for (const auto& g : rules.guidance) {
    std::vector<std::string> usually;
    for (auto level : g.usually) usually.push_back(rules.rating_name(level));
    const auto value = g.text.empty() ? fmt::format("when {} is {}, {} is usually {}", rules.standards[g.standard].id,
                                                    rules.rating_name(g.when), rules.standards[g.other].id,
                                                    fmt::join(usually, " or "))
                                      : g.text;
    rows.add_text("Decision guidance", g.id, g.provenance, value);
  }
}

void sampling_rules(Rows& rows, const rules::Rules& rules) {
  const auto& s = rules.sampling;
  rows.add_number("Confidence level of intervals (%)", "key questions and findings", s.confidence_provenance,
                  s.confidence);
  rows.add_number("Minimum group size", "breakdowns (--by) and relative rates", s.min_group_size_provenance,
                  static_cast<double>(s.min_group_size));
  rows.add_number("Confidence level of relative rates (%)", "relative rate indices", s.relative_rate_provenance,
                  s.relative_rate_confidence);
  rows.add_number("Resamples", "rating probabilities", s.resampling_provenance, static_cast<double>(s.resamples));
}

}  // namespace

void method_sheet(Workbook& book, const rules::Rules& rules) {
  Sheet& sheet = book.add_sheet("Method");
  sheet.text(0, 0, rules.name, Style::Title);
  sheet.text(1, 0,
             fmt::format("Framework {}{}; rules file {}. Each rule as the rules file states it, and where it comes from.",
                         rules.id, rules.years.empty() ? "" : " (" + rules.years + ")", rules.file),
             Style::Subtitle);
  const std::size_t header = 3;
  sheet.header(header, kHeadings);
  Rows rows(sheet, rules, header + 1);
  casework_rules(rows, rules);
  standard_rules(rows, rules);
  sampling_rules(rows, rules);
  sheet.freeze(header + 1);
}

}  // namespace pdurate::report::xlsx
