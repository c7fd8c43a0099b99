// Counting: Yes, No and N/A per question over a set of cases. The rating engine works on these
// counts alone, so everything that changes answers (what-if, resampling) changes tallies.
#pragma once

#include <cstddef>
#include <vector>

#include "pdurate/model/case_set.hpp"

namespace pdurate::engine {

struct Tally {
  std::size_t yes = 0;
  std::size_t no = 0;
  std::size_t na = 0;
  std::size_t relevant() const { return yes + no; }
  bool operator==(const Tally&) const = default;
};

struct Tallies {
  std::vector<Tally> questions;  // indexed as the rules' questions
  std::vector<bool> present;     // the input had a column for the question
  std::size_t cases = 0;
};

// Counts every case in the set.
Tallies tally(const model::CaseSet& cases);

}  // namespace pdurate::engine
