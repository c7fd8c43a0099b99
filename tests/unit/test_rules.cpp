// Rules lookups and arithmetic with the shipped rules: ids, did-you-mean, the casework bands
// under exact and rounded comparison, and the overall rating of every score.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules.hpp"

using pdurate::rules::Comparison;
using pdurate::rules::did_you_mean;
using pdurate::rules::Level;
using pdurate::rules::looks_like_id;

namespace {

const pdurate::rules::Rules& rules() { return pdurate::rules::default_rules(); }

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

TEST_CASE("did_you_mean offers the closest candidate within reach") {
  const std::vector<std::string> keys{"inspection", "ratings", "cases", "expect"};
  CHECK(did_you_mean("rating", keys) == "ratings");
  CHECK(did_you_mean("ratigns", keys) == "ratings");     // a transposition is two edits
  CHECK(did_you_mean("CASES", keys) == "cases");         // case-insensitive
  CHECK(did_you_mean("inspektion", keys) == "inspection");
  CHECK(did_you_mean("expected", keys) == "expect");     // two insertions
  CHECK_FALSE(did_you_mean("zzz", keys).has_value());
  CHECK_FALSE(did_you_mean("score", keys).has_value());  // too far from every key
  CHECK_FALSE(did_you_mean("x", {}).has_value());
}

TEST_CASE("did_you_mean allows more edits for longer words and keeps the first of a tie") {
  // Up to max(2, length / 3) edits.
  CHECK(did_you_mean("abcdefghi", {"abcdefxyz"}) == "abcdefxyz");  // 9 letters: 3 edits allowed
  CHECK_FALSE(did_you_mean("abcdefgh", {"abcdefxyz"}).has_value());  // 8 letters: 2 allowed, 3 needed
  CHECK(did_you_mean("ab", {"xy"}) == "xy");  // short words still get 2
  CHECK(did_you_mean("2.1.4", {"2.1.1", "2.1.2", "2.1.3"}) == "2.1.1");
  CHECK(did_you_mean("2.1.4", {"2.4.1", "2.1.3"}) == "2.1.3");  // the closer wins over the first
}

TEST_CASE("find_question matches ids short ids and aliases in any case") {
  const auto& r = rules();
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
  const auto& r = rules();
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
  CHECK(rules().max_score() == 21);
}

TEST_CASE("band thresholds are 0 50 65 and 80 percent") {
  CHECK(rules().threshold(kInadequate) == 0);
  CHECK(rules().threshold(kRequiresImprovement) == 50);
  CHECK(rules().threshold(kGood) == 65);
  CHECK(rules().threshold(kOutstanding) == 80);
  CHECK(pdurate::rules::to_string(Comparison::Exact) == "exact");
  CHECK(pdurate::rules::to_string(Comparison::Rounded) == "rounded");
  CHECK(rules().comparison == Comparison::Exact);
}

TEST_CASE("64.56 percent is Requires improvement exactly but Good when rounded") {
  // 51/79 = 64.557%: below 65, but it rounds to 65.
  CHECK(rules().band(51, 79, Comparison::Exact) == kRequiresImprovement);
  CHECK(rules().band(51, 79, Comparison::Rounded) == kGood);
  CHECK(rules().band(51, 79) == kRequiresImprovement);  // the rules' own choice: exact
}

TEST_CASE("65 percent exactly is Good under both comparisons") {
  CHECK(rules().band(52, 80, Comparison::Exact) == kGood);
  CHECK(rules().band(52, 80, Comparison::Rounded) == kGood);
  CHECK(rules().band(13, 20, Comparison::Exact) == kGood);
}

TEST_CASE("49.5 percent rounds half up to 50") {
  CHECK(rules().band(99, 200, Comparison::Exact) == kInadequate);
  CHECK(rules().band(99, 200, Comparison::Rounded) == kRequiresImprovement);
  // 64.5% rounds up to 65; 64.4% does not.
  CHECK(rules().band(129, 200, Comparison::Rounded) == kGood);
  CHECK(rules().band(129, 200, Comparison::Exact) == kRequiresImprovement);
  CHECK(rules().band(322, 500, Comparison::Rounded) == kRequiresImprovement);
  // 79.5% rounds to 80.
  CHECK(rules().band(159, 200, Comparison::Rounded) == kOutstanding);
  CHECK(rules().band(159, 200, Comparison::Exact) == kGood);
}

TEST_CASE("band edges at 50 and 80 percent and the extremes") {
  for (auto how : {Comparison::Exact, Comparison::Rounded}) {
    CAPTURE(pdurate::rules::to_string(how));
    CHECK(rules().band(1, 2, how) == kRequiresImprovement);  // 50%
    CHECK(rules().band(4, 5, how) == kOutstanding);          // 80%
    CHECK(rules().band(0, 1, how) == kInadequate);
    CHECK(rules().band(1, 1, how) == kOutstanding);
    CHECK(rules().band(0, 79, how) == kInadequate);
    CHECK(rules().band(79, 79, how) == kOutstanding);
  }
}

TEST_CASE("just under a threshold stays in the lower band when compared exactly") {
  CHECK(rules().band(79, 100, Comparison::Exact) == kGood);
  CHECK(rules().band(63, 79, Comparison::Exact) == kGood);           // 79.75%
  CHECK(rules().band(63, 79, Comparison::Rounded) == kOutstanding);  // rounds to 80
  CHECK(rules().band(39, 79, Comparison::Exact) == kInadequate);     // 49.37%
  CHECK(rules().band(39, 79, Comparison::Rounded) == kInadequate);   // rounds to 49
  CHECK(rules().band(40, 79, Comparison::Exact) == kRequiresImprovement);  // 50.63%
}

TEST_CASE("overall rating of every score from 0 to 21") {
  for (int score = 0; score <= 21; ++score) {
    CAPTURE(score);
    const Level expected = score <= 3 ? kInadequate : score <= 10 ? kRequiresImprovement : score <= 17 ? kGood
                                                                                                        : kOutstanding;
    CHECK(rules().overall(score) == expected);
  }
  // The edges, spelled out.
  CHECK(rules().overall(3) == kInadequate);
  CHECK(rules().overall(4) == kRequiresImprovement);
  CHECK(rules().overall(10) == kRequiresImprovement);
  CHECK(rules().overall(11) == kGood);
  CHECK(rules().overall(17) == kGood);
  CHECK(rules().overall(18) == kOutstanding);
}
