// Reads cases from an Excel workbook (.xlsx): one sheet, laid out as the CSV input is (a header
// row, then one row per case; see README, "Input from spreadsheets"). The same checks and
// words as the CSV reader, at places written FILE:Sheet!Cell.
#pragma once

#include <optional>

#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

// The sheet read is options.sheet (a name, in any case, or a 1-based number), else the first
// whose opening rows hold a case_id heading, else the only one. Cells are read as Excel shows
// them: a formula's saved value, dates as 2024-03-05, numbers as General shows them; "N/A" is
// text like any other. Returns nullopt with one diagnostic per problem, as read_case_csv does,
// and for a damaged or hostile file (a zip bomb ends in an error, in bounded memory).
std::optional<model::Inspection> read_case_xlsx(const SourceText& source, const rules::Rules& rules,
                                                util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                                const TableOptions& options = {});

}  // namespace pdurate::readers
