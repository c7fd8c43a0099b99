#include "pdurate/engine/pivotal.hpp"

#include <array>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {

std::vector<PivotalChange> pivotal(const rules::Rules& rules, const model::CaseSet& cases, const Tallies& tallies,
                                   const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                   const Result& result) {
  constexpr std::array answers{model::Answer::Yes, model::Answer::No, model::Answer::NotApplicable};
  std::vector<PivotalChange> out;
  for (const auto& s : result.standards) {
    if (s.basis != Basis::Casework) continue;
    for (const auto& kq : s.key_questions) {
      if (!kq.present) continue;
      for (auto from : answers) {
        if (kq.tally.of(from) == 0) continue;
        for (auto to : answers) {
          if (to == from) continue;
          Tallies changed = tallies;
          changed.questions[kq.question].remove(from);
          changed.questions[kq.question].add(to);
          const auto rated = rate(rules, changed, ratings);
          const auto& after = rated.standards[s.standard];
          if (after.rating == s.rating) continue;
          PivotalChange p{s.standard, kq.question, from, to, s.rating, after.rating, {}};
          for (std::size_t c = 0; c < cases.size(); ++c)
            if (cases.answer(c, kq.question) == from) p.cases.push_back(c);
          out.push_back(std::move(p));
        }
      }
    }
  }
  return out;
}

PivotalEffect pivotal_effect(const rules::Rules& rules, const Result& result, const PivotalChange& p) {
  if (!result.score || !p.rating_before || !p.rating_after) return {};
  const int score = *result.score - standard_points(rules, p.standard, *p.rating_before) +
                    standard_points(rules, p.standard, *p.rating_after);
  return {score, overall_rating(rules, score).rating};
}

}  // namespace pdurate::engine
