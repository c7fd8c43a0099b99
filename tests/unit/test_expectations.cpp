#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/readers/assignments.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

model::Expectation expect(std::string_view key, std::string_view value) {
  util::Diagnostics errors;
  auto e = readers::expectation(R(), key, value, {}, {}, errors);
  REQUIRE_MESSAGE(e, lines(errors).front());
  return *e;
}

engine::Result bradford_like(bool with_ratings) {
  return engine::rate(R(), bradford(), with_ratings ? bradford_ratings() : Ratings{});
}

}  // namespace

TEST_CASE("expectations that hold are met") {
  const auto checks = engine::check_expectations(
      R(), bradford_like(true),
      {expect("overall", "inadequate"), expect("score", "1"), expect("P2.1", "Inadequate"), expect("2.1.3", "15/79")});
  REQUIRE(checks.size() == 4);
  for (const auto& c : checks) CHECK_MESSAGE(c.met, c.expectation.key);
  CHECK(checks[1].actual == "1/21");
  CHECK(checks[3].actual == "yes 15, relevant 79");
}

TEST_CASE("a failed expectation says what was expected and what came out") {
  const auto checks =
      engine::check_expectations(R(), bradford_like(true), {expect("overall", "Good"), expect("P2.1.3", "16/79")});
  CHECK_FALSE(checks[0].met);
  CHECK(checks[0].expected == "Good");
  CHECK(checks[0].actual == "Inadequate");
  CHECK_FALSE(checks[1].met);
  CHECK(checks[1].expected == "yes 16, relevant 79");
  CHECK(checks[1].actual == "yes 15, relevant 79");
}

TEST_CASE("expectations about what is not rated fail and show the range") {
  const auto checks =
      engine::check_expectations(R(), bradford_like(false), {expect("score", "1"), expect("overall", "Inadequate"),
                                                             expect("P1.1", "Inadequate")});
  for (const auto& c : checks) CHECK_FALSE(c.met);
  CHECK(checks[0].actual == "not known (0 to 9 possible)");
  CHECK(checks[1].actual == "not rated (Inadequate to Requires improvement possible)");
  CHECK(checks[2].actual == "not rated (Inadequate to Outstanding possible)");
}

TEST_CASE("count expectations compare only the counts given") {
  model::Expectation e;
  e.kind = model::Expectation::Kind::KeyQuestionCounts;
  e.key = "P2.4.3";
  e.index = *R().find_question("P2.4.3");
  e.no = 57;
  const auto checks = engine::check_expectations(R(), bradford_like(true), {e});
  CHECK(checks[0].met);
  CHECK(checks[0].actual == "no 57");
}

TEST_CASE("a range expectation is met only by an unknown value with exactly that range") {
  // Without the organisational ratings: score 0 to 9, overall Inadequate to Requires improvement.
  const auto unrated = engine::check_expectations(
      R(), bradford_like(false),
      {expect("score", "0 to 9"), expect("overall", "Inadequate to Requires improvement"),
       expect("P1.1", "inadequate TO outstanding"), expect("score", "0 to 8"), expect("P1.1", "Inadequate to Good")});
  REQUIRE(unrated.size() == 5);
  CHECK(unrated[0].met);
  CHECK(unrated[0].expected == "not known (0 to 9 possible)");
  CHECK(unrated[0].actual == "not known (0 to 9 possible)");
  CHECK(unrated[1].met);
  CHECK(unrated[1].expected == "not rated (Inadequate to Requires improvement possible)");
  CHECK(unrated[2].met);
  CHECK_FALSE(unrated[3].met);
  CHECK_FALSE(unrated[4].met);
  CHECK(unrated[4].expected == "not rated (Inadequate to Good possible)");

  // With them every value is known: no range expectation is met, however wide.
  const auto rated = engine::check_expectations(
      R(), bradford_like(true),
      {expect("score", "0 to 21"), expect("overall", "Inadequate to Outstanding"), expect("P2.1", "Inadequate to Good")});
  for (const auto& c : rated) CHECK_FALSE_MESSAGE(c.met, c.expectation.key);
  CHECK(rated[0].actual == "1/21");
}

TEST_CASE("range expectations are read lowest first and checked against the rules") {
  CHECK(expect("score", "4 to 10").range);
  CHECK(expect("score", "4 to 10").score == 4);
  CHECK(expect("score", "4 to 10").score_highest == 10);
  const auto e = expect("overall", "Requires improvement to Good");
  CHECK(e.range);
  CHECK(e.level == level("Requires improvement"));
  CHECK(e.level_highest == level("Good"));
  CHECK_FALSE(expect("P1.2", "Good").range);

  // The one problem with each.
  const auto problem = [](std::string_view key, std::string_view value) {
    util::Diagnostics errors;
    CHECK_FALSE(readers::expectation(R(), key, value, {}, {}, errors));
    return only_problem(errors);
  };
  CHECK(problem("score", "9 to 0") ==
        "a score range is two whole numbers from 0 to 21, lowest first, e.g. '0 to 9', not '9 to 0'");
  CHECK(problem("score", "0 to 22").rfind("a score range", 0) == 0);
  CHECK(problem("score", "3 to 3").rfind("a score range", 0) == 0);
  CHECK(problem("overall", "Good to Inadequate") ==
        "write the range 'Good to Inadequate' lowest first: 'Inadequate to Good'");
  CHECK(problem("overall", "Good to Good") == "'Good to Good' is not a range: write a known rating alone ('Good')");
  CHECK(problem("P2.1", "Inadequate to Great").rfind("unknown rating 'Inadequate to Great'", 0) == 0);
}
