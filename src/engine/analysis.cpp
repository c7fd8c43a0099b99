#include "pdurate/engine/analysis.hpp"

namespace pdurate::engine {

Analysis analyse(const rules::Rules& rules, const model::CaseSet& cases, const Tallies& tallies,
                 const std::map<std::size_t, model::OrganisationalRating>& ratings, const Result& result,
                 const model::AnalysisRequest& request, util::Progress* progress) {
  return analyse(rules, cases, nullptr, tallies, ratings, result, request, progress);
}

Analysis analyse(const rules::Rules& rules, const model::CaseSet& cases, const model::CaseGroups* groups,
                 const Tallies& tallies, const std::map<std::size_t, model::OrganisationalRating>& ratings,
                 const Result& result, const model::AnalysisRequest& request, util::Progress* progress) {
  const auto counted = [&](std::size_t attribute) {
    return groups ? groups->by(attribute) : model::tallies_by(cases, attribute);
  };
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
  for (auto attribute : request.by)
    a.breakdowns.push_back(breakdown(rules, counted(attribute), attribute, request.min_group_size));
  for (const auto& r : request.relative_rates)
    a.relative_rates.push_back(relative_rates(rules, counted(r.attribute), r.attribute, r.reference,
                                              request.min_group_size, request.relative_rate_confidence));
  return a;
}

}  // namespace pdurate::engine
