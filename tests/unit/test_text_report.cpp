// The text views: the report on one inspection, the table of many, check lines, diff text.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/text.hpp"
#include "pdurate/report/wording.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

engine::RatingState rated(std::string r) { return {r, r, r}; }

app::Outcome changed() {
  engine::ResultDiff d;
  engine::StandardChange s{"P2.2", "Planning", rated("Good"), rated("Requires improvement"), {}};
  engine::KeyQuestionChange c{"P2.2.1", "2.2.1", "engaging the person on probation", {}, {}};
  c.before = {true, {13, 7, 0}, "Good"};
  c.after = {true, {13, 7, 0}, "Requires improvement"};
  s.causes.push_back(c);
  d.standards.push_back(s);
  d.score_before = {18, 18, 18, 21};
  d.score_after = {17, 17, 17, 21};
  d.overall_before = rated("Outstanding");
  d.overall_after = rated("Good");
  auto o = outcome("x/inspection.yaml", "X PDU", uniform(13, 20), all_organisational("Good"));
  o.rated->diff = d;
  return o;
}

app::Outcome unchanged() {
  engine::ResultDiff d;
  d.score_before = d.score_after = {std::nullopt, 0, 9, 21};
  d.overall_before = d.overall_after = {std::nullopt, "Inadequate", "Requires improvement"};
  auto o = outcome("y.csv", "", uniform(13, 20), {});
  o.rated->diff = d;
  return o;
}

}  // namespace

TEST_CASE("a check line per outcome: pass, FAIL with each difference, or ERROR") {
  CHECK(report::text::check_line(R(), checked("a/inspection.yaml", {expectation_check("score", true, "1/21", "1/21"),
                                                                     expectation_check("overall", true, "I", "I")})) ==
        "pass a/inspection.yaml (2 expectations met)");
  CHECK(report::text::check_line(
            R(), checked("b/inspection.yaml", {expectation_check("P2.1", false, "Good", "Requires improvement"),
                                               expectation_check("score", true, "13/21", "13/21"),
                                               expectation_check("overall", false, "Outstanding", "Good")})) ==
        "FAIL b/inspection.yaml: P2.1: expected Good, got Requires improvement; overall: expected Outstanding, got Good");
  auto strict = checked("a/inspection.yaml", {});
  strict.rated->unexplained_departures.push_back(standard("P1.3"));
  CHECK(report::text::check_line(R(), strict) ==
        "FAIL a/inspection.yaml: P1.3: departs from the decision guidance without a recorded reason (--strict)");
  auto bad = invalid("c.yaml", {"c.yaml", 3, 5}, "unknown key 'rattings'");
  bad.problems.add({"c.yaml", 9, 1}, "no cases");
  CHECK(report::text::check_line(R(), bad) == "ERROR c.yaml: invalid input (2 problems, listed on stderr)");
}

TEST_CASE("the check summary names errors only when there are some") {
  CHECK(report::text::check_summary({2, 1, 0}) == "2 passed, 1 failed");
  CHECK(report::text::check_summary({}) == "0 passed, 0 failed");
  CHECK(report::text::check_summary({1, 0, 1}) == "1 passed, 0 failed, 1 error");
  CHECK(report::text::check_summary({1, 0, 2}) == "1 passed, 0 failed, 2 errors");
}

TEST_CASE("the table has one row per inspection with abbreviated ratings and a key") {
  CHECK(report::text::table(R(), three_rows(), {}) ==
        "3 inspections · rules hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "\n"
        "inspection       P1.1  P1.2  P1.3  P2.1  P2.2  P2.3  P2.4   score  overall                             check\n"
        "Bradford, \"B&C\"  I     I     RI    I     I     I     I       1/21  Inadequate                          FAIL\n"
        "bc/cases.csv     -     -     -     I     I     I     I     0-9/21  Inadequate to Requires improvement\n"
        "broken.yaml      invalid input (1 problem, listed on stderr)\n"
        "\n"
        "O Outstanding · G Good · RI Requires improvement · I Inadequate · - not rated\n");
  const auto coloured = report::text::table(R(), three_rows(), {true});
  CHECK(contains(coloured, "\x1b[31mI   \x1b[0m"));
  CHECK(contains(coloured, "\x1b[1;31mFAIL\x1b[0m"));
  CHECK(contains(coloured, "check\x1b[0m\n"));  // the heading is trimmed before it is styled
}

