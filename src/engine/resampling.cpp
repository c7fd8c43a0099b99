#include "pdurate/engine/resampling.hpp"

#include <algorithm>
#include <random>

#include "pdurate/engine/method.hpp"
#include "pdurate/engine/tally.hpp"

namespace pdurate::engine {

std::size_t resamples_within_budget(std::size_t resamples, std::size_t cases) {
  if (cases == 0) return resamples;
  const std::size_t affordable = std::max(kMinResamples, kMaxCaseDraws / cases);
  return std::min(resamples, affordable);
}

RatingProbabilities rating_probabilities(const rules::Rules& rules, const model::CaseSet& cases,
                                         const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                         std::size_t resamples, std::uint64_t seed) {
  RatingProbabilities out;
  out.seed = seed;
  out.requested = resamples;
  out.resamples = resamples_within_budget(resamples, cases.size());
  out.cases = cases.size();
  out.standards.resize(rules.standards.size());

  // Which outcomes to count: those the whole sample rates.
  const Tallies full = model::count_answers(cases);
  const Result rated = rate(rules, full, ratings);
  const RatingDistribution empty{std::vector<std::size_t>(rules.scale.size()), 0, out.resamples};
  for (const auto& s : rated.standards) {
    bool all_present = true;
    for (const auto& kq : s.key_questions) all_present = all_present && kq.present;
    if (s.basis == Basis::Casework && all_present) out.standards[s.standard] = empty;
  }
  if (rated.complete()) out.overall = empty;
  if (cases.empty()) return out;

  // The key-question answers, case by case: each draw adds one to a counter per key question.
  const std::size_t questions = rules.questions.size();
  std::vector<std::uint8_t> answers(cases.size() * questions);
  for (std::size_t c = 0; c < cases.size(); ++c)
    for (std::size_t q = 0; q < questions; ++q)
      answers[c * questions + q] = static_cast<std::uint8_t>(3 * q + static_cast<std::size_t>(cases.answer(c, q)));

  std::mt19937_64 generator(seed);
  Tallies sample;
  sample.present = full.present;
  sample.questions.resize(full.questions.size());  // findings' slots stay zero: rate() ignores them
  sample.cases = cases.size();
  std::vector<std::size_t> counts(3 * questions);  // [3 * question + answer]
  for (std::size_t r = 0; r < out.resamples; ++r) {
    std::fill(counts.begin(), counts.end(), 0);
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const std::uint8_t* row = &answers[bounded_draw(generator, cases.size()) * questions];
      for (std::size_t q = 0; q < questions; ++q) ++counts[row[q]];
    }
    for (std::size_t q = 0; q < questions; ++q) sample.questions[q] = Tally{counts[3 * q], counts[3 * q + 1], counts[3 * q + 2]};
    const Result result = rate(rules, sample, ratings);
    for (const auto& s : result.standards) {
      auto& d = out.standards[s.standard];
      if (!d) continue;
      if (s.rating) ++d->counts[*s.rating];
      else ++d->not_rated;
    }
    if (out.overall) {
      if (result.overall) ++out.overall->counts[*result.overall];
      else ++out.overall->not_rated;
    }
  }
  return out;
}

}  // namespace pdurate::engine
