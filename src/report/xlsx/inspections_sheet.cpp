// Inspections (many inspections): one row each, the CSV format's columns, with numbers as
// numbers and an invalid inspection's figures left empty; a table, so it sorts and filters.
#include <xlsxwriter.h>

#include "pdurate/report/csv.hpp"
#include "pdurate/report/wording.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

void row(Sheet& sheet, std::size_t at, const rules::Rules& rules, const app::Outcome& o) {
  sheet.text(at, 0, o.file);
  sheet.text(at, 1, o.name);
  sheet.text(at, 2, o.fieldwork);
  sheet.text(at, 3, row_status(o.status()));
  if (o.status() == app::Status::Invalid) return;
  const auto& r = o.rated->result;
  std::size_t col = 4;
  sheet.count(at, col++, r.cases);
  for (const auto& s : r.standards) {
    if (s.rating) sheet.text(at, col, rules.rating_name(*s.rating));
    ++col;
  }
  if (r.score) sheet.number(at, col, *r.score);
  sheet.number(at, col + 1, r.score_min);
  sheet.number(at, col + 2, r.score_max);
  sheet.number(at, col + 3, r.max_score);
  if (r.overall) sheet.text(at, col + 4, rules.rating_name(*r.overall));
  sheet.text(at, col + 5, rules.rating_name(r.overall_lowest));
  sheet.text(at, col + 6, rules.rating_name(r.overall_highest));
}

}  // namespace

void inspections_sheet(Workbook& book, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes) {
  Sheet& sheet = book.add_sheet("Inspections");
  const auto names = csv::header(rules);  // the CSV format's columns
  sheet.header(0, names);
  for (std::size_t i = 0; i < outcomes.size(); ++i) row(sheet, i + 1, rules, outcomes[i]);
  sheet.freeze(1, 1);
  sheet.table("Inspections", names, outcomes.size());
}

}  // namespace pdurate::report::xlsx
