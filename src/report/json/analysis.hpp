// The JSON of the analysis of a result (intervals, sampling error, rating probabilities,
// findings, breakdowns, relative rates), written into the rate report by inspection.cpp and
// fields.cpp. Internal to the report module; the text counterpart is text/analysis.cpp.
#pragma once

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/result.hpp"
#include "report/json/writer.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::json {

// The analysis fields of one key question ("interval", ...), written into its object.
void key_question_analysis(Writer& j, const rules::Rules& rules, const engine::Analysis& a,
                  const engine::KeyQuestionResult& kq);
// The analysis fields of one casework standard ("sampling_error", "rating_probabilities").
void standard_analysis(Writer& j, const rules::Rules& rules, const engine::Analysis& a, const engine::StandardResult& s);
// The top-level analysis fields ("sampling", "findings", "breakdowns", ...).
void analysis_fields(Writer& j, const rules::Rules& rules, const engine::Analysis& a);

}  // namespace pdurate::report::json
