// Reads an inspection file (YAML): its name and dates, the inspectors' organisational ratings
// with any departure reasons, the cases (inline, or a CSV file named relative to the YAML file)
// and expectations. See README, "YAML input".
#pragma once

#include <optional>

#include "pdurate/diagnostic.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

std::optional<model::Inspection> read_inspection_yaml(const SourceText& source, const rules::Rules& rules,
                                                      Diagnostics& errors);

}  // namespace pdurate::readers
