// Reads an inspection, choosing the reader by the name it was read under: .yaml/.yml is an
// inspection file; anything else (and standard input) is a file of cases, a workbook or CSV
// (readers/case_file.hpp). Every command reads through it (app::assess).
#pragma once

#include <optional>
#include <string>

#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

bool is_yaml_path(const std::string& path);

std::optional<model::Inspection> read_inspection(const SourceText& source, const rules::Rules& rules,
                                                 util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                                 const TableOptions& options = {});

}  // namespace pdurate::readers
