#include "pdurate/engine/compare.hpp"

namespace pdurate::engine {

Comparison compare(const Result& before, const Result& after) {
  Comparison c;
  c.cases_before = before.cases;
  c.cases_after = after.cases;
  for (std::size_t s = 0; s < before.standards.size() && s < after.standards.size(); ++s) {
    const auto& b = before.standards[s];
    const auto& a = after.standards[s];
    for (std::size_t k = 0; k < b.key_questions.size() && k < a.key_questions.size(); ++k) {
      const auto& kb = b.key_questions[k];
      const auto& ka = a.key_questions[k];
      if (kb.tally != ka.tally || kb.band != ka.band)
        c.key_questions.push_back({kb.question, kb.tally, ka.tally, kb.band, ka.band});
    }
    if (b.rating != a.rating || b.lowest != a.lowest || b.highest != a.highest)
      c.standards.push_back({b.standard, b.rating, a.rating});
  }
  c.score_changed = before.score != after.score || before.score_min != after.score_min ||
                    before.score_max != after.score_max;
  c.overall_changed = before.overall != after.overall || before.overall_lowest != after.overall_lowest ||
                      before.overall_highest != after.overall_highest;
  return c;
}

}  // namespace pdurate::engine
