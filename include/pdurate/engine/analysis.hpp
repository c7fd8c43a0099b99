// The analysis of a rated result (issue 5): its findings, the sampling error of every key
// question and standard, rating probabilities from resampling, breakdowns by attribute and
// relative rate indices. It describes the result shown: with a what-if, the what-if's cases.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "pdurate/engine/breakdown.hpp"
#include "pdurate/engine/findings.hpp"
#include "pdurate/engine/resampling.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/engine/rri.hpp"
#include "pdurate/engine/sampling_error.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/model/analysis_request.hpp"
#include "pdurate/model/case_groups.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/progress.hpp"

namespace pdurate::engine {

struct Analysis {
  model::AnalysisRequest request;
  std::vector<FindingResult> findings;
  SamplingError sampling;
  RatingProbabilities probabilities;
  std::vector<Breakdown> breakdowns;
  std::vector<RelativeRates> relative_rates;
};

// `cases` are the cases rated (after any what-if, with shifts made on cases: see
// apply_shifts), `tallies` and `ratings` what `result` was rated from. `cases` may be empty
// (counts only) unless request.needs_cases(). Rating probabilities are computed only when
// request.probabilities; otherwise none is given and resamples is 0. `progress` hears of the
// resampling.
Analysis analyse(const rules::Rules& rules, const model::CaseSet& cases, const Tallies& tallies,
                 const std::map<std::size_t, model::OrganisationalRating>& ratings, const Result& result,
                 const model::AnalysisRequest& request, util::Progress* progress = nullptr);
// The same with breakdowns and relative rates counted from `groups` when it is given (the input
// read as counts by attribute value, readers::CaseDetail::Groups); `cases` may then be empty
// unless request.probabilities.
Analysis analyse(const rules::Rules& rules, const model::CaseSet& cases, const model::CaseGroups* groups,
                 const Tallies& tallies, const std::map<std::size_t, model::OrganisationalRating>& ratings,
                 const Result& result, const model::AnalysisRequest& request, util::Progress* progress = nullptr);

}  // namespace pdurate::engine
