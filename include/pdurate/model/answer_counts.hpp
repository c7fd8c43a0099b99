// Counts of Yes, No and N/A per question over a set of cases. The rating engine works on these
// counts alone; readers fill them as they read, so rating needs no per-case storage.
#pragma once

#include <cstddef>
#include <vector>

#include "pdurate/model/answer.hpp"

namespace pdurate::model {

struct Tally {
  std::size_t yes = 0;
  std::size_t no = 0;
  std::size_t na = 0;
  std::size_t relevant() const { return yes + no; }
  // The count of one answer; add() and remove() change it by one.
  std::size_t& of(Answer a) { return a == Answer::Yes ? yes : a == Answer::No ? no : na; }
  std::size_t of(Answer a) const { return a == Answer::Yes ? yes : a == Answer::No ? no : na; }
  void add(Answer a) { ++of(a); }
  void remove(Answer a) { --of(a); }
  bool operator==(const Tally&) const = default;
};

struct Tallies {
  std::vector<Tally> questions;  // indexed as the rules' answer slots
  std::vector<bool> present;     // the input had a column for the question
  std::size_t cases = 0;
};

class CaseSet;

// Counts every case in the set, or those listed (case indices): every slot of the set.
Tallies count_answers(const CaseSet& cases);
Tallies count_answers(const CaseSet& cases, const std::vector<std::size_t>& members);

}  // namespace pdurate::model
