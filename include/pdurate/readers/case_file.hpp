// Reads a file of cases, whatever kind it is: an Excel workbook (.xlsx, known by its content,
// so standard input works too) or CSV. Other spreadsheet formats (.ods, .xls, Numbers) are
// refused with how to convert them. The one place a case reader is chosen.
#pragma once

#include <optional>

#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

// As read_case_csv and read_case_xlsx. An option for the other kind of file (--sheet for a
// CSV file, --delimiter or --encoding for a workbook) is an error rather than ignored.
std::optional<model::Inspection> read_case_file(const SourceText& source, const rules::Rules& rules,
                                                util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                                const TableOptions& options = {});

}  // namespace pdurate::readers
