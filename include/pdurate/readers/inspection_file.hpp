// Reads an inspection from a path, choosing the reader by its extension: .yaml/.yml is an
// inspection file; anything else (and "-", standard input) is case CSV.
#pragma once

#include <optional>
#include <string>

#include "pdurate/diagnostic.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

bool is_yaml_path(const std::string& path);

std::optional<model::Inspection> read_inspection(const std::string& path, const rules::Rules& rules,
                                                 Diagnostics& errors, CaseDetail detail = CaseDetail::Cases);

}  // namespace pdurate::readers
