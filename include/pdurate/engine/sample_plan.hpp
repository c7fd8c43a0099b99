// A plan for an inspection's case sample (pdu-rate plan): from the population of each stratum
// and either a margin of error to reach or a sample size to judge, the sample in total and per
// stratum (proportional allocation: engine/allocation.hpp), the margin it gives (overall and
// within each stratum), and how likely it is to put a key question in its true band around each
// band edge (engine/band_probability.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/band_probability.hpp"
#include "pdurate/model/stratum.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct PlanRequest {
  std::vector<model::Stratum> strata;   // at least one, names distinct
  double level = 80;                    // confidence, percent
  std::optional<double> margin;         // points to reach; or
  std::optional<std::size_t> n;         // the sample to judge (exactly one of the two)
};

struct StratumPlan {
  std::string name;
  std::size_t population = 0;
  std::size_t sample = 0;
  double margin = 0;  // points, within the stratum alone
};

struct SamplePlan {
  double level = 80;
  std::optional<double> target_margin;  // as asked (points), when the size was computed
  double unlimited = 0;                 // n0, before the finite population correction (with a target)
  double corrected = 0;                 // n0 corrected, before rounding up (with a target)
  std::size_t rounded = 0;              // corrected, rounded up (with a target)
  bool raised_to_strata = false;        // n was raised above `rounded` to give every stratum one case
  std::size_t population = 0;
  std::size_t n = 0;
  double margin = 0;                    // points, of the whole sample
  std::vector<StratumPlan> strata;
  std::vector<BandEdge> band_edges;
};

// Requires a valid request: strata non-empty with populations >= 1 adding up below 2^32, a
// level in (0, 100), and a margin > 0 or an n from the number of strata up to the population.
SamplePlan plan_sample(const rules::Rules& rules, const PlanRequest& request);

}  // namespace pdurate::engine
