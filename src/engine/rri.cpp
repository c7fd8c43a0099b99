#include "pdurate/engine/rri.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "pdurate/engine/wilson.hpp"

namespace pdurate::engine {

RelativeRate relative_rate(std::size_t question, const Tally& group, const Tally& reference, double level_percent) {
  RelativeRate r;
  r.question = question;
  r.group = group;
  r.reference = reference;
  if (group.relevant() == 0) {
    r.suppressed = "no relevant cases in the group";
    return r;
  }
  if (reference.relevant() == 0) {
    r.suppressed = "no relevant cases in the reference group";
    return r;
  }
  if (reference.yes == 0) {
    r.suppressed = "no Yes answers in the reference group: the ratio is undefined";
    return r;
  }
  const double a = static_cast<double>(group.yes), n1 = static_cast<double>(group.relevant());
  const double b = static_cast<double>(reference.yes), n2 = static_cast<double>(reference.relevant());
  r.ratio = (a / n1) / (b / n2);
  if (group.yes == 0) {
    r.suppressed = "no Yes answers in the group: the log interval is undefined";
    return r;
  }
  const double se = std::sqrt(1 / a - 1 / n1 + 1 / b - 1 / n2);
  const double z = z_for_confidence(level_percent);
  r.low = std::exp(std::log(*r.ratio) - z * se);
  r.high = std::exp(std::log(*r.ratio) + z * se);
  r.excludes_one = *r.high < 1 || *r.low > 1;
  return r;
}

RelativeRates relative_rates(const rules::Rules& rules, const model::CaseSet& cases, std::size_t attribute,
                             std::string_view reference, std::size_t min_group_size, double level_percent) {
  return relative_rates(rules, model::tallies_by(cases, attribute), attribute, reference, min_group_size, level_percent);
}

RelativeRates relative_rates(const rules::Rules& rules, const model::AttributeTallies& counted, std::size_t attribute,
                             std::string_view reference, std::size_t min_group_size, double level_percent) {
  RelativeRates out;
  out.attribute = attribute;
  out.name = counted.name;
  out.reference = std::string(reference);
  out.level = level_percent;
  out.min_group_size = min_group_size;

  const std::size_t questions = rules.questions.size();
  const auto& groups = counted.by_value;
  const auto ref = groups.find(reference);
  const std::size_t ref_cases = ref == groups.end() ? 0 : ref->second.cases;
  out.reference_cases = ref_cases;
  if (ref_cases < min_group_size)
    out.suppressed = fmt::format("the reference group {} has {} case{}, under the minimum of {}", reference, ref_cases,
                                 ref_cases == 1 ? "" : "s", min_group_size);
  for (const auto& [value, entry] : groups) {
    if (value == reference) continue;
    const std::size_t count = entry.cases;
    const auto& tallies = entry.questions;
    RelativeRateGroup g;
    g.value = value;
    g.cases = count;
    if (!out.suppressed.empty())
      g.suppressed = out.suppressed;
    else if (count < min_group_size)
      g.suppressed = fmt::format("{} case{}, under the minimum of {}", count, count == 1 ? "" : "s", min_group_size);
    for (std::size_t q = 0; q < questions; ++q) {
      if (!counted.total.present[q]) continue;
      const Tally ref_tally = ref == groups.end() ? Tally{} : ref->second.questions[q];
      if (g.suppressed.empty()) {
        g.key_questions.push_back(relative_rate(q, tallies[q], ref_tally, level_percent));
      } else {
        RelativeRate r;
        r.question = q;
        r.group = tallies[q];
        r.reference = ref_tally;
        r.suppressed = g.suppressed;
        g.key_questions.push_back(r);
      }
    }
    out.groups.push_back(std::move(g));
  }
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [](const RelativeRateGroup& x, const RelativeRateGroup& y) { return x.cases > y.cases; });
  return out;
}

}  // namespace pdurate::engine
