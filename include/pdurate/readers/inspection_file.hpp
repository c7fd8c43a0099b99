// Reads an inspection from a path, choosing the reader by its extension: .yaml/.yml is an
// inspection file; anything else (and "-", standard input) is case CSV.
#pragma once

#include <optional>
#include <string>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

bool is_yaml_path(const std::string& path);

std::optional<model::Inspection> read_inspection(const std::string& path, const rules::Rules& rules,
                                                 util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases);
// The same for an input already read, by the name it was read under.
std::optional<model::Inspection> read_inspection(const SourceText& source, const rules::Rules& rules,
                                                 util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases);

}  // namespace pdurate::readers
