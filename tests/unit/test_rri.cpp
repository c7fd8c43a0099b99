// The relative rate index: the log-method interval against values computed independently, and
// every suppression with its reason.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/rri.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::Tally;
using namespace pdurate::test;

namespace {

// Cases of one grade: `yes` of them Yes on 2.3.1, the rest No; every other key question Yes.
void add(model::CaseSet& cases, std::string_view grade, std::size_t count, std::size_t yes) {
  const auto attribute = *cases.find_attribute("grade");
  for (std::size_t i = 0; i < count; ++i) {
    const auto c = *cases.add_case(std::string(grade) + std::to_string(i), 0);
    cases.set_attribute(c, attribute, grade);
    for (std::size_t q = 0; q < R().questions.size(); ++q) cases.set_answer(c, q, model::Answer::Yes);
    cases.set_answer(c, question("2.3.1"), i < yes ? model::Answer::Yes : model::Answer::No);
  }
}

model::CaseSet graded() {
  model::CaseSet cases(R().question_slots());
  for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
  cases.add_attribute("grade");
  add(cases, "PO", 30, 25);
  add(cases, "PSO", 39, 11);
  add(cases, "PQiP", 7, 2);
  return cases;
}

}  // namespace

TEST_CASE("the relative rate and its log interval match independently computed values") {
  // Bradford & Calderdale 2.3.1: PSO 11 of 39 against PO 25 of 30. Python: ratio 0.33846,
  // 95% interval 0.200084 to 0.572542.
  const auto r = engine::relative_rate(0, Tally{11, 28, 0}, Tally{25, 5, 0}, 95);
  REQUIRE(r.ratio);
  CHECK(*r.ratio == doctest::Approx(0.3384615384615384).epsilon(1e-12));
  CHECK(*r.low == doctest::Approx(0.20008361670238947).epsilon(1e-9));
  CHECK(*r.high == doctest::Approx(0.5725416948462397).epsilon(1e-9));
  CHECK(r.excludes_one);
  CHECK(r.suppressed.empty());
  // Equal rates: ratio 1, an interval around it (5/10 against 5/10: 0.416228 to 2.402530).
  const auto same = engine::relative_rate(0, Tally{5, 5, 0}, Tally{5, 5, 0}, 95);
  CHECK(*same.ratio == doctest::Approx(1.0));
  CHECK(*same.low == doctest::Approx(0.4162278132637268).epsilon(1e-9));
  CHECK(*same.high == doctest::Approx(2.4025304608041376).epsilon(1e-9));
  CHECK_FALSE(same.excludes_one);
  // N/A answers do not count.
  CHECK(*engine::relative_rate(0, Tally{5, 5, 9}, Tally{5, 5, 3}, 95).ratio == doctest::Approx(1.0));
}

TEST_CASE("a group above the reference is flagged too") {
  const auto r = engine::relative_rate(0, Tally{25, 5, 0}, Tally{11, 28, 0}, 95);
  CHECK(*r.ratio == doctest::Approx(1 / 0.3384615384615384));
  CHECK(*r.low > 1);
  CHECK(r.excludes_one);
}

TEST_CASE("undefined ratios and intervals say why") {
  auto r = engine::relative_rate(0, Tally{0, 10, 0}, Tally{5, 5, 0}, 95);
  CHECK(*r.ratio == 0.0);
  CHECK_FALSE(r.low);
  CHECK(r.suppressed == "no Yes answers in the group: the log interval is undefined");
  r = engine::relative_rate(0, Tally{3, 7, 0}, Tally{0, 10, 0}, 95);
  CHECK_FALSE(r.ratio);
  CHECK(r.suppressed == "no Yes answers in the reference group: the ratio is undefined");
  r = engine::relative_rate(0, Tally{0, 0, 10}, Tally{5, 5, 0}, 95);
  CHECK_FALSE(r.ratio);
  CHECK(r.suppressed == "no relevant cases in the group");
  r = engine::relative_rate(0, Tally{5, 5, 0}, Tally{0, 0, 4}, 95);
  CHECK(r.suppressed == "no relevant cases in the reference group");
}

TEST_CASE("every group against the reference with small groups suppressed") {
  const auto rr = engine::relative_rates(R(), graded(), 0, "PO", 10, 95);
  CHECK(rr.name == "grade");
  CHECK(rr.reference == "PO");
  CHECK(rr.reference_cases == 30u);
  CHECK(rr.level == 95);
  CHECK(rr.suppressed.empty());
  REQUIRE(rr.groups.size() == 2u);
  const auto& pso = rr.groups[0];
  CHECK(pso.value == "PSO");
  CHECK(pso.cases == 39u);
  CHECK(pso.suppressed.empty());
  REQUIRE(pso.key_questions.size() == 12u);
  const auto& q231 = pso.key_questions[question("2.3.1")];
  CHECK(q231.group == Tally{11, 28, 0});
  CHECK(q231.reference == Tally{25, 5, 0});
  CHECK(*q231.ratio == doctest::Approx(0.3384615384615384));
  CHECK(q231.excludes_one);
  // All Yes in both: ratio 1, interval [1, 1], which does not exclude 1.
  const auto& q211 = pso.key_questions[question("2.1.1")];
  CHECK(*q211.ratio == doctest::Approx(1.0));
  CHECK_FALSE(q211.excludes_one);
  const auto& pqip = rr.groups[1];
  CHECK(pqip.value == "PQiP");
  CHECK(pqip.suppressed == "7 cases, under the minimum of 10");
  CHECK_FALSE(pqip.key_questions[question("2.3.1")].ratio);
  CHECK(pqip.key_questions[question("2.3.1")].group == Tally{2, 5, 0});  // counts still shown
}

TEST_CASE("a reference group below the minimum suppresses every comparison") {
  const auto rr = engine::relative_rates(R(), graded(), 0, "PQiP", 10, 95);
  CHECK(rr.suppressed == "the reference group PQiP has 7 cases, under the minimum of 10");
  for (const auto& g : rr.groups) {
    CHECK(g.suppressed == rr.suppressed);
    for (const auto& r : g.key_questions) CHECK_FALSE(r.ratio);
  }
}
