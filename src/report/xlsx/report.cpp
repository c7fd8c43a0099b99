#include "pdurate/report/xlsx.hpp"

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
  if (rated.inspection.has_cases) cases_sheet(book, rules, rated.cases());
  return book.bytes();
}

std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options&) {
  Workbook book;
  book.properties("Inspections rated by pdu-rate", "Ratings by pdu-rate under " + rules.name);
  inspections_sheet(book, rules, outcomes);
  return book.bytes();
}

}  // namespace pdurate::report::xlsx
