// Pivotal answers: single case answers whose change alone would move a key question across a
// band edge and change its standard's rating. Where a quality-assurance re-read pays off most.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct PivotalChange {
  std::size_t standard = 0;
  std::size_t question = 0;
  model::Answer from = model::Answer::No;
  model::Answer to = model::Answer::Yes;
  std::optional<Level> rating_before, rating_after;  // the standard's
  std::vector<std::size_t> cases;                    // indices of the cases answering `from`
};

// What a pivotal change does beyond its standard: the score and the overall rating after it
// (the others standards as rated). Unknown (nullopt) when the score is not known, before or after.
struct PivotalEffect {
  std::optional<int> score;
  std::optional<Level> overall;
};
PivotalEffect pivotal_effect(const rules::Rules& rules, const Result& result, const PivotalChange& change);

// Every change of one answer (Yes, No, N/A to either other) that changes a casework standard's
// rating, given the tallies the result was rated from and the cases behind them. The effect of
// a change depends only on the question and the answers, so each is evaluated once.
std::vector<PivotalChange> pivotal(const rules::Rules& rules, const model::CaseSet& cases, const Tallies& tallies,
                                   const std::map<std::size_t, model::OrganisationalRating>& ratings,
                                   const Result& result);

}  // namespace pdurate::engine
