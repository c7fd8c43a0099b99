// pdu-rate agree's optional check: --min-kappa, --min-ac1 and --min-agreement. Agreement is a
// report, not a check, until one of them is given; then every key question (findings are not
// checked) must reach each threshold given, as the report shows the figure (kappa and AC1 to
// two decimals, the agreement to one decimal of a percent).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/agreement.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::cli {

struct AgreeThresholds {
  std::string min_kappa;      // K, -1 to 1; empty: not checked
  std::string min_ac1;        // likewise
  std::string min_agreement;  // PERCENT, 0 to 100; empty: not checked

  bool any() const { return !min_kappa.empty() || !min_ac1.empty() || !min_agreement.empty(); }
};

// "--min-kappa 'x': write a number from -1 to 1, e.g. 0.6" for each value that is not one; none
// when all are valid.
std::vector<std::string> threshold_problems(const AgreeThresholds& thresholds);

// The check of every key question against the thresholds (valid ones only), in the rules' order;
// none when no threshold is given. A key question without the figure (no case both found
// applicable; kappa undefined because both gave one answer throughout) is not below it.
std::optional<app::ThresholdCheck> check_thresholds(const rules::Rules& rules, const app::Agreement& agreement,
                                                    const AgreeThresholds& thresholds);

// "2.1.3: kappa 0.58 below --min-kappa 0.6"
std::string below_text(const rules::Rules& rules, const app::ThresholdCheck::Below& below);

}  // namespace pdurate::cli
