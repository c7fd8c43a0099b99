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
