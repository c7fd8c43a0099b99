// How far each rating is from the next band, counted in changed case answers.
//
// A change is one case's answer to one key question turned from No to Yes (up) or Yes to No
// (down); N/A answers are left alone. Thresholds apply exactly as the rating does (the rules'
// comparison). Casework standards are independent (no answer counts towards two), so the
// overall margin is an exact optimisation over the standards' targets, not a greedy search.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// No -> Yes changes that bring the key question to band `target` or higher (0 if it is there).
std::optional<std::size_t> changes_to_reach(const rules::Rules& rules, const Tally& tally, rules::Level target);
// Yes -> No changes that bring it to band `target` or lower (0 if it is there).
std::optional<std::size_t> changes_to_fall(const rules::Rules& rules, const Tally& tally, rules::Level target);

// A casework standard's key-question tallies (those with relevant cases).
// To lift the standard to `target`, every key question below it must reach it.
std::optional<std::size_t> standard_changes_up(const rules::Rules& rules, const std::vector<Tally>& key_questions,
                                               rules::Level target);
// To drop it to `target`, one key question must fall there: the cheapest.
std::optional<std::size_t> standard_changes_down(const rules::Rules& rules, const std::vector<Tally>& key_questions,
                                                 rules::Level target);

// Fills every margin of a result computed by rate() (rate() calls it).
void compute_margins(const rules::Rules& rules, Result& result);

}  // namespace pdurate::engine
