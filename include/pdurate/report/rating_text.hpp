// Wording and number formatting shared by the text and JSON reports, so both say the same.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

// yes/relevant as a percentage with `decimals` places, rounded half-up with integer arithmetic
// (so 64.56 never prints as 64.55999). relevant must be > 0.
std::string percent(std::size_t yes, std::size_t relevant, int decimals);

// "Inadequate", or "Inadequate to Good" for a range.
std::string rating_range(const rules::Rules& rules, rules::Level lowest, rules::Level highest);

// One sentence on a guidance check, e.g. "For 'Requires improvement', P2.3 would usually be
// 'Requires improvement' or 'Good'; P2.3 is 'Inadequate': a departure from the guidance."
std::string guidance_sentence(const rules::Rules& rules, const engine::Result& result,
                              const engine::GuidanceCheck& check);

// Things the user should know that are not errors: unexplained departures, missing key
// question columns, key questions with no relevant cases, ratings that depend on the
// comparison choice, standards not rated. One sentence each, for stderr and the reports.
std::vector<std::string> notices(const rules::Rules& rules, const engine::Result& result);

}  // namespace pdurate::report
