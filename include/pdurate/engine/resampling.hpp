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
//
// Large inputs (kNormalFrom cases or more): drawing a million cases ten thousand times is out of
// reach, so the resample's key-question tallies are drawn instead from their normal
// approximation: a resample's tallies are a sum of n independent draws of one case's Yes and No
// indicators, so by the central limit theorem they are close to normal with mean n times the
// cases' mean and covariance n times the cases' covariance (which keeps the correlations between
// questions that resampling whole cases keeps). At these sizes the approximation's error is far
// below the simulation error, and every resample asked for is drawn (tests/unit/test_resampling.cpp
// checks that the two agree within simulation error). Its normal draws use std::log and std::cos,
// so a seed gives the same figures wherever those are correctly rounded (glibc); RatingProbabilities
// says which method was used.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "pdurate/model/case_set.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/progress.hpp"

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
  bool normal = false;    // drawn from the normal approximation (kNormalFrom cases or more)
  // By standard index: casework standards rated from all their key questions on the cases.
  std::vector<std::optional<RatingDistribution>> standards;
  // The overall rating's, when every standard is rated on the cases.
  std::optional<RatingDistribution> overall;
};

// The cost of drawing cases is one draw per case per resample. So that a large input (tens of
// thousands of cases) is not held up, the resamples are cut to keep the draws within
// kMaxCaseDraws, but never below kMinResamples; the output states the number drawn. Inspection
// samples (tens or hundreds of cases) always get every resample asked for, and at the sizes
// where the cut applies the intervals are so narrow that the probabilities sit at 0 or 1 except
// exactly on a band edge. From kNormalFrom cases, where the cut would leave kMinResamples, the
// normal approximation draws every resample asked for, at a cost that does not grow with n.
inline constexpr std::size_t kMaxCaseDraws = 20'000'000;
inline constexpr std::size_t kMinResamples = 200;
inline constexpr std::size_t kNormalFrom = kMaxCaseDraws / kMinResamples;  // 100 000 cases
std::size_t resamples_within_budget(std::size_t resamples, std::size_t cases);

// How the resamples are drawn: by the size of the input (Auto), or forced (the tests compare them).
enum class ResamplingMethod { Auto, Cases, Normal };

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

// bounded_draw() with its remainder computed without a division (Lemire, Kaser and Kurz, "Faster
// remainder by direct computation", 2019: exact for every 64-bit numerator and divisor), which
// cost more than everything else in a draw. The same draws as bounded_draw, number for number.
class BoundedDraw {
 public:
  explicit BoundedDraw(std::uint64_t n) : n_(n), limit_(UINT64_MAX - UINT64_MAX % n), m_(~U128{0} / n + 1) {}
  template <typename Generator>
  std::size_t operator()(Generator& generator) const {
    std::uint64_t r = 0;
    do r = generator();
    while (r >= limit_);
    return static_cast<std::size_t>(remainder(r));
  }
  std::uint64_t remainder(std::uint64_t a) const {  // a % n
    const U128 low = m_ * a;
    const U128 bottom = (static_cast<U128>(static_cast<std::uint64_t>(low)) * n_) >> 64;
    const U128 top = (low >> 64) * n_;
    return static_cast<std::uint64_t>((bottom + top) >> 64);
  }

 private:
  __extension__ typedef unsigned __int128 U128;
  std::uint64_t n_, limit_;
  U128 m_;
};

// Bootstraps `cases` (the cases rated, after any what-if) `resamples` times (within the budget)
// from `seed`. With no cases, the distributions are empty. `progress`, when given, hears of each
// resample drawn ("resampling", out of the resamples drawn).
RatingProbabilities rating_probabilities(const rules::Rules& rules, const model::CaseSet& cases,
                                         const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                         std::size_t resamples, std::uint64_t seed,
                                         util::Progress* progress = nullptr,
                                         ResamplingMethod method = ResamplingMethod::Auto);

}  // namespace pdurate::engine
