// What-if: selecting cases, changing answers, shifting counts, comparing results, pivotal answers.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/pivotal.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/engine/scenario.hpp"
#include "pdurate/readers/what_if.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using model::Answer;
using namespace pdurate::test;

namespace {

// Five cases, every question Yes except case C's 2.1.1 (No); attribute grade: PO, PO, PSO, PSO, PQiP.
model::CaseSet five_cases() {
  model::CaseSet cases(R().questions.size());
  for (std::size_t i = 0; i < R().questions.size(); ++i) cases.mark_present(i);
  const auto grade = cases.add_attribute("grade");
  const char* grades[] = {"PO", "PO", "PSO", "PSO", "PQiP"};
  for (int i = 0; i < 5; ++i) {
    const auto c = *cases.add_case(std::string(1, static_cast<char>('A' + i)), static_cast<std::size_t>(i + 2));
    for (std::size_t k = 0; k < R().questions.size(); ++k) cases.set_answer(c, k, Answer::Yes);
    cases.set_attribute(c, grade, grades[i]);
  }
  cases.set_answer(2, question("2.1.1"), Answer::No);
  return cases;
}

std::map<std::size_t, model::OrganisationalRating> good() {
  std::map<std::size_t, model::OrganisationalRating> m;
  for (auto id : {"P1.1", "P1.2", "P1.3"}) m[*R().find_standard(id)] = {*R().find_rating("Good"), "", {}};
  return m;
}

}  // namespace

TEST_CASE("filters on one attribute are alternatives and exclusions count separately") {
  const auto cases = five_cases();
  model::Scenario s;
  s.filters = {{0, "PO", true}, {0, "PSO", true}};
  s.excluded = {1};
  const auto sel = engine::select(cases, s);
  CHECK(sel.keep == std::vector<bool>{true, false, true, true, false});
  CHECK(sel.excluded_by_id == 1);
  CHECK(sel.excluded_by_filter == 1);
  CHECK(sel.kept() == 3);

  model::Scenario not_pso;
  not_pso.filters = {{0, "PSO", false}};
  CHECK(engine::select(cases, not_pso).kept() == 3);
}

TEST_CASE("answer changes apply to the kept cases only") {
  const auto cases = five_cases();
  model::Scenario s;
  s.answers = {{2, question("2.1.1"), Answer::Yes}, {4, question("2.1.2"), Answer::No}};
  s.excluded = {4};
  const auto changed = engine::apply_to_cases(cases, s, engine::select(cases, s));
  REQUIRE(changed.size() == 4);
  CHECK(changed.answer(*changed.find("C"), question("2.1.1")) == Answer::Yes);
  CHECK_FALSE(changed.find("E"));
  CHECK(changed.attribute(*changed.find("C"), 0) == "PSO");
  CHECK(cases.answer(2, question("2.1.1")) == Answer::No);  // the original is untouched
}

TEST_CASE("shifts move counts and refuse more than there are") {
  const auto cases = five_cases();
  model::Scenario s;
  s.shifts = {{question("2.1.1"), 1}, {question("2.2.1"), -3}};
  CHECK(engine::impossible_shifts(model::count_answers(cases), s).empty());
  const auto t = engine::shifted(model::count_answers(cases), s);
  CHECK(t.questions[question("2.1.1")] == engine::Tally{5, 0, 0});
  CHECK(t.questions[question("2.2.1")] == engine::Tally{2, 3, 0});
  // Each shift sees the ones before it: after +1 there is no No left on 2.1.1 to turn.
  s.shifts = {{question("2.1.1"), 2}, {question("2.1.1"), 1}, {question("2.1.1"), 1}};
  const auto problems = engine::impossible_shifts(model::count_answers(cases), s);
  REQUIRE(problems.size() == 2u);
  CHECK(problems[0].kind == model::ScenarioProblem::Kind::ShiftTooLarge);
  CHECK(problems[0].shift == 0u);
  CHECK(problems[0].available == 1u);
  CHECK(problems[1].shift == 2u);
  CHECK(problems[1].available == 0u);
  util::Diagnostics errors;
  readers::report_problems(R(), s, problems, errors);
  CHECK(lines(errors) == std::vector<std::string>{"--shift 2.1.1=+2: only 1 No answers to turn into Yes",
                                                  "--shift 2.1.1=+1: only 0 No answers to turn into Yes"});
}

TEST_CASE("shifts made on cases change the first cases in order and match the shifted tallies") {
  const auto cases = five_cases();
  model::Scenario s;
  s.shifts = {{question("2.1.1"), 1}, {question("2.2.1"), -3}, {question("2.2.1"), 1}};
  const auto shifted = engine::apply_shifts(cases, s);
  const auto t = engine::shifted(model::count_answers(cases), s);
  CHECK(model::count_answers(shifted).questions == t.questions);
  CHECK(shifted.answer(2, question("2.1.1")) == Answer::Yes);  // C's No, the only one
  // -3 on 2.2.1 turns A, B and C to No; +1 then turns A back.
  CHECK(shifted.answer(0, question("2.2.1")) == Answer::Yes);
  CHECK(shifted.answer(1, question("2.2.1")) == Answer::No);
  CHECK(shifted.answer(2, question("2.2.1")) == Answer::No);
  CHECK(shifted.answer(3, question("2.2.1")) == Answer::Yes);
  CHECK(cases.answer(1, question("2.2.1")) == Answer::Yes);  // the original is untouched
}

