// The rating method: the only code that applies a rule set's rules to answer counts. What else
// needs a rating (margins, sampling error, resampling, what-if, breakdowns, explanations,
// reports) calls these functions or reads what rate() stored in the Result; none derives one
// itself. Pure: no I/O, no globals; the same inputs always give the same Result.
//
//  - A key question's band: where Yes/(Yes+No) falls among the casework bands, under the rules'
//    comparison (exact, or rounded to a whole percent). No relevant cases: no band.
//  - A casework standard: the band of its lowest key question, which "drives" it; or, when the
//    input has no case data for it and gives its rating (a published ratings table), that
//    rating, as given (Basis::Inspectors, no key questions). A key
//    question with no band does not drive. One the input lacks leaves the standard not rated,
//    with the range from the lowest rating to the band of its lowest known question (unless
//    that band is already the lowest rating, which the missing one cannot change).
//  - An organisational standard: the inspectors' rating, or not rated (any rating possible), or
//    not rated by design where the rules allow it (no rating, no range, no points).
//  - Guidance rules are checked against the ratings; they never change a rating.
//  - The score: the sum of the standards' points (a standard the rules do not score adds none);
//    the overall rating: the score band the score falls in, which the Result records as the
//    reason. While a scored standard is not rated, the ranges still possible; a standard that is
//    not scored never leaves the score unknown.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// Rates from counts and the inspectors' organisational ratings (by standard index).
Result rate(const rules::Rules& rules, const Tallies& tallies,
            const std::map<std::size_t, model::OrganisationalRating>& ratings);

// Rates the inspection's counts with its ratings.
Result rate(const rules::Rules& rules, const model::Inspection& inspection);

// The band of yes/relevant under `comparison` (relevant > 0), and under the rules' own.
Level band(const rules::Rules& rules, std::size_t yes, std::size_t relevant, rules::Comparison comparison);
Level band(const rules::Rules& rules, const Tally& tally);

// The band of a percentage anywhere from 0 to 100 (not only a fraction of whole cases, e.g. the
// end of an interval): exact bands start at their minimum, rounded ones half a point below it.
Level band_of_percent(const rules::Rules& rules, double percent, rules::Comparison comparison);

// The smallest Yes count out of `relevant` (> 0) whose band is `level` or higher, under the
// rules' comparison; nullopt when even relevant/relevant falls short.
std::optional<std::size_t> min_yes(const rules::Rules& rules, std::size_t relevant, Level level);
std::optional<std::size_t> min_yes(const rules::Rules& rules, std::size_t relevant, Level level,
                                   rules::Comparison comparison);

// The minimum percentage of band `level` (0 for a level with no band of its own).
int band_threshold(const rules::Rules& rules, Level level);

// A casework standard's rating when its key questions have these bands (at least one): the
// lowest.
Level casework_rating(const std::vector<Level>& bands);

// What standard `standard` adds to the score when rated `level`.
int standard_points(const rules::Rules& rules, std::size_t standard, Level level);

// The overall rating of a score from 0 to rules.max_score(), and why: the score band it falls
// in (an index into rules.score_bands).
struct OverallRating {
  Level rating = 0;
  std::size_t score_band = 0;
};
OverallRating overall_rating(const rules::Rules& rules, int score);

}  // namespace pdurate::engine
