#include "pdurate/engine/resampling.hpp"

#include <random>

#include "pdurate/engine/rate.hpp"
#include "pdurate/engine/tally.hpp"

namespace pdurate::engine {

RatingProbabilities rating_probabilities(const rules::Rules& rules, const model::CaseSet& cases,
                                         const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                         std::size_t resamples, std::uint64_t seed) {
  RatingProbabilities out;
  out.seed = seed;
  out.resamples = resamples;
  out.cases = cases.size();
  out.standards.resize(rules.standards.size());

  // Which outcomes to count: those the whole sample rates.
  const Tallies full = tally(cases);
  const Result rated = rate(rules, full, ratings);
  const RatingDistribution empty{std::vector<std::size_t>(rules.scale.size()), 0, resamples};
  for (const auto& s : rated.standards) {
    bool all_present = true;
    for (const auto& kq : s.key_questions) all_present = all_present && kq.present;
    if (s.basis == Basis::Casework && all_present) out.standards[s.standard] = empty;
  }
  if (rated.complete()) out.overall = empty;

  // The key-question answers, case by case, as counters to add.
  const std::size_t questions = rules.questions.size();
  std::vector<std::uint8_t> answers(cases.size() * questions);
  for (std::size_t c = 0; c < cases.size(); ++c)
    for (std::size_t q = 0; q < questions; ++q)
      answers[c * questions + q] = static_cast<std::uint8_t>(cases.answer(c, q));

  std::mt19937_64 generator(seed);
  Tallies sample;
  sample.present = full.present;
  sample.questions.resize(full.questions.size());  // findings' slots stay zero: rate() ignores them
  sample.cases = cases.size();
  std::vector<std::size_t> draws(cases.size());
  for (std::size_t r = 0; r < resamples; ++r) {
    std::fill(draws.begin(), draws.end(), 0);
    for (std::size_t i = 0; i < cases.size(); ++i) ++draws[bounded_draw(generator, cases.size())];
    for (std::size_t q = 0; q < questions; ++q) sample.questions[q] = Tally{};
    for (std::size_t c = 0; c < cases.size(); ++c) {
      if (draws[c] == 0) continue;
      for (std::size_t q = 0; q < questions; ++q) {
        Tally& t = sample.questions[q];
        switch (static_cast<model::Answer>(answers[c * questions + q])) {
          case model::Answer::Yes: t.yes += draws[c]; break;
          case model::Answer::No: t.no += draws[c]; break;
          case model::Answer::NotApplicable: t.na += draws[c]; break;
        }
      }
    }
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
