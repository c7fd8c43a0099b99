#include "report/agreement_wording.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"

namespace pdurate::report::agreement {

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string input_line(const app::Outcome& o) {
  const auto& inspection = o.rated->inspection;
  return fmt::format("{}{}, {}", o.file, o.name.empty() ? "" : ": " + o.name, plural(inspection.cases.size(), "case"));
}

std::string agree_percent(const engine::QuestionAgreement& q) {
  return q.agreement ? fmt::format("{}%", percent(q.yes_no_agreements(), q.both_applicable(), 1)) : "-";
}

std::string interval_text(const engine::Coefficient& c) {
  return fmt::format("{:.2f} to {:.2f}", c.interval.low, c.interval.high);
}

std::string standard_cell(const rules::Rules& rules, const engine::Result& r, std::size_t s) {
  const auto& x = r.standards[s];
  if (x.basis == engine::Basis::NotRatedByDesign) return "not rated by design";
  return rating_or_range(rules, x.rating, x.lowest, x.highest);
}

std::string overall_cell(const rules::Rules& rules, const engine::Result& r) {
  return rating_or_range(rules, r.overall, r.overall_lowest, r.overall_highest);
}

std::string level_text(const rules::Rules& rules, const std::optional<rules::Level>& level) {
  return level ? rules.rating_name(*level) : "not rated";
}

bool any_kappa_misleading(const app::Agreement& a) {
  for (const auto& q : a.questions)
    if (q.kappa_misleading()) return true;
  return false;
}

bool any_point_interval(const app::Agreement& a) {
  for (const auto& q : a.questions)
    for (const auto* c : {&q.kappa, &q.ac1})
      if (*c && (*c)->standard_error == 0) return true;
  return false;
}

std::string kappa_note() {
  return fmt::format("  * kappa is misleading there: undefined (one answer throughout), or {}% or more of the "
                     "Yes/No answers\n    are one answer, so a disagreement pulls kappa far below the "
                     "agreement (the kappa paradox); read AC1.\n",
                     static_cast<int>(engine::kSkewedShare * 100));
}

std::string point_note() {
  return "  An interval of a single point (a large-sample standard error of 0: every answer agrees, or a judging\n"
         "  gave one answer throughout) overstates the certainty, the more so the fewer the cases.\n";
}

std::string moderated_note(const app::Agreement& a) {
  return fmt::format("  Moderated: FIRST with SECOND's judgements for the {} judged by both; FIRST's "
                     "organisational ratings.\n",
                     plural(a.match.both.size(), "case"));
}

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '\n' && c != ' ') out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace pdurate::report::agreement
