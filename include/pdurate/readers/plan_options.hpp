// The options of pdu-rate plan and sample as users write them, checked and turned into numbers:
//   --population community=2000 (or --population 3800: one unsplit population)
//   --margin 10 (points)   --n 80 (cases)
// Each problem is added to `errors` as "--option 'text': what is wrong, and how to fix it".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/model/stratum.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

// Populations above this are refused (far above any probation caseload; keeps the allocation's
// integer arithmetic exact).
inline constexpr std::size_t kMaxPopulation = 10'000'000;

// The strata of the --population values: NAME=COUNT each, names distinct, counts from 1 to
// kMaxPopulation, adding up to at most kMaxPopulation; or one COUNT alone (named "all").
std::optional<std::vector<model::Stratum>> parse_populations(const std::vector<std::string>& texts,
                                                              util::Diagnostics& errors);

// A margin of error in points, above 0 and at most 50 ("10", "7.5", "10%").
std::optional<double> parse_margin(const std::string& text, util::Diagnostics& errors);

// A number of cases for `option`: a whole number from 1 up.
std::optional<std::size_t> parse_cases(const std::string& option, const std::string& text, util::Diagnostics& errors);

}  // namespace pdurate::readers
