// Breakdowns: the cases split by one attribute (case_type, grade, office, ...), with each
// group's tallies (key questions and findings) and the rating each casework standard would have
// on that group alone. The splits an inspection report quotes ("25 of 30 cases held by POs").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/tally.hpp"
#include "pdurate/model/case_groups.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct BreakdownGroup {
  std::string value;     // the attribute's value ("" for cases that have none)
  std::size_t cases = 0;
  Tallies tallies;       // every slot of the case set: key questions and findings
  bool too_small = false;  // fewer cases than the minimum group size: shown, not rated
  // By standard index: the rating of a casework standard rated on this group alone; none for
  // organisational standards, a group too small, or a standard the group cannot rate.
  std::vector<std::optional<rules::Level>> ratings;
};

struct Breakdown {
  std::size_t attribute = 0;  // index into the case set's attributes
  std::string name;
  std::size_t min_group_size = 0;
  std::vector<BreakdownGroup> groups;  // most cases first, then by value
  BreakdownGroup total;                // every case (never too small)
};

// Splits `cases` by `attribute`. A group with fewer than `min_group_size` cases is too small.
Breakdown breakdown(const rules::Rules& rules, const model::CaseSet& cases, std::size_t attribute,
                    std::size_t min_group_size);
// The same from the cases counted by the attribute's values (CaseSet or CaseGroups::by), without
// the cases themselves.
Breakdown breakdown(const rules::Rules& rules, const model::AttributeTallies& counted, std::size_t attribute,
                    std::size_t min_group_size);

}  // namespace pdurate::engine
