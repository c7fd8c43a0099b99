// Cases counted rather than kept: the answer counts of each distinct combination of the values
// of a few attributes (those a breakdown, relative rate or filter looks at) and of whether the
// case's id is one of a few named ids (--exclude). Enough for breakdowns, relative rates and
// filters, in memory that grows with the number of distinct combinations, not of cases.
// Readers fill it in one pass (readers::CaseDetail::Groups); the engine reads it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/model/answer_counts.hpp"

namespace pdurate::model {

class CaseSet;

// The cases counted by the values of one attribute, as a breakdown or relative rate needs them.
struct AttributeTallies {
  std::string name;
  std::map<std::string, Tallies, std::less<>> by_value;  // each value's cases ("" for none)
  Tallies total;                                         // every case
};

// Counts like count_answers(): every slot, an absent question N/A for every case.
AttributeTallies tallies_by(const CaseSet& cases, std::size_t attribute);

struct CaseGroups {
  struct Group {
    std::vector<std::uint32_t> values;  // per tracked attribute: the index in values[]
    std::uint32_t named = 0;            // 1 + the index in named_ids of the case's id, or 0
    Tallies tallies;                    // its cases, counted like count_answers()
  };

  std::vector<std::string> attribute_names;  // every attribute column, numbered as in a CaseSet
  std::vector<bool> present;                 // per answer slot: the input had a column for it
  std::vector<std::size_t> tracked;          // the attributes counted by (indices into attribute_names)
  std::vector<std::vector<std::string>> values;  // per tracked attribute: the distinct values of every case read
  std::vector<std::string> named_ids;        // ids counted apart (--exclude)
  std::vector<bool> named_found;             // per named id: a case has it
  // Every case id, in input order, read only when a named id was not found (to suggest one).
  std::vector<std::string> all_ids;
  std::vector<Group> groups;

  std::optional<std::size_t> find_attribute(std::string_view name) const;
  // The distinct values of a tracked attribute over every case; null when it is not tracked.
  const std::vector<std::string>* values_of(std::size_t attribute) const;
  // The value of a tracked attribute shared by a group's cases.
  std::string_view value(const Group& group, std::size_t attribute) const;
  std::size_t cases() const;
  // The counts of every case, or of the groups with keep[g].
  Tallies total(const std::vector<bool>* keep = nullptr) const;
  // A tracked attribute's values with their counts, as tallies_by(CaseSet) gives them.
  AttributeTallies by(std::size_t attribute) const;
  // The groups with keep[g], the rest as it is.
  CaseGroups subset(const std::vector<bool>& keep) const;
};

// Adds `from`'s counts and cases to `into` (same slots).
void add_tallies(Tallies& into, const Tallies& from);

}  // namespace pdurate::model
