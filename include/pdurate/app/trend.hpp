// pdu-rate compare: the trend across inspections (progress between them). Each input goes the one path from file to
// result (assess), then the results are set side by side (engine/trend.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/trend.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::app {

struct TrendReport {
  // Each inspection as given, earliest first, rated without checking its expectations (a
  // comparison is not a check). Render each under rules_of(outcome, the command's rules).
  std::vector<Outcome> inspections;
  // --rules was given: every inspection rated under the command's rules, whatever its `rules:`
  // says (so a change of rules is not mistaken for progress). Otherwise each under its own.
  bool rules_given = false;
  // The comparison, when every inspection was rated; else each invalid one's problems say why.
  std::optional<engine::Trend> trend;

  // Invalid when any inspection is; else Passed (a comparison has no check to fail).
  Status status() const;
};

// Rates every inspection at `paths` (at least two; "-": CSV on standard input, at most once)
// under its own rules or, when `rules_given`, under `rules`, and compares them in that order, with
// intervals at `level_percent`.
TrendReport trend(const std::vector<std::string>& paths, const rules::Rules& rules, bool rules_given,
                        double level_percent = 95);

}  // namespace pdurate::app
