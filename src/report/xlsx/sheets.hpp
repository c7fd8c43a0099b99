// The sheets of pdu-rate's workbooks (pdurate/report/xlsx.hpp lists them), one function each,
// and what several of them write alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/breakdown.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/xlsx/workbook.hpp"

namespace pdurate::report::xlsx {

void ratings_sheet(Workbook& book, const rules::Rules& rules, const app::Outcome& outcome);
void method_sheet(Workbook& book, const rules::Rules& rules);
void key_questions_sheet(Workbook& book, const rules::Rules& rules, const app::Rated& rated);
void findings_sheet(Workbook& book, const rules::Rules& rules, const app::Rated& rated);
void breakdown_sheet(Workbook& book, const rules::Rules& rules, const engine::Breakdown& breakdown);
void cases_sheet(Workbook& book, const rules::Rules& rules, const model::CaseSet& cases);
void inspections_sheet(Workbook& book, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes);

// Where a rule comes from, in words: "Title (Publisher, 2024-11)", or "not verified" for an
// assumption (its note says why).
std::string source_text(const rules::Rules& rules, const rules::Provenance& provenance);

// Yes/relevant as a fraction, or none without relevant cases.
std::optional<double> share(const model::Tally& tally);

// Yes, No, N/A and relevant in four columns from `col`, then % Yes: the figures every table of
// questions has. Returns the column after them.
std::size_t tally_cells(Sheet& sheet, std::size_t row, std::size_t col, const model::Tally& tally);

// The headings tally_cells writes under.
inline const std::vector<std::string> kTallyHeadings{"Yes", "No", "N/A", "Relevant", "% Yes"};

// "Bradford & Calderdale PDU (fieldwork 2024-09)", the name of a workbook and of its first sheet's title.
std::string inspection_title(const app::Rated& rated);

}  // namespace pdurate::report::xlsx