TEST_CASE("what-if changes list exactly what changed") {
  const auto cases = five_cases();
  const auto before = engine::rate(R(), model::count_answers(cases), good());
  auto changed = cases;
  changed.set_answer(0, question("2.1.1"), Answer::No);  // 2.1.1: 3/5 = 60% Requires improvement
  const auto after = engine::rate(R(), model::count_answers(changed), good());
  const auto c = engine::what_if_changes(before, after);
  REQUIRE(c.key_questions.size() == 1);
  CHECK(c.key_questions[0].question == question("2.1.1"));
  CHECK(c.key_questions[0].band_after == R().find_rating("Requires improvement"));
  REQUIRE(c.standards.size() == 1);
  CHECK(c.standards[0].standard == *R().find_standard("P2.1"));
  CHECK(c.score_changed);
  CHECK(c.overall_changed);  // 18/21 Outstanding -> 16/21 Good
  CHECK_FALSE(engine::what_if_changes(before, before).any());
}

TEST_CASE("pivotal answers are the single changes that move a standard") {
  const auto cases = five_cases();
  const auto tallies = model::count_answers(cases);
  const auto result = engine::rate(R(), tallies, good());
  const auto pivotal = engine::pivotal(R(), cases, tallies, good(), result);
  // 2.1.1 is 4/5 = 80%: Yes -> No gives 60% (Requires improvement), Yes -> N/A gives 75% (Good).
  REQUIRE(pivotal.size() == 2);
  for (const auto& p : pivotal) {
    CHECK(p.question == question("2.1.1"));
    CHECK(p.from == Answer::Yes);
    CHECK(p.cases == std::vector<std::size_t>{0, 1, 3, 4});
  }
  CHECK(pivotal[0].to == Answer::No);
  CHECK(pivotal[0].rating_after == R().find_rating("Requires improvement"));
  CHECK(pivotal[1].to == Answer::NotApplicable);
  CHECK(pivotal[1].rating_after == R().find_rating("Good"));
  // What each does to the score and the overall rating: 18/21 Outstanding, as the what-if finds.
  const auto to_no = engine::pivotal_effect(R(), result, pivotal[0]);
  CHECK(to_no.score == 16);
  CHECK(to_no.overall == R().find_rating("Good"));
  CHECK(engine::pivotal_effect(R(), result, pivotal[1]).score == 17);
  auto unknown = pivotal[0];
  unknown.rating_after.reset();  // a standard no longer rated: no score to speak of
  CHECK_FALSE(engine::pivotal_effect(R(), result, unknown).score);
}

TEST_CASE("evaluate carries out a scenario or says why it cannot") {
  model::Inspection inspection;
  inspection.file = "five.csv";
  inspection.cases = five_cases();
  inspection.counts = model::count_answers(inspection.cases);
  inspection.ratings = good();

  model::Scenario only_po;
  only_po.filters = {{0, "PO", true}};  // A and B
  auto evaluation = engine::evaluate(R(), inspection, only_po);
  REQUIRE(evaluation.outcome);
  CHECK(evaluation.problems.empty());
  auto* outcome = &*evaluation.outcome;
  CHECK(outcome->selection.kept() == 2);
  REQUIRE(outcome->cases);
  CHECK(outcome->cases->size() == 2);
  CHECK(outcome->tallies.questions[question("2.1.1")] == engine::Tally{2, 0, 0});  // C's No is left out
  CHECK(outcome->result.cases == 2);

  model::Scenario nobody;
  nobody.filters = {{0, "SPO", true}};
  evaluation = engine::evaluate(R(), inspection, nobody);
  CHECK_FALSE(evaluation.outcome);
  REQUIRE(evaluation.problems.size() == 1u);
  util::Diagnostics errors;
  readers::report_problems(R(), nobody, evaluation.problems, errors);
  CHECK(only_problem(errors) == "--where leaves none of the 5 cases to rate");  // only the option given
  nobody.excluded = {0};
  util::Diagnostics both;
  readers::report_problems(R(), nobody, evaluation.problems, both);
  CHECK(only_problem(both) == "--exclude and --where leave none of the 5 cases to rate");
  nobody.filters.clear();
  util::Diagnostics excluded;
  readers::report_problems(R(), nobody, evaluation.problems, excluded);
  CHECK(only_problem(excluded) == "--exclude leaves none of the 5 cases to rate");

  model::Scenario too_far;
  too_far.shifts = {{question("2.1.1"), 3}};  // only one No to turn
  evaluation = engine::evaluate(R(), inspection, too_far);
  CHECK_FALSE(evaluation.outcome);
  CHECK(evaluation.problems.size() == 1u);

  model::Scenario counts_only;  // a shift needs no cases: none are copied
  counts_only.shifts = {{question("2.1.1"), 1}};
  evaluation = engine::evaluate(R(), inspection, counts_only);
  REQUIRE(evaluation.outcome);
  outcome = &*evaluation.outcome;
  CHECK_FALSE(outcome->cases);
  CHECK(outcome->tallies.questions[question("2.1.1")] == engine::Tally{5, 0, 0});
}
