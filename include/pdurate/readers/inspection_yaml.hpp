// Reads an inspection file (YAML): its name and dates, the inspectors' organisational ratings
// with any departure reasons, the cases (inline, or a CSV file named relative to the YAML file)
// and expectations. See README, "YAML input".
#pragma once

#include <optional>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

// `detail` and `options` apply to cases in a file the inspection names; inline cases are always
// kept.
std::optional<model::Inspection> read_inspection_yaml(const SourceText& source, const rules::Rules& rules,
                                                      util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                                      const TableOptions& options = {});

}  // namespace pdurate::readers
