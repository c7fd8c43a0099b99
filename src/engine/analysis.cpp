#include "pdurate/engine/analysis.hpp"

namespace pdurate::engine {

Analysis analyse(const rules::Rules& rules, const model::CaseSet& cases, const Tallies& tallies,
                 const std::map<std::size_t, model::OrganisationalRating>& ratings, const Result& result,
                 const model::AnalysisRequest& request, util::Progress* progress) {
  Analysis a;
  a.request = request;
  a.findings = tabulate_findings(rules, tallies, request.confidence);
  a.sampling = sampling_error(rules, result, request.confidence);
  if (request.probabilities) {
    a.probabilities = rating_probabilities(rules, cases, ratings, request.resamples, request.seed, progress);
  } else {
    a.probabilities.seed = request.seed;
    a.probabilities.standards.resize(rules.standards.size());
  }
  for (auto attribute : request.by) a.breakdowns.push_back(breakdown(rules, cases, attribute, request.min_group_size));
  for (const auto& r : request.relative_rates)
    a.relative_rates.push_back(relative_rates(rules, cases, r.attribute, r.reference, request.min_group_size,
                                              request.relative_rate_confidence));
  return a;
}

}  // namespace pdurate::engine
