// Agreement statistics (engine/agreement.hpp) against published worked examples and values
// computed independently (by hand, and with Python's standard library: see the comments), and
// the case-by-case comparison of two judgings (engine/moderation.hpp).
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/agreement.hpp"
#include "pdurate/engine/moderation.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::AgreementTable;

namespace {

AgreementTable two_by_two(std::size_t a, std::size_t b, std::size_t c, std::size_t d) {
  return AgreementTable(2, {a, b, c, d});
}

}  // namespace

TEST_CASE("Feinstein and Cicchetti's two tables: the same agreement, very different kappas") {
  // Feinstein & Cicchetti (1990), J Clin Epidemiol 43(6):543-549, the first paradox: both tables
  // agree on 85 of 100 cases; kappa is 0.70 for balanced answers and 0.32 for skewed ones.
  const auto balanced = two_by_two(40, 9, 6, 45);
  const auto skewed = two_by_two(80, 10, 5, 5);
  CHECK(*engine::observed_agreement(balanced) == doctest::Approx(0.85));
  CHECK(*engine::observed_agreement(skewed) == doctest::Approx(0.85));
  const auto k1 = engine::cohen_kappa(balanced, 95);
  const auto k2 = engine::cohen_kappa(skewed, 95);
  REQUIRE(k1);
  REQUIRE(k2);
  CHECK(k1->chance == doctest::Approx(0.5008));  // 0.49 * 0.46 + 0.51 * 0.54
  CHECK(k1->value == doctest::Approx(0.3492 / 0.4992));  // 0.6995: "0.70"
  CHECK(k2->chance == doctest::Approx(0.78));            // 0.90 * 0.85 + 0.10 * 0.15
  CHECK(k2->value == doctest::Approx(0.07 / 0.22));      // 0.318: "0.32"
  // AC1 hardly moves: pi(Yes) = 0.875, chance 2 * 0.875 * 0.125 = 0.21875, AC1 = 0.63125 / 0.78125.
  const auto a2 = engine::gwet_ac1(skewed, 95);
  REQUIRE(a2);
  CHECK(a2->chance == doctest::Approx(0.21875));
  CHECK(a2->value == doctest::Approx(0.808));
}

TEST_CASE("the kappa paradox: near-total agreement, kappa below zero, AC1 high") {
  // Gwet (2008) discusses exactly this shape (after Feinstein & Cicchetti): 118 Yes/Yes, 5
  // Yes/No, 2 No/Yes, none No/No. By hand: po = 118/125 = 0.944; rows 123/125 and 2/125, columns
  // 120/125 and 5/125, pe = (123 * 120 + 2 * 5) / 125^2 = 0.94528, kappa = -0.0234; pi(Yes) =
  // 0.972, AC1's chance 2 * 0.972 * 0.028 = 0.054432, AC1 = 0.9408.
  const auto t = two_by_two(118, 5, 2, 0);
  const auto k = engine::cohen_kappa(t, 95);
  const auto a = engine::gwet_ac1(t, 95);
  REQUIRE(k);
  REQUIRE(a);
  CHECK(k->chance == doctest::Approx(0.94528));
  CHECK(k->value == doctest::Approx((0.944 - 0.94528) / (1 - 0.94528)));
  CHECK(k->value < 0);
  CHECK(a->chance == doctest::Approx(0.054432));
  CHECK(a->value == doctest::Approx((0.944 - 0.054432) / (1 - 0.054432)));
  // Standard errors as Python's standard library computes the same formulas
  // (tests/cli/agree_statistics.py): kappa 0.0122868, AC1 0.0229646.
  CHECK(k->standard_error == doctest::Approx(0.012286756672845256).epsilon(1e-9));
  CHECK(a->standard_error == doctest::Approx(0.022964551247932938).epsilon(1e-9));
}

