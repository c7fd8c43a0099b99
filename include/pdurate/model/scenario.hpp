// What-if: a set of changes to an inspection, applied without editing its files. Built from the
// command line by readers/what_if; applied by engine/scenario.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "pdurate/model/answer.hpp"
#include "pdurate/model/inspection.hpp"

namespace pdurate::model {

struct AnswerChange {
  std::size_t case_index = 0;
  std::size_t question = 0;
  Answer to = Answer::Yes;
};

// Keep cases whose attribute equals (or, with equals == false, differs from) value. Filters on
// one attribute with '=' are alternatives (grade=PO or grade=PSO); all others must all hold.
struct CaseFilter {
  std::size_t attribute = 0;
  std::string value;
  bool equals = true;
};

// Turn `delta` No answers into Yes (delta > 0) or Yes into No (delta < 0), no case named.
struct Shift {
  std::size_t question = 0;
  long delta = 0;
};

struct Scenario {
  std::map<std::size_t, OrganisationalRating> ratings;  // replace the inspection's
  std::vector<AnswerChange> answers;
  std::vector<std::size_t> excluded;  // case indices
  std::vector<CaseFilter> filters;
  std::vector<Shift> shifts;
  std::vector<std::string> described;  // each change in words, in the order given

  bool empty() const {
    return ratings.empty() && answers.empty() && excluded.empty() && filters.empty() && shifts.empty();
  }
};

}  // namespace pdurate::model
