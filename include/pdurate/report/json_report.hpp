// The JSON report (--format json). A versioned contract, documented in doc/json-output.md:
// fields are only ever added; anything else changes kSchemaVersion.
#pragma once

#include <string>

#include "pdurate/report/report.hpp"

namespace pdurate::report {

inline constexpr int kSchemaVersion = 1;

std::string json_report(const ReportInput& input);

}  // namespace pdurate::report
