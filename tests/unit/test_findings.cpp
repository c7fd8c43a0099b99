// Findings are tabulated from the slots after the key questions, only where the input has them.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/findings.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {
std::size_t slot(std::string_view id) { return R().finding_slot(*R().find_finding(id)); }
}  // namespace

TEST_CASE("present findings are tabulated in rules order with an interval") {
  model::CaseSet cases(R().question_slots());
  for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
  cases.mark_present(slot("F.risk-work"));
  cases.mark_present(slot("P2.3.3.a"));
  cases.mark_present(slot("F.reset"));
  const model::Answer risk[] = {model::Answer::Yes, model::Answer::No, model::Answer::No, model::Answer::NotApplicable};
  for (std::size_t c = 0; c < 4; ++c) {
    cases.add_case("C" + std::to_string(c), 0);
    cases.set_answer(c, slot("F.risk-work"), risk[c]);
    cases.set_answer(c, slot("P2.3.3.a"), model::Answer::Yes);
    // F.reset: N/A everywhere.
  }
  const auto t = model::count_answers(cases);
  const auto found = engine::tabulate_findings(R(), t, 80);
  REQUIRE(found.size() == 3u);
  CHECK(R().findings[found[0].finding].id == "P2.3.3.a");  // rules order, not column order
  CHECK(R().findings[found[1].finding].id == "F.reset");
  CHECK(R().findings[found[2].finding].id == "F.risk-work");
  CHECK(found[0].tally == engine::Tally{4, 0, 0});
  CHECK(found[2].tally == engine::Tally{1, 2, 1});
  REQUIRE(found[2].interval);
  CHECK(found[2].interval->low == doctest::Approx(engine::wilson(1, 3, 80).low));
  CHECK_FALSE(found[1].interval);  // no relevant cases
  // Findings never change a rating: turning every finding answer to No changes no standard.
  auto changed = cases;
  for (std::size_t c = 0; c < changed.size(); ++c)
    for (std::size_t f = 0; f < R().findings.size(); ++f) changed.set_answer(c, R().finding_slot(f), model::Answer::No);
  const auto before = engine::rate(R(), t, {});
  const auto after = engine::rate(R(), model::count_answers(changed), {});
  CHECK(model::count_answers(changed).questions[slot("P2.3.3.a")] == engine::Tally{0, 4, 0});
  for (std::size_t s = 0; s < before.standards.size(); ++s) CHECK(before.standards[s].rating == after.standards[s].rating);
}

TEST_CASE("tallies with key question slots only have no findings") {
  engine::Tallies t;
  t.questions.resize(R().questions.size());
  t.present.assign(R().questions.size(), true);
  CHECK(engine::tabulate_findings(R(), t, 80).empty());
}
