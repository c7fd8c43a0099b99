// The analysis sections of the text report on one inspection, after the score: findings,
// sampling error with rating probabilities, breakdowns (--by) and relative rate indices (--rri).
// Compact tables; every figure comes from Rated::analysis, which must be set.
#pragma once

#include <string>

#include "pdurate/app/outcome.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/style.hpp"

namespace pdurate::report::text {

std::string analysis(const rules::Rules& rules, const app::Rated& rated, const Style& style);

}  // namespace pdurate::report::text
