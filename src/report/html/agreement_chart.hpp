// pdu-rate agree's chart (report/agreement.hpp, html): per key question its kappa and AC1 as
// bars with their intervals as whiskers, on a scale from 0 (or below, when a value or an
// interval is) to 1. Internal to report/html.
#pragma once

#include <string>

#include "pdurate/app/agreement.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::html {

// Inline SVG; "" when no key question has a coefficient.
std::string agreement_chart(const rules::Rules& rules, const app::Agreement& agreement);

}  // namespace pdurate::report::html
