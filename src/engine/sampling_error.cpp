#include "pdurate/engine/sampling_error.hpp"

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {

SamplingError sampling_error(const rules::Rules& rules, const Result& result, double level_percent) {
  SamplingError out;
  out.level = level_percent;
  out.key_questions.resize(rules.questions.size());
  out.standards.resize(rules.standards.size());
  for (const auto& s : result.standards) {
    std::vector<Level> lows, highs;  // the bands of each key question's interval ends
    bool all_present = true;
    for (const auto& kq : s.key_questions) {
      all_present = all_present && kq.present;
      if (!kq.band) continue;
      KeyQuestionSampling k;
      k.interval = wilson(kq.tally.yes, kq.tally.relevant(), level_percent);
      k.lowest = band_of_percent(rules, 100 * k.interval.low, result.comparison);
      k.highest = band_of_percent(rules, 100 * k.interval.high, result.comparison);
      lows.push_back(k.lowest);
      highs.push_back(k.highest);
      out.key_questions[kq.question] = k;
    }
    // A standard rated although a key question is missing (it cannot go lower) has no range:
    // higher up, the missing answers would decide.
    if (s.basis == Basis::Casework && all_present && !lows.empty())
      out.standards[s.standard] = StandardSampling{casework_rating(lows), casework_rating(highs)};
  }
  return out;
}

}  // namespace pdurate::engine
