#include "pdurate/model/answer_counts.hpp"

#include <array>

#include "pdurate/model/case_set.hpp"

namespace pdurate::model {

Tallies count_answers(const CaseSet& cases) {
  Tallies t;
  t.cases = cases.size();
  t.questions.resize(cases.question_count());
  t.present.resize(cases.question_count());
  for (std::size_t q = 0; q < cases.question_count(); ++q) {
    t.present[q] = cases.has_question(q);
    std::array<std::size_t, 3> counts{};
    for (std::size_t c = 0; c < cases.size(); ++c) ++counts[static_cast<std::size_t>(cases.answer(c, q))];
    t.questions[q] = Tally{counts[0], counts[1], counts[2]};
  }
  return t;
}

}  // namespace pdurate::model