TEST_CASE("Gwet's irrCAC worked example: three categories, AC1 0.84933") {
  // irrCAC (Gwet's package) documents table_cont3x3abstractors, 100 cases:
  //   13 0 0 / 0 20 7 / 0 4 56: AC1 0.84933, 95% interval (0.76358, 0.93508) from a t
  // quantile with 99 degrees of freedom (1.984217), so a standard error of 0.08575 / 1.984217 =
  // 0.043216. Kappa by hand: po 0.89, pe 0.13 * 0.13 + 0.27 * 0.24 + 0.60 * 0.63 = 0.4597.
  const AgreementTable t(3, {13, 0, 0, 0, 20, 7, 0, 4, 56});
  const auto a = engine::gwet_ac1(t, 95);
  REQUIRE(a);
  CHECK(a->value == doctest::Approx(0.84933).epsilon(1e-5));
  CHECK(a->standard_error == doctest::Approx(0.043216).epsilon(1e-4));
  const auto k = engine::cohen_kappa(t, 95);
  REQUIRE(k);
  CHECK(k->chance == doctest::Approx(0.4597));
  CHECK(k->value == doctest::Approx((0.89 - 0.4597) / (1 - 0.4597)));
  // Fleiss, Cohen & Everitt's standard error, from Python's standard library: 0.0589107.
  CHECK(k->standard_error == doctest::Approx(0.058910718326081475).epsilon(1e-9));
  const double z = 1.959963984540054;
  CHECK(k->interval.low == doctest::Approx(k->value - z * k->standard_error));
  CHECK(k->interval.high == doctest::Approx(k->value + z * k->standard_error));
}

TEST_CASE("kappa's large-sample standard error on Feinstein and Cicchetti's tables") {
  // Python's standard library, the Fleiss, Cohen & Everitt (1969) formula: 0.0713936 and 0.1334565.
  CHECK(engine::cohen_kappa(two_by_two(40, 9, 6, 45), 95)->standard_error ==
        doctest::Approx(0.07139360269998818).epsilon(1e-9));
  CHECK(engine::cohen_kappa(two_by_two(80, 10, 5, 5), 95)->standard_error ==
        doctest::Approx(0.13345652122383625).epsilon(1e-9));
  // Its interval at 95% reaches below 0.06 and is clipped at the top to 1.
  const auto k = engine::cohen_kappa(two_by_two(80, 10, 5, 5), 95);
  CHECK(k->interval.low == doctest::Approx(0.3181818 - 1.959964 * 0.1334565).epsilon(1e-6));
  CHECK(engine::cohen_kappa(two_by_two(10, 0, 1, 4), 95)->interval.high == 1.0);
}

TEST_CASE("kappa is undefined with one answer throughout; AC1 is then 1; an empty table has neither") {
  const auto all_yes = two_by_two(12, 0, 0, 0);
  CHECK_FALSE(engine::cohen_kappa(all_yes, 95));
  const auto a = engine::gwet_ac1(all_yes, 95);
  REQUIRE(a);
  CHECK(a->value == doctest::Approx(1.0));
  CHECK(a->standard_error == doctest::Approx(0.0));
  const auto empty = two_by_two(0, 0, 0, 0);
  CHECK_FALSE(engine::observed_agreement(empty));
  CHECK_FALSE(engine::cohen_kappa(empty, 95));
  CHECK_FALSE(engine::gwet_ac1(empty, 95));
  // Complete disagreement with balanced answers: kappa -1, its interval within [-1, 1].
  const auto opposite = engine::cohen_kappa(two_by_two(0, 5, 5, 0), 95);
  REQUIRE(opposite);
  CHECK(opposite->value == doctest::Approx(-1.0));
  CHECK(opposite->interval.low >= -1.0);
}

namespace {

model::CaseSet cases(const std::vector<std::pair<std::string, std::vector<model::Answer>>>& rows, std::size_t slots) {
  model::CaseSet set(slots);
  for (const auto& [id, answers] : rows) {
    const auto c = *set.add_case(id, 0);
    for (std::size_t q = 0; q < answers.size(); ++q) set.set_answer(c, q, answers[q]);
  }
  return set;
}

}  // namespace

