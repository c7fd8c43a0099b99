// Cases: the cases rated, as an Excel table named Cases (case_id, the attributes, then one
// column per question the input answered, headed by its id as a CSV of cases is), every answer
// cell limited to Yes, No or N/A with the question as its prompt. `pdu-rate workbook.xlsx`
// reads this sheet back (the first with a case_id heading) and rates the same.

#include "pdurate/model/answer.hpp"
#include "report/xlsx/libxlsxwriter.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

// Excel's limits on a data validation's prompt.
constexpr std::size_t kPromptTitleMax = 32;
constexpr std::size_t kPromptMessageMax = 255;

const std::string& question_text(const rules::Rules& rules, std::size_t slot) {
  if (!rules.is_finding_slot(slot)) return rules.questions[slot].text;
  return rules.findings[slot - rules.questions.size()].text;
}

void answer_list(Sheet& sheet, const rules::Rules& rules, std::size_t slot, std::size_t col, std::size_t rows) {
  std::string yes = "Yes", no = "No", na = "N/A";
  char* answers[] = {yes.data(), no.data(), na.data(), nullptr};
  std::string title = truncated(rules.slot_id(slot), kPromptTitleMax);
  std::string message = truncated(question_text(rules, slot) + " (Yes, No or N/A)", kPromptMessageMax);
  std::string error = "Answer Yes, No or N/A: N/A takes the case out of the question's relevant cases.";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = answers;
  v.input_title = title.data();
  v.input_message = message.data();
  v.error_title = title.data();
  v.error_message = error.data();
  const auto c = static_cast<lxw_col_t>(col);
  lxw().worksheet_data_validation_range(sheet.raw(), 1, c, static_cast<lxw_row_t>(rows), c, &v);
}

}  // namespace

void cases_sheet(Workbook& book, const rules::Rules& rules, const model::CaseSet& cases) {
  Sheet& sheet = book.add_sheet("Cases");
  std::vector<std::string> headings{"case_id"};
  const auto& attributes = cases.attribute_names();
  headings.insert(headings.end(), attributes.begin(), attributes.end());
  std::vector<std::size_t> slots;
  for (std::size_t slot = 0; slot < cases.question_count(); ++slot)
    if (cases.has_question(slot)) {
      slots.push_back(slot);
      headings.push_back(rules.slot_id(slot));
    }
  sheet.header(0, headings);
  for (std::size_t c = 0; c < cases.size(); ++c) {
    const std::size_t row = c + 1;
    sheet.text(row, 0, cases.id(c));
    for (std::size_t a = 0; a < attributes.size(); ++a) sheet.text(row, 1 + a, cases.attribute(c, a));
    for (std::size_t i = 0; i < slots.size(); ++i)
      sheet.text(row, 1 + attributes.size() + i, model::to_string(cases.answer(c, slots[i])));
  }
  sheet.freeze(1, 1);
  sheet.table("Cases", headings, cases.size());
  for (std::size_t i = 0; i < slots.size(); ++i) answer_list(sheet, rules, slots[i], 1 + attributes.size() + i, cases.size());
}

}  // namespace pdurate::report::xlsx
