// Rules lookups with the shipped rules: ids, names, the scale and the maximum score.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules.hpp"
#include "test_util.hpp"

using pdurate::rules::Comparison;
using pdurate::rules::Level;
using pdurate::rules::looks_like_id;
using namespace pdurate::test;

namespace {

constexpr Level kInadequate = 0, kRequiresImprovement = 1, kGood = 2, kOutstanding = 3;

}  // namespace

TEST_CASE("looks_like_id accepts standard and key question shapes") {
  for (const char* id : {"2.1.4", "2.1", "P2.1", "p1.9", "P2.1.3", "10.20", "P99.1.2.3"}) {
    CAPTURE(id);
    CHECK(looks_like_id(id));
  }
}

TEST_CASE("looks_like_id refuses everything else") {
  for (const char* text : {"", "P", "p", "2", "P2", "2.", ".1", "2..1", "2.1.", "P.1", "a2.1", "P 2.1", "PP2.1",
                           "2.1a", "2,1", "case_id", "assessment_safety", "-2.1", "Q2.1", "2.1 "}) {
    CAPTURE(text);
    CHECK_FALSE(looks_like_id(text));
  }
}

TEST_CASE("find_question matches ids short ids and aliases in any case") {
  const auto& r = R();
  const auto q = r.find_question("P2.1.3");
  REQUIRE(q.has_value());
  CHECK(r.questions[*q].id == "P2.1.3");
  CHECK(r.questions[*q].short_id == "2.1.3");
  CHECK(r.questions[*q].topic == "keeping other people safe");
  CHECK(r.find_question("2.1.3") == q);
  CHECK(r.find_question("p2.1.3") == q);
  CHECK(r.find_question("assessment_safety") == q);
  CHECK(r.find_question("ASSESSMENT_SAFETY") == q);
  CHECK(r.find_question("P2.4.3") == 11u);
  CHECK(r.find_question("reviewing_engagement") == r.find_question("2.4.1"));
  for (const char* none : {"2.1.4", "P2.1", "2.1", "", "assessment", "2.1.3 "}) {
    CAPTURE(none);
    CHECK_FALSE(r.find_question(none).has_value());
  }
}

TEST_CASE("find_standard and find_rating ignore case") {
  const auto& r = R();
  CHECK(r.find_standard("P2.1") == 3u);
  CHECK(r.find_standard("p1.1") == 0u);
  CHECK_FALSE(r.find_standard("2.1").has_value());  // the P is part of the id here
  CHECK_FALSE(r.find_standard("P2.1.1").has_value());
  CHECK(r.find_rating("requires improvement") == kRequiresImprovement);
  CHECK(r.find_rating("OUTSTANDING") == kOutstanding);
  CHECK_FALSE(r.find_rating("Requires").has_value());
  CHECK(r.rating_name(kGood) == "Good");
  CHECK(r.top() == kOutstanding);
  CHECK(r.points(kInadequate) == 0);
  CHECK(r.points(kOutstanding) == 3);
}

TEST_CASE("max_score is 3 points for each of 7 standards") {
  CHECK(R().max_score() == 21);
}

TEST_CASE("comparison names") {
  CHECK(pdurate::rules::to_string(Comparison::Exact) == "exact");
  CHECK(pdurate::rules::to_string(Comparison::Rounded) == "rounded");
  CHECK(R().comparison == Comparison::Exact);
}
