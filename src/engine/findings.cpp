#include "pdurate/engine/findings.hpp"

namespace pdurate::engine {

std::vector<FindingResult> tabulate_findings(const rules::Rules& rules, const Tallies& tallies, double level_percent) {
  std::vector<FindingResult> out;
  for (std::size_t f = 0; f < rules.findings.size(); ++f) {
    const std::size_t slot = rules.finding_slot(f);
    if (slot >= tallies.questions.size() || !tallies.present[slot]) continue;
    FindingResult r{f, tallies.questions[slot], std::nullopt};
    if (r.tally.relevant() > 0) r.interval = wilson(r.tally.yes, r.tally.relevant(), level_percent);
    out.push_back(r);
  }
  return out;
}

}  // namespace pdurate::engine
