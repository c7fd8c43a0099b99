#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/readers/assignments.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;

namespace {

const rules::Rules& R() { return rules::default_rules(); }

model::Expectation expect(std::string_view key, std::string_view value) {
  std::string error;
  auto e = readers::expectation(R(), key, value, {}, error);
  REQUIRE_MESSAGE(e, error);
  return *e;
}

engine::Result bradford_like(bool with_ratings) {
  engine::Tallies t;
  const std::size_t yes[] = {36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22};
  for (auto y : yes) t.questions.push_back({y, 79 - y, 0});
  t.present.assign(12, true);
  std::map<std::size_t, model::OrganisationalRating> ratings;
  if (with_ratings)
    for (auto [id, name] : {std::pair{"P1.1", "Inadequate"}, {"P1.2", "Inadequate"}, {"P1.3", "Requires improvement"}})
      ratings[*R().find_standard(id)] = {*R().find_rating(name), "", {}};
  return engine::rate(R(), t, ratings);
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
  auto parse = [](std::string_view key, std::string_view value, std::string& error) {
    return readers::expectation(R(), key, value, {}, error);
  };
  std::string error;
  auto e = parse("score", "4 to 10", error);
  REQUIRE(e);
  CHECK(e->range);
  CHECK(e->score == 4);
  CHECK(e->score_highest == 10);
  e = parse("overall", "Requires improvement to Good", error);
  REQUIRE(e);
  CHECK(e->range);
  CHECK(e->level == *R().find_rating("Requires improvement"));
  CHECK(e->level_highest == *R().find_rating("Good"));
  e = parse("P1.2", "Good", error);
  REQUIRE(e);
  CHECK_FALSE(e->range);

  CHECK_FALSE(parse("score", "9 to 0", error));
  CHECK(error == "a score range is two whole numbers from 0 to 21, lowest first, e.g. '0 to 9', not '9 to 0'");
  CHECK_FALSE(parse("score", "0 to 22", error));
  CHECK_FALSE(parse("score", "3 to 3", error));
  CHECK_FALSE(parse("overall", "Good to Inadequate", error));
  CHECK(error == "write the range 'Good to Inadequate' lowest first: 'Inadequate to Good'");
  CHECK_FALSE(parse("overall", "Good to Good", error));
  CHECK(error == "'Good to Good' is not a range: write a known rating alone ('Good')");
  CHECK_FALSE(parse("P2.1", "Inadequate to Great", error));
  CHECK(error.rfind("unknown rating 'Inadequate to Great'", 0) == 0);
}
