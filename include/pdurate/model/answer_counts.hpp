// Counts of Yes, No and N/A per question over a set of cases. The rating engine works on these
// counts alone; readers fill them as they read, so rating needs no per-case storage.
#pragma once

#include <cstddef>
#include <vector>

namespace pdurate::model {

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

class CaseSet;

// Counts every case in the set.
Tallies count_answers(const CaseSet& cases);

}  // namespace pdurate::model