TEST_CASE("the diff lists only what changed with the key question that caused it") {
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(changed());
  outcomes.push_back(unchanged());
  outcomes.push_back(invalid("z.yaml", {"z.yaml", 1, 1}, "YAML syntax error"));
  CHECK(report::text::diff(R(), R(), outcomes, {}) ==
        "base rules: hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "rules:      hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "\n"
        "x/inspection.yaml: X PDU\n"
        "  P2.2 Planning: Good → Requires improvement\n"
        "    because 2.2.1 engaging the person on probation, 13/20 = 65.00%: band Good → Requires improvement\n"
        "  score: 18/21 → 17/21\n"
        "  overall: Outstanding → Good\n"
        "\n"
        "ERROR z.yaml: invalid input (1 problem, listed on stderr)\n"
        "\n"
        "2 compared, 1 changed, 1 error\n");
}

TEST_CASE("counts that differ between the sides are shown both ways") {
  auto o = changed();
  auto& d = *o.rated->diff;
  d.standards[0].causes[0].before = {false, {}, std::nullopt};
  d.standards[0].before = engine::RatingState{std::nullopt, "Inadequate", "Good"};
  d.score_before = {std::nullopt, 14, 18, 21};
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(std::move(o));
  const auto text = report::text::diff(R(), R(), outcomes, {});
  CHECK(contains(text, "  P2.2 Planning: not rated (Inadequate to Good possible) → Requires improvement\n"));
  CHECK(contains(text, "because 2.2.1 engaging the person on probation, no answers → 13/20 = 65.00%: band no band → "
                       "Requires improvement\n"));
  CHECK(contains(text, "  score: not known (14 to 18 of 21 possible) → 17/21\n"));
}

TEST_CASE("nothing changed is a summary alone") {
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(unchanged());
  CHECK(report::text::diff(R(), R(), outcomes, {}).ends_with("\n\n1 compared, 0 changed\n"));
}

TEST_CASE("the report on one inspection colours only when asked") {
  const auto o = bradford_outcome();
  const std::string plain = report::text::inspection(R(), o, {false});
  const std::string coloured = report::text::inspection(R(), o, {true});
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(contains(coloured, "\x1b[31mInadequate"));
  CHECK(contains(plain, "Score 1/21"));
  CHECK(contains(plain, "> 2.1.3 keeping other people safe"));
  CHECK(contains(plain, "inspectors' reason: strengths in services"));
}

TEST_CASE("notices name unexplained departures and rounding-sensitive ratings") {
  auto given = bradford_ratings();
  auto t = bradford();
  t.questions[question("2.1.1")] = {51, 28, 0};  // 51/79 = 64.56%, the lowest of P2.1
  t.questions[question("2.1.2")] = {60, 19, 0};
  t.questions[question("2.1.3")] = {60, 19, 0};
  const auto n = report::notices(R(), engine::rate(R(), t, given));
  REQUIRE(n.size() == 2);  // in the order of the standards
  CHECK(n[0].rfind("P1.3 departs from the decision guidance and no reason is recorded", 0) == 0);
  CHECK(n[1] == "P2.1 is 'Requires improvement' because 2.1.1 is 51/79 (64.56%); it would be 'Good' if percentages "
                "were rounded to whole numbers (rules setting casework.comparison)");
}

TEST_CASE("a key question the method gives no band is shown without one, whatever its counts") {
  // The reports ask the Result, not the counts: a rule (say a minimum of relevant cases) may
  // leave a key question with some relevant cases unbanded.
  auto o = bradford_outcome();
  auto& kq = o.rated->result.standards[standard("P2.1")].key_questions[0];
  kq.band.reset();
  kq.drives = false;
  const auto text = report::text::inspection(R(), o, {true, true});
  CHECK(contains(text, "2.1.1 engaging the person on probation   36/79  45.6%  too few relevant cases for a band\n"));
  const auto& p21 = o.rated->result.standards[standard("P2.1")];
  CHECK(contains(report::explain_standard(R(), o.rated->result, p21),
                 "2.1.1 has too few relevant cases for a band and does not count."));
  CHECK(contains(report::notices(R(), o.rated->result)[0], "key question 2.1.1 has too few relevant cases for a band;"));
}

TEST_CASE("a standard not rated for want of a column says which in its own line") {
  auto t = uniform(15, 20);  // every key question Good
  t.present[question("2.1.1")] = false;
  t.present[question("2.1.2")] = false;
  const auto text = report::text::inspection(R(), outcome("x.csv", "", t, all_organisational("Good")), {});
  CHECK(contains(text, "\n  P2.1 Assessment                            not rated              0-2           "
                       "no column for 2.1.1, 2.1.2\n"));
  // Other standards not rated say nothing of columns.
  const auto unrated = report::text::inspection(R(), outcome("x.csv", "", uniform(15, 20), {}), {});
  CHECK(contains(unrated, "\n  P1.1 Leadership                            not rated              0-3\n"));
}
