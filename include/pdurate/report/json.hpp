// JSON: versioned contracts, documented by a JSON Schema each in doc/schema/ (and the rate
// output in doc/json-output.md). Within a schema_version fields are only ever added.
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/app/trend.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::json {

inline constexpr int kRateSchemaVersion = 1;   // doc/schema/rate.schema.json
inline constexpr int kBatchSchemaVersion = 1;  // doc/schema/batch.schema.json
inline constexpr int kDiffSchemaVersion = 1;   // doc/schema/diff.schema.json
inline constexpr int kCompareSchemaVersion = 1;  // doc/schema/compare.schema.json

// One rated inspection, everything the text report shows and more.
std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});
// Many inspections, an `inspections` array with one object each.
std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options = {});
// pdu-rate diff: every inspection compared, changed or not.
std::string diff(const rules::Rules& base, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                 const Options& options = {});

// pdu-rate compare: the inspections side by side and the change from each to the next.
std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options& options = {});

}  // namespace pdurate::report::json
