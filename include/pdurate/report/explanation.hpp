// Plain-words explanations of each rating: the rule that fired and the figures behind it.
// The text report prints them with --explain; the JSON report always carries them.
#pragma once

#include <optional>
#include <string>

#include "pdurate/engine/pivotal.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

// Why a casework standard has its rating, in figures: the key question that drives it and the
// thresholds around it.
struct CaseworkReason {
  std::size_t question = 0;          // the driving key question
  std::optional<rules::Level> next;  // the band above the rating (none at the top)
  int next_threshold = 0;            // its minimum percentage
  int threshold = 0;                 // the rating's own minimum percentage
};

std::optional<CaseworkReason> casework_reason(const rules::Rules& rules, const engine::StandardResult& standard);

// "P2.1 Assessment: Inadequate. Its lowest key question, 2.1.3 (keeping other people safe), is
// 15 of 79 relevant cases, 19.0%, under the 50% needed for Requires improvement."
std::string explain_standard(const rules::Rules& rules, const engine::Result& result,
                             const engine::StandardResult& standard);

// "Score 1/21: P1.1 Inadequate 0 + ... = 1. Scores 0 to 3 are Inadequate."
std::string explain_overall(const rules::Rules& rules, const engine::Result& result);

// What one pivotal change does to its standard, the score and the overall rating: "P2.3
// Requires improvement (now Inadequate), score 2/21 (now 1), overall rating still Inadequate".
// The score and overall rating only when the score is known before and after.
std::string pivotal_effect_text(const rules::Rules& rules, const engine::Result& result,
                                const engine::PivotalChange& change);

// "87 changed answers would lift the overall rating to Requires improvement: P2.1 to Good (61),
// P2.4 to Requires improvement (26)." Empty when there is no score.
std::string explain_overall_margin(const rules::Rules& rules, const engine::Result& result);

}  // namespace pdurate::report
