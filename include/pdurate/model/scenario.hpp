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

// Why a scenario cannot be carried out (engine::evaluate finds these; readers/what_if, which
// reads the options that make a scenario, words them).
struct ScenarioProblem {
  enum class Kind {
    NoCaseLeft,     // the exclusions and filters leave no case to rate
    ShiftTooLarge,  // a shift turns more answers than the question has to turn
  };
  Kind kind = Kind::NoCaseLeft;
  std::size_t cases = 0;      // NoCaseLeft: the cases there were
  std::size_t shift = 0;      // ShiftTooLarge: its index in Scenario::shifts
  std::size_t available = 0;  // ShiftTooLarge: the No (or Yes) answers there are
};

struct Scenario {
  std::map<std::size_t, OrganisationalRating> ratings;  // replace the inspection's
  std::vector<AnswerChange> answers;
  std::vector<std::size_t> excluded;  // case indices
  std::vector<CaseFilter> filters;
  std::vector<Shift> shifts;
  std::vector<std::string> described;  // each change in words, in the order given
  // What-ifs given that change nothing (an answer or rating as recorded), one sentence each.
  std::vector<std::string> notes;

  bool empty() const {
    return ratings.empty() && answers.empty() && excluded.empty() && filters.empty() && shifts.empty();
  }
};

}  // namespace pdurate::model
