// Findings: the further questions the rules declare (prompts under key questions, free-standing
// findings) that are tabulated like key questions and never rated. Their answers sit in the
// case set's slots after the key questions (Rules::finding_slot), so model::count_answers() counts them and
// rate() never looks at them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdurate/engine/tally.hpp"
#include "pdurate/engine/wilson.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct FindingResult {
  std::size_t finding = 0;           // index into Rules::findings
  Tally tally;
  std::optional<Interval> interval;  // Wilson, at the requested level; none without relevant cases
};

// The findings the input answered (had a column for), in the rules' order. Tallies built for
// fewer slots than the rules have (key questions only) simply have no findings.
std::vector<FindingResult> tabulate_findings(const rules::Rules& rules, const Tallies& tallies, double level_percent);

}  // namespace pdurate::engine
