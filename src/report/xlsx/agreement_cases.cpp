// pdu-rate agree's workbook: the sheets that list cases (report/xlsx/agreement_sheets.hpp).
#include "report/xlsx/agreement_sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

bool decides(const engine::Consequence& c, std::size_t slot, const engine::Disagreement& d) {
  for (const auto& p : c.pivotal)
    if (p.slot == slot && p.disagreement.first_case == d.first_case) return true;
  return false;
}

}  // namespace

void disagreements_sheet(Workbook& book, const rules::Rules& rules, const app::Agreement& a) {
  const std::vector<std::string> headings{"Case", "Question", "FIRST", "SECOND", "About applicability",
                                          "Decides a rating"};
  Sheet& sheet = book.add_sheet("Disagreements");
  sheet.header(0, headings);
  const auto& cases = a.first.rated->inspection.cases;
  std::size_t row = 1;
  for (const auto& q : a.questions)
    for (const auto& d : q.disagreements) {
      sheet.text(row, 0, cases.id(d.first_case));
      sheet.text(row, 1, rules.slot_id(q.slot));
      sheet.text(row, 2, model::to_string(d.first));
      sheet.text(row, 3, model::to_string(d.second));
      sheet.text(row, 4, d.applicability() ? "yes" : "no");
      sheet.text(row, 5, decides(*a.consequence, q.slot, d) ? "yes" : "no");
      ++row;
    }
  sheet.freeze(1, 1);
  sheet.table("Disagreements", headings, row - 1);
}

void one_input_sheet(Workbook& book, const app::Agreement& a) {
  const std::vector<std::string> headings{"Case", "Only in", "File"};
  Sheet& sheet = book.add_sheet("One file only");
  sheet.header(0, headings);
  std::size_t row = 1;
  for (const auto* side : {&a.first, &a.second}) {
    const auto& only = side == &a.first ? a.match.only_first : a.match.only_second;
    for (auto i : only) {
      sheet.text(row, 0, side->rated->inspection.cases.id(i));
      sheet.text(row, 1, side == &a.first ? "FIRST" : "SECOND");
      sheet.text(row, 2, side->file);
      ++row;
    }
  }
  sheet.freeze(1, 1);
  sheet.table("OneFileOnly", headings, row - 1);
}

}  // namespace pdurate::report::xlsx
