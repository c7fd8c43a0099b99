// What the analysis of a result is asked for (issue 5): the confidence level of the intervals,
// the breakdowns (--by), the relative rate comparisons (--rri) and the resampling settings.
// Built by readers/analysis_options from the rules' `sampling:` settings and the command line;
// carried out by engine/analysis.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pdurate::model {

struct RelativeRateRequest {
  std::size_t attribute = 0;  // index into the case set's attributes
  std::string reference;      // the value of the reference group
};

struct AnalysisRequest {
  double confidence = 80;                // percent, of key-question and finding intervals
  std::size_t min_group_size = 10;       // breakdown groups and RRI groups smaller are not rated / suppressed
  double relative_rate_confidence = 95;  // percent
  std::size_t resamples = 10000;         // bootstrap resamples for rating probabilities
  std::uint64_t seed = 1;
  // Rating probabilities cost a bootstrap over the cases (tens of milliseconds for an inspection,
  // seconds for a national extract), so they are computed only when asked for.
  bool probabilities = false;
  std::vector<std::size_t> by;           // attributes to break down by, in the order given
  std::vector<RelativeRateRequest> relative_rates;

  // Whether the analysis needs more than the counts: each case, or (breakdowns and relative
  // rates only) the counts by attribute value (model/case_groups.hpp).
  bool needs_cases() const { return probabilities || !by.empty() || !relative_rates.empty(); }
};

}  // namespace pdurate::model
