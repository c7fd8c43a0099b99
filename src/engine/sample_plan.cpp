#include "pdurate/engine/sample_plan.hpp"

#include <algorithm>

#include "pdurate/engine/allocation.hpp"
#include "pdurate/engine/sample_size.hpp"

namespace pdurate::engine {

SamplePlan plan_sample(const rules::Rules& rules, const PlanRequest& request) {
  SamplePlan plan;
  plan.level = request.level;
  std::vector<std::size_t> sizes;
  for (const auto& s : request.strata) {
    sizes.push_back(s.population);
    plan.population += s.population;
  }
  if (request.margin) {
    plan.target_margin = request.margin;
    plan.unlimited = sample_size_unlimited(*request.margin, request.level);
    plan.corrected = sample_size_finite(plan.unlimited, plan.population);
    plan.n = plan.rounded = sample_size(*request.margin, request.level, plan.population);
    // A case from every stratum, even when the margin needs fewer.
    if (plan.n < request.strata.size()) {
      plan.n = request.strata.size();
      plan.raised_to_strata = true;
    }
  } else {
    plan.n = request.n.value_or(plan.population);
  }
  plan.margin = margin_of_error(plan.n, plan.population, request.level);
  const auto allocation = allocate(plan.n, sizes);
  for (std::size_t i = 0; i < request.strata.size(); ++i)
    plan.strata.push_back({request.strata[i].name, sizes[i], allocation[i],
                           margin_of_error(allocation[i], sizes[i], request.level)});
  plan.band_edges = band_edges(rules, plan.n);
  return plan;
}

}  // namespace pdurate::engine
