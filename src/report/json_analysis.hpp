// The JSON of the analysis of a result (issue 5: intervals, sampling error, rating
// probabilities, findings, breakdowns, relative rates), written into the rate report by
// json_report.cpp. Internal to the report module; the text counterpart is analysis_text.cpp.
#pragma once

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/report/json_writer.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::json_analysis {

// The analysis fields of one key question ("interval", ...), written into its object.
void key_question(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a,
                  const engine::KeyQuestionResult& kq);
// The analysis fields of one casework standard ("sampling_error", "rating_probabilities").
void standard(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a, const engine::StandardResult& s);
// The top-level analysis fields ("sampling", "findings", "breakdowns", ...).
void top_level(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a);

}  // namespace pdurate::report::json_analysis
