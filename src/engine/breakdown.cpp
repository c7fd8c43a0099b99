#include "pdurate/engine/breakdown.hpp"

#include <algorithm>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {
namespace {

BreakdownGroup make_group(const rules::Rules& rules, std::string value, const Tallies& tallies, bool too_small) {
  BreakdownGroup g;
  g.value = std::move(value);
  g.cases = tallies.cases;
  g.tallies = tallies;
  g.too_small = too_small;
  g.ratings.resize(rules.standards.size());
  if (too_small) return g;
  // Rated alone: organisational ratings play no part in a casework standard's rating.
  const Result result = rate(rules, g.tallies, {});
  for (const auto& s : result.standards)
    if (rules.standards[s.standard].casework()) g.ratings[s.standard] = s.rating;
  return g;
}

}  // namespace

Breakdown breakdown(const rules::Rules& rules, const model::AttributeTallies& counted, std::size_t attribute,
                    std::size_t min_group_size) {
  Breakdown b;
  b.attribute = attribute;
  b.name = counted.name;
  b.min_group_size = min_group_size;
  for (const auto& [value, tallies] : counted.by_value)
    b.groups.push_back(make_group(rules, value, tallies, tallies.cases < min_group_size));
  std::stable_sort(b.groups.begin(), b.groups.end(),
                   [](const BreakdownGroup& x, const BreakdownGroup& y) { return x.cases > y.cases; });
  b.total = make_group(rules, "", counted.total, false);
  return b;
}

Breakdown breakdown(const rules::Rules& rules, const model::CaseSet& cases, std::size_t attribute,
                    std::size_t min_group_size) {
  return breakdown(rules, model::tallies_by(cases, attribute), attribute, min_group_size);
}

}  // namespace pdurate::engine
