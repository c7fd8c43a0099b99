#include "pdurate/engine/sampling_error.hpp"

#include <algorithm>

namespace pdurate::engine {

Level band_of_percent(const rules::Rules& rules, double percent, rules::Comparison comparison) {
  Level result = rules.bands.front().rating;
  for (const auto& b : rules.bands) {
    const double edge = comparison == rules::Comparison::Exact ? b.min_percent : b.min_percent - 0.5;
    if (percent >= edge) result = b.rating;
  }
  return result;
}

SamplingError sampling_error(const rules::Rules& rules, const Result& result, double level_percent) {
  SamplingError out;
  out.level = level_percent;
  out.key_questions.resize(rules.questions.size());
  out.standards.resize(rules.standards.size());
  for (const auto& s : result.standards) {
    std::optional<Level> lowest, highest;
    bool all_present = true;
    for (const auto& kq : s.key_questions) {
      all_present = all_present && kq.present;
      if (!kq.band) continue;
      KeyQuestionSampling k;
      k.interval = wilson(kq.tally.yes, kq.tally.relevant(), level_percent);
      k.lowest = band_of_percent(rules, 100 * k.interval.low, result.comparison);
      k.highest = band_of_percent(rules, 100 * k.interval.high, result.comparison);
      lowest = std::min(lowest.value_or(rules.top()), k.lowest);
      highest = std::min(highest.value_or(rules.top()), k.highest);
      out.key_questions[kq.question] = k;
    }
    // A standard rated although a key question is missing (it cannot go lower) has no range:
    // higher up, the missing answers would decide.
    if (s.basis == Basis::Casework && all_present && lowest) out.standards[s.standard] = StandardSampling{*lowest, *highest};
  }
  return out;
}

}  // namespace pdurate::engine
