#include "pdurate/model/answer_counts.hpp"

#include "pdurate/model/case_set.hpp"

namespace pdurate::model {
namespace {

template <class Each>
Tallies count(const CaseSet& cases, std::size_t size, Each each) {
  Tallies t;
  t.cases = size;
  t.questions.resize(cases.question_count());
  t.present.resize(cases.question_count());
  for (std::size_t q = 0; q < cases.question_count(); ++q) {
    t.present[q] = cases.has_question(q);
    if (t.present[q]) each([&](std::size_t c) { t.questions[q].add(cases.answer(c, q)); });
    else t.questions[q].na = size;  // an absent question answers N/A for every case
  }
  return t;
}

}  // namespace

Tallies count_answers(const CaseSet& cases) {
  return count(cases, cases.size(), [&](auto add) {
    for (std::size_t c = 0; c < cases.size(); ++c) add(c);
  });
}

Tallies count_answers(const CaseSet& cases, const std::vector<std::size_t>& members) {
  return count(cases, members.size(), [&](auto add) {
    for (auto c : members) add(c);
  });
}

}  // namespace pdurate::model
