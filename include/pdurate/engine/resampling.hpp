// Rating probabilities: how likely each rating would be if the inspection were repeated with
// another sample of the same size.
//
// Method: the case-level bootstrap. Each resample draws as many cases as were rated, with
// replacement, from the rated cases, and rates the resample exactly as the inspection is rated
// (rate(), same rules, the inspectors' organisational ratings held fixed). The probability of a
// rating is the share of resamples that give it.
//
// Why resample cases and not each key question on its own (e.g. Yes ~ Binomial(n, p_hat) per
// question, which could be computed exactly): one case answers every key question, and the
// answers are correlated (a case that is poor on assessment is often poor on planning). A
// standard takes the lowest of its key questions and the overall rating sums the standards, so
// treating questions as independent would misstate both. Resampling whole cases keeps every
// correlation in the data. Its limits: it centres on the sample as observed (a key question at
// 49.4% is Inadequate in about half the resamples whatever the truth), and it is a simulation:
// with R resamples a probability carries a simulation error of at most 0.5/sqrt(R) (0.5
// percentage points at R = 10000). The draws come from std::mt19937_64 (specified exactly by the
// C++ standard) with an unbiased bounded draw of our own, so a seed gives the same result on
// every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "pdurate/model/case_set.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct RatingDistribution {
  std::vector<std::size_t> counts;  // resamples giving each rating, by level (scale order)
  std::size_t not_rated = 0;        // resamples in which it could not be rated (no relevant cases left)
  std::size_t resamples = 0;
  double probability(rules::Level level) const {
    return resamples ? static_cast<double>(counts[level]) / static_cast<double>(resamples) : 0.0;
  }
};

struct RatingProbabilities {
  std::uint64_t seed = 0;
  std::size_t requested = 0;  // resamples asked for (the rules' setting)
  std::size_t resamples = 0;  // resamples drawn: fewer for very large inputs (resamples_within_budget)
  std::size_t cases = 0;  // the sample size drawn each time
  // By standard index: casework standards rated from all their key questions on the cases.
  std::vector<std::optional<RatingDistribution>> standards;
  // The overall rating's, when every standard is rated on the cases.
  std::optional<RatingDistribution> overall;
};

// The cost is one draw per case per resample. So that a very large input (a national extract of
// 100 000 cases) is not held up for a minute, the resamples are cut to keep the draws within
// kMaxCaseDraws, but never below kMinResamples; the output states the number drawn. Inspection
// samples (tens or hundreds of cases) always get every resample asked for, and at the sizes
// where the cut applies the intervals are so narrow that the probabilities sit at 0 or 1 except
// exactly on a band edge.
inline constexpr std::size_t kMaxCaseDraws = 20'000'000;
inline constexpr std::size_t kMinResamples = 200;
std::size_t resamples_within_budget(std::size_t resamples, std::size_t cases);

// The unbiased draw of an index in [0, n) from a 64-bit generator output stream: rejection of
// the top partial range, then remainder. Exposed for the tests.
template <typename Generator>
std::size_t bounded_draw(Generator& generator, std::size_t n) {
  const std::uint64_t range = n;
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % range;  // a multiple of range
  std::uint64_t r = 0;
  do r = generator();
  while (r >= limit);
  return static_cast<std::size_t>(r % range);
}

// Bootstraps `cases` (the cases rated, after any what-if) `resamples` times (within the budget)
// from `seed`. With no cases, the distributions are empty.
RatingProbabilities rating_probabilities(const rules::Rules& rules, const model::CaseSet& cases,
                                         const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                         std::size_t resamples, std::uint64_t seed);

}  // namespace pdurate::engine
