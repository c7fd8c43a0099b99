#include "pdurate/model/case_groups.hpp"

#include "pdurate/model/case_set.hpp"

namespace pdurate::model {
namespace {

Tallies empty_tallies(const std::vector<bool>& present) {
  Tallies t;
  t.questions.resize(present.size());
  t.present = present;
  return t;
}

}  // namespace

void add_tallies(Tallies& into, const Tallies& from) {
  into.cases += from.cases;
  for (std::size_t q = 0; q < into.questions.size() && q < from.questions.size(); ++q) {
    into.questions[q].yes += from.questions[q].yes;
    into.questions[q].no += from.questions[q].no;
    into.questions[q].na += from.questions[q].na;
  }
}

AttributeTallies tallies_by(const CaseSet& cases, std::size_t attribute) {
  AttributeTallies out;
  out.name = cases.attribute_names()[attribute];
  std::map<std::string, std::vector<std::size_t>, std::less<>> members;
  for (std::size_t c = 0; c < cases.size(); ++c) members[std::string(cases.attribute(c, attribute))].push_back(c);
  for (const auto& [value, list] : members) out.by_value.emplace(value, count_answers(cases, list));
  out.total = count_answers(cases);
  return out;
}

std::optional<std::size_t> CaseGroups::find_attribute(std::string_view name) const {
  for (std::size_t i = 0; i < attribute_names.size(); ++i)
    if (attribute_names[i] == name) return i;
  return std::nullopt;
}

const std::vector<std::string>* CaseGroups::values_of(std::size_t attribute) const {
  for (std::size_t t = 0; t < tracked.size(); ++t)
    if (tracked[t] == attribute) return &values[t];
  return nullptr;
}

std::string_view CaseGroups::value(const Group& group, std::size_t attribute) const {
  for (std::size_t t = 0; t < tracked.size(); ++t)
    if (tracked[t] == attribute) return values[t][group.values[t]];
  return {};
}

std::size_t CaseGroups::cases() const {
  std::size_t n = 0;
  for (const auto& g : groups) n += g.tallies.cases;
  return n;
}

Tallies CaseGroups::total(const std::vector<bool>* keep) const {
  Tallies t = empty_tallies(present);
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!keep || (*keep)[g]) add_tallies(t, groups[g].tallies);
  return t;
}

AttributeTallies CaseGroups::by(std::size_t attribute) const {
  AttributeTallies out;
  out.name = attribute_names[attribute];
  out.total = total();
  for (const auto& g : groups) {
    auto [it, fresh] = out.by_value.try_emplace(std::string(value(g, attribute)));
    if (fresh) it->second = empty_tallies(present);
    add_tallies(it->second, g.tallies);
  }
  return out;
}

CaseGroups CaseGroups::subset(const std::vector<bool>& keep) const {
  CaseGroups out;
  out.attribute_names = attribute_names;
  out.present = present;
  out.tracked = tracked;
  out.values = values;
  out.named_ids = named_ids;
  out.named_found = named_found;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (keep[g]) out.groups.push_back(groups[g]);
  return out;
}

}  // namespace pdurate::model
