// The attribute columns, their values and the case ids of an inspection, whether it was read
// with its cases or as groups (model/case_groups.hpp): what the what-if and analysis options
// are resolved against, with the same words either way.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/model/inspection.hpp"

namespace pdurate::readers {

inline const std::vector<std::string>& attribute_names(const model::Inspection& inspection) {
  return inspection.groups ? inspection.groups->attribute_names : inspection.cases.attribute_names();
}

inline std::optional<std::size_t> find_attribute(const model::Inspection& inspection, std::string_view name) {
  return inspection.groups ? inspection.groups->find_attribute(name) : inspection.cases.find_attribute(name);
}

// The values the cases have for an attribute (as grouped: one the groups track).
inline std::set<std::string> attribute_values(const model::Inspection& inspection, std::size_t attribute) {
  std::set<std::string> values;
  if (inspection.groups) {
    if (const auto* list = inspection.groups->values_of(attribute)) values.insert(list->begin(), list->end());
    return values;
  }
  for (std::size_t c = 0; c < inspection.cases.size(); ++c) values.emplace(inspection.cases.attribute(c, attribute));
  return values;
}

// The case with this id: its index in the cases, or (as grouped) in groups->named_ids.
inline std::optional<std::size_t> find_case(const model::Inspection& inspection, std::string_view id) {
  if (!inspection.groups) return inspection.cases.find(id);
  const auto& g = *inspection.groups;
  for (std::size_t i = 0; i < g.named_ids.size(); ++i)
    if (g.named_ids[i] == id && g.named_found[i]) return i;
  return std::nullopt;
}

// Every case id, in input order (as grouped: read only when a named id is on no case).
inline std::vector<std::string> case_ids(const model::Inspection& inspection) {
  if (inspection.groups) return inspection.groups->all_ids;
  std::vector<std::string> ids;
  for (std::size_t c = 0; c < inspection.cases.size(); ++c) ids.emplace_back(inspection.cases.id(c));
  return ids;
}

}  // namespace pdurate::readers
