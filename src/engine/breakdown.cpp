#include "pdurate/engine/breakdown.hpp"

#include <algorithm>
#include <map>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {
namespace {

BreakdownGroup make_group(const rules::Rules& rules, const model::CaseSet& cases, std::string value,
                          const std::vector<std::size_t>& members, bool too_small) {
  BreakdownGroup g;
  g.value = std::move(value);
  g.cases = members.size();
  g.tallies = model::count_answers(cases, members);
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

Breakdown breakdown(const rules::Rules& rules, const model::CaseSet& cases, std::size_t attribute,
                    std::size_t min_group_size) {
  Breakdown b;
  b.attribute = attribute;
  b.name = cases.attribute_names()[attribute];
  b.min_group_size = min_group_size;
  std::map<std::string, std::vector<std::size_t>, std::less<>> members;
  std::vector<std::size_t> all(cases.size());
  for (std::size_t c = 0; c < cases.size(); ++c) {
    members[std::string(cases.attribute(c, attribute))].push_back(c);
    all[c] = c;
  }
  for (const auto& [value, list] : members)
    b.groups.push_back(make_group(rules, cases, value, list, list.size() < min_group_size));
  std::stable_sort(b.groups.begin(), b.groups.end(),
                   [](const BreakdownGroup& x, const BreakdownGroup& y) { return x.cases > y.cases; });
  b.total = make_group(rules, cases, "", all, false);
  return b;
}

}  // namespace pdurate::engine
