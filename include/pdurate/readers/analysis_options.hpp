// The analysis options as users write them (issue 5), resolved against the rules and the cases:
//   --by grade   --confidence 95   --rri grade=PO   --seed 42
// Settings not given come from the rules' `sampling:` section.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/analysis_request.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

struct AnalysisText {
  std::vector<std::string> by;   // ATTRIBUTE
  std::string confidence;        // LEVEL: a percentage above 0 and below 100 ("95", "99.5", "90%"); empty: the rules'
  std::vector<std::string> rri;  // ATTRIBUTE=REFERENCE
  std::string seed;              // a whole number from 0 to 2^53 - 1 (exact in JSON); empty: the rules'
  bool probabilities = false;    // --probabilities: bootstrap the rating probabilities
};

// A confidence level as --confidence takes it, or nullopt with "--confidence 'x': ..." added.
std::optional<double> parse_confidence(const std::string& text, util::Diagnostics& errors);
// A seed as --seed takes it (0 to 2^53 - 1), or nullopt with "--seed 'x': ..." added.
std::optional<std::uint64_t> parse_seed(const std::string& text, util::Diagnostics& errors);
inline constexpr std::uint64_t kMaxSeed = (std::uint64_t{1} << 53) - 1;

// Checks what can be checked without the cases (the level, the seed, the shape of --rri),
// adding one diagnostic per problem.
void check_analysis(const AnalysisText& text, util::Diagnostics& errors);

// The request for `inspection`: also checks that each attribute exists (with a did-you-mean) and
// that each --rri reference value occurs. On any problem adds diagnostics and returns nullopt.
std::optional<model::AnalysisRequest> build_analysis(const rules::Rules& rules, const model::Inspection& inspection,
                                                     const AnalysisText& text, util::Diagnostics& errors);

}  // namespace pdurate::readers
