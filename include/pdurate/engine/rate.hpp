// The rating method. Pure: no I/O, no globals; the same inputs always give the same Result.
#pragma once

#include <map>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// Rates from counts and the inspectors' organisational ratings (by standard index).
//  - Casework standard: each key question's Yes/(Yes+No) is placed in a band (rules.comparison);
//    the standard takes the band of its lowest key question. A key question with no relevant
//    cases has no band and does not drive. A key question the input lacks leaves the standard
//    not rated, with the range from the lowest rating to the band of its lowest known question
//    (unless that band is already the lowest rating, which the missing one cannot change).
//  - Organisational standard: the inspectors' rating, or not rated (any rating possible).
//  - Guidance rules are checked against the ratings; they never change a rating.
//  - Score: the sum of points; overall: its score band. When any standard is not rated, both
//    are nullopt and the ranges say what is still possible.
Result rate(const rules::Rules& rules, const Tallies& tallies,
            const std::map<std::size_t, model::OrganisationalRating>& ratings);

// Rates the inspection's counts with its ratings.
Result rate(const rules::Rules& rules, const model::Inspection& inspection);

}  // namespace pdurate::engine
