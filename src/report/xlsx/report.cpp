#include "pdurate/report/xlsx.hpp"

#include "pdurate/engine/scenario.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options&) {
  const auto& rated = *outcome.rated;
  Workbook book;
  book.properties(inspection_title(rated), "Ratings by pdu-rate under " + rules.name);
  ratings_sheet(book, rules, outcome);
  method_sheet(book, rules);
  // A ratings-only inspection has no cases: no figures, no findings, no cases to list.
  if (rated.inspection.ratings_only) return book.bytes();
  key_questions_sheet(book, rules, rated);
  if (rated.analysis && !rated.analysis->findings.empty()) findings_sheet(book, rules, rated);
  if (rated.analysis)
    for (const auto& b : rated.analysis->breakdowns) breakdown_sheet(book, rules, b);
  // The cases as rated: a what-if's, with its shifts made on cases (which ones, engine::apply_shifts says).
  const auto* w = rated.what_if ? &*rated.what_if : nullptr;
  if (w && !w->scenario.shifts.empty()) cases_sheet(book, rules, engine::apply_shifts(rated.cases(), w->scenario));
  else if (rated.inspection.has_cases) cases_sheet(book, rules, rated.cases());
  return book.bytes();
}

std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options&) {
  Workbook book;
  book.properties("Inspections rated by pdu-rate", "Ratings by pdu-rate under " + rules.name);
  inspections_sheet(book, rules, outcomes);
  return book.bytes();
}

}  // namespace pdurate::report::xlsx