TEST_CASE("two judgings matched by case id: both, one only, and the answers tabulated") {
  using model::Answer;
  constexpr auto Y = Answer::Yes, N = Answer::No, NA = Answer::NotApplicable;
  const auto first = cases({{"A", {Y, Y}}, {"B", {N, Y}}, {"C", {Y, NA}}, {"D", {N, N}}}, 2);
  const auto second = cases({{"E", {Y, Y}}, {"C", {Y, Y}}, {"B", {Y, Y}}, {"A", {Y, Y}}}, 2);
  const auto match = engine::match_cases(first, second);
  REQUIRE(match.both.size() == 3);
  CHECK(match.both[0] == std::pair<std::size_t, std::size_t>{0, 3});  // A, in FIRST's order
  CHECK(match.both[1] == std::pair<std::size_t, std::size_t>{1, 2});
  CHECK(match.only_first == std::vector<std::size_t>{3});   // D
  CHECK(match.only_second == std::vector<std::size_t>{0});  // E
  const auto qs = engine::question_agreement(first, second, match, 95);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].judged() == 3);
  CHECK(qs[0].yes_no_agreements() == 2);
  CHECK(qs[0].yes_no_disagreements() == 1);  // B: No -> Yes
  REQUIRE(qs[0].disagreements.size() == 1);
  CHECK(qs[0].disagreements[0].first_case == 1);
  CHECK_FALSE(qs[0].disagreements[0].applicability());
  CHECK(qs[1].applicability_disagreements() == 1);  // C: N/A -> Yes
  CHECK(qs[1].both_applicable() == 2);
  CHECK(qs[1].disagreements[0].applicability());
  // Question 2: every applicable answer Yes from both: kappa undefined, so misleading; AC1 1.
  CHECK_FALSE(qs[1].kappa);
  CHECK(qs[1].kappa_misleading());
  CHECK(qs[1].ac1->value == doctest::Approx(1.0));
  CHECK(*qs[1].commoner_share == doctest::Approx(1.0));
}

TEST_CASE("a question only one judging has is not compared") {
  using model::Answer;
  const auto first = cases({{"A", {Answer::Yes, Answer::No}}}, 2);
  const auto second = cases({{"A", {Answer::Yes}}}, 2);
  const auto qs = engine::question_agreement(first, second, engine::match_cases(first, second), 95);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].slot == 0);
}

TEST_CASE("the consequence: moderated ratings, and the disagreements that decide one") {
  using model::Answer;
  // Every key question at 40 of 80 (exactly 50%: Requires improvement), organisational Good.
  model::Inspection first;
  first.counts = test::uniform(40, 80);
  first.ratings = test::all_organisational("Good");
  model::Inspection second = first;
  // SECOND judges one case's 2.4.1 No where FIRST said Yes (39 of 80: Inadequate), and one
  // case's 2.1.1 Yes where FIRST said No (41 of 80: still Requires improvement).
  engine::QuestionAgreement q241, q211;
  q241.slot = test::question("2.4.1");
  q241.disagreements = {{0, 0, Answer::Yes, Answer::No}};
  q211.slot = test::question("2.1.1");
  q211.disagreements = {{1, 1, Answer::No, Answer::Yes}};
  const auto c = engine::consequence(test::R(), first, second, {q211, q241});
  const auto p24 = test::standard("P2.4");
  CHECK(c.first.standards[p24].rating == test::level("Requires improvement"));
  CHECK(c.moderated.standards[p24].rating == test::level("Inadequate"));
  CHECK(c.moderated.standards[test::standard("P2.1")].rating == test::level("Requires improvement"));
  // Only 2.4.1's disagreement decides a rating: resolved FIRST's way, P2.4 stays Requires improvement.
  REQUIRE(c.pivotal.size() == 1);
  CHECK(c.pivotal[0].slot == q241.slot);
  CHECK(c.pivotal[0].standard == p24);
  CHECK(c.pivotal[0].rating_second == test::level("Inadequate"));
  CHECK(c.pivotal[0].rating_first == test::level("Requires improvement"));
  CHECK(c.pivotal[0].overall_second == c.moderated.overall);
  CHECK(c.pivotal[0].overall_first == c.first.overall);
}
