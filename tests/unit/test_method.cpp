// The rating method, on hand-made tallies: no files, no readers.
#include <ostream>

#include <doctest/doctest.h>

#include <map>
#include <random>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/text.hpp"
#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::Basis;
using engine::GuidanceStatus;
using engine::Tally;
using rules::Comparison;
using namespace pdurate::test;

namespace {

constexpr rules::Level kInadequate = 0, kRequiresImprovement = 1, kGood = 2, kOutstanding = 3;

std::map<std::size_t, model::OrganisationalRating> org(std::string_view p11, std::string_view p12,
                                                       std::string_view p13, std::string departure = "") {
  std::map<std::size_t, model::OrganisationalRating> m;
  m[standard("P1.1")] = {level(p11), "", {}};
  m[standard("P1.2")] = {level(p12), "", {}};
  m[standard("P1.3")] = {level(p13), std::move(departure), {}};
  return m;
}


}  // namespace

TEST_CASE("Bradford and Calderdale reproduces the published 1/21 Inadequate") {
  const auto r = engine::rate(R(), bradford(), org("Inadequate", "Inadequate", "Requires improvement", "strengths"));
  REQUIRE(r.score);
  CHECK(*r.score == 1);
  CHECK(r.max_score == 21);
  CHECK(r.overall == level("Inadequate"));
  for (auto id : {"P2.1", "P2.2", "P2.3", "P2.4"}) CHECK(r.standards[standard(id)].rating == level("Inadequate"));
  CHECK(r.standards[standard("P1.3")].rating == level("Requires improvement"));
  // The driving key question of each casework standard is its lowest: 2.1.3, 2.2.3, 2.3.3, 2.4.3.
  for (auto [s, q] : {std::pair{"P2.1", "2.1.3"}, {"P2.2", "2.2.3"}, {"P2.3", "2.3.3"}, {"P2.4", "2.4.3"}}) {
    for (const auto& kq : r.standards[standard(s)].key_questions) CHECK(kq.drives == (kq.question == question(q)));
  }
  // 2.1.2 at 44/79 = 55.7% is in the Requires improvement band, but does not drive.
  CHECK(r.standards[standard("P2.1")].key_questions[1].band == level("Requires improvement"));
}

TEST_CASE("P1.3 guidance: Requires improvement with P2.3 Inadequate is a departure") {
  SUBCASE("with a recorded reason") {
    const auto r = engine::rate(R(), bradford(), org("Inadequate", "Inadequate", "Requires improvement", "strengths"));
    const auto& p13 = r.standards[standard("P1.3")];
    REQUIRE(p13.guidance.size() == 1);
    CHECK(p13.guidance[0].status == GuidanceStatus::Departure);
    CHECK_FALSE(p13.guidance[0].hypothetical);
    CHECK_FALSE(p13.unexplained_departure());
  }
  SUBCASE("without a reason") {
    const auto r = engine::rate(R(), bradford(), org("Inadequate", "Inadequate", "Requires improvement"));
    CHECK(r.standards[standard("P1.3")].unexplained_departure());
    CHECK(*r.score == 1);  // guidance never changes a rating
  }
  SUBCASE("consistent when P2.3 is Requires improvement") {
    const auto r = engine::rate(R(), uniform(55, 100), org("Good", "Good", "Requires improvement"));
    REQUIRE(r.standards[standard("P1.3")].guidance.size() == 1);
    CHECK(r.standards[standard("P1.3")].guidance[0].status == GuidanceStatus::Consistent);
  }
  SUBCASE("the rule does not apply to other ratings of P1.3") {
    const auto r = engine::rate(R(), bradford(), org("Inadequate", "Inadequate", "Good"));
    CHECK(r.standards[standard("P1.3")].guidance.empty());
    CHECK_FALSE(r.standards[standard("P1.3")].unexplained_departure());
  }
}

TEST_CASE("a casework standard takes the band of its lowest key question") {
  auto t = uniform(90, 100);  // all Outstanding
  t.questions[question("2.2.2")] = {70, 30, 0};  // Good
  t.questions[question("2.2.3")] = {55, 45, 0};  // Requires improvement
  const auto r = engine::rate(R(), t, org("Good", "Good", "Good"));
  const auto& p22 = r.standards[standard("P2.2")];
  CHECK(p22.rating == level("Requires improvement"));
  CHECK(p22.basis == Basis::Casework);
  CHECK(p22.key_questions[2].drives);
  CHECK_FALSE(p22.key_questions[1].drives);
  CHECK(r.standards[standard("P2.1")].rating == level("Outstanding"));
  CHECK(*r.score == 3 * 2 + 3 + 1 + 3 + 3);  // P1 Good x3, P2.1 3, P2.2 1, P2.3 3, P2.4 3
}

TEST_CASE("N/A answers leave the denominator") {
  auto t = uniform(90, 100);
  t.questions[question("2.1.1")] = {13, 7, 60};  // 13/20 = 65% Good, however many N/A
  const auto r = engine::rate(R(), t, {});
  CHECK(r.standards[standard("P2.1")].key_questions[0].tally.relevant() == 20);
  CHECK(r.standards[standard("P2.1")].rating == level("Good"));
}

TEST_CASE("band edges compare exactly by default and flag the rounding choice") {
  auto t = uniform(90, 100);
  SUBCASE("65% exactly is Good either way") {
    t.questions[question("2.1.1")] = {52, 28, 0};
    const auto kq = engine::rate(R(), t, {}).standards[standard("P2.1")].key_questions[0];
    CHECK(kq.band == level("Good"));
    CHECK_FALSE(kq.other_band);
  }
  SUBCASE("64.56% is Requires improvement, Good if rounded") {
    t.questions[question("2.1.1")] = {51, 28, 1};
    const auto r = engine::rate(R(), t, {});
    const auto& s = r.standards[standard("P2.1")];
    CHECK(s.key_questions[0].band == level("Requires improvement"));
    CHECK(s.key_questions[0].other_band == level("Good"));
    CHECK(s.rating == level("Requires improvement"));
    CHECK(s.other_rating == level("Good"));
  }
  SUBCASE("a rounding difference on a key question that does not drive leaves the standard alone") {
    t.questions[question("2.1.1")] = {51, 28, 0};
    t.questions[question("2.1.2")] = {10, 90, 0};
    const auto s = engine::rate(R(), t, {}).standards[standard("P2.1")];
    CHECK(s.key_questions[0].other_band == level("Good"));
    CHECK_FALSE(s.other_rating);
  }
  SUBCASE("with comparison: rounded the roles swap") {
    auto rounded = R();
    rounded.comparison = rules::Comparison::Rounded;
    t.questions[question("2.1.1")] = {51, 28, 0};
    const auto s = engine::rate(rounded, t, {}).standards[standard("P2.1")];
    CHECK(s.rating == level("Good"));
    CHECK(s.other_rating == level("Requires improvement"));
  }
}

TEST_CASE("a key question with no relevant cases does not drive") {
  auto t = uniform(90, 100);
  t.questions[question("2.4.3")] = {0, 0, 100};
  const auto s = engine::rate(R(), t, {}).standards[standard("P2.4")];
  CHECK_FALSE(s.key_questions[2].band);
  CHECK(s.rating == level("Outstanding"));
  SUBCASE("all three without relevant cases: not rated, any rating possible") {
    for (auto q : {"2.4.1", "2.4.2"}) t.questions[question(q)] = {0, 0, 100};
    const auto none = engine::rate(R(), t, {}).standards[standard("P2.4")];
    CHECK(none.basis == Basis::NotRated);
    CHECK(none.lowest == level("Inadequate"));
    CHECK(none.highest == level("Outstanding"));
  }
}

TEST_CASE("a missing key question column gives a range, or a determined rating at the bottom") {
  auto t = uniform(70, 100);  // Good
  t.present[question("2.3.2")] = false;
  auto r = engine::rate(R(), t, org("Good", "Good", "Good"));
  const auto& s = r.standards[standard("P2.3")];
  CHECK(s.basis == Basis::NotRated);
  CHECK_FALSE(s.rating);
  CHECK(s.lowest == level("Inadequate"));
  CHECK(s.highest == level("Good"));
  CHECK_FALSE(r.score);
  CHECK(r.score_min == 6 + 2 * 3 + 0);
  CHECK(r.score_max == 6 + 2 * 3 + 2);

  t.questions[question("2.3.1")] = {10, 90, 0};  // Inadequate: nothing missing can lower it further
  r = engine::rate(R(), t, org("Good", "Good", "Good"));
  CHECK(r.standards[standard("P2.3")].rating == level("Inadequate"));
  CHECK(r.score == 6 + 2 * 3);
}

TEST_CASE("missing organisational ratings give the range of score and overall rating") {
  const auto r = engine::rate(R(), bradford(), {});
  CHECK_FALSE(r.score);
  CHECK_FALSE(r.overall);
  CHECK(r.score_min == 0);
  CHECK(r.score_max == 9);
  CHECK(r.overall_lowest == level("Inadequate"));
  CHECK(r.overall_highest == level("Requires improvement"));
  const auto& p13 = r.standards[standard("P1.3")];
  CHECK(p13.basis == Basis::NotRated);
  // What the guidance says of the rating not yet given.
  REQUIRE(p13.guidance.size() == 1);
  CHECK(p13.guidance[0].hypothetical);
  CHECK(p13.guidance[0].status == GuidanceStatus::Departure);
  CHECK_FALSE(p13.unexplained_departure());
}

TEST_CASE("guidance cannot be checked while the other standard is not rated") {
  auto t = uniform(55, 100);
  t.present[question("2.3.1")] = false;
  const auto r = engine::rate(R(), t, org("Good", "Good", "Requires improvement"));
  REQUIRE(r.standards[standard("P1.3")].guidance.size() == 1);
  CHECK(r.standards[standard("P1.3")].guidance[0].status == GuidanceStatus::Undetermined);
}

TEST_CASE("every score maps to the shipped overall bands") {
  CHECK(*engine::rate(R(), uniform(100, 100), org("Outstanding", "Outstanding", "Outstanding")).score == 21);
  CHECK(engine::rate(R(), uniform(100, 100), org("Outstanding", "Outstanding", "Outstanding")).overall ==
        level("Outstanding"));
  CHECK(engine::rate(R(), uniform(0, 100), org("Inadequate", "Inadequate", "Inadequate")).score == 0);
  // 4 x Requires improvement + 3 x Inadequate = 4: the bottom of Requires improvement.
  const auto r = engine::rate(R(), uniform(50, 100), org("Inadequate", "Inadequate", "Inadequate"));
  CHECK(r.score == 4);
  CHECK(r.overall == level("Requires improvement"));
}

TEST_CASE("property: turning a No into a Yes never lowers a rating, the score or the overall rating") {
  std::mt19937 rng(12345);
  for (int trial = 0; trial < 300; ++trial) {
    engine::Tallies t;
    for (int q = 0; q < 12; ++q) {
      const std::size_t relevant = 1 + rng() % 40;
      const std::size_t yes = rng() % (relevant + 1);
      t.questions.push_back({yes, relevant - yes, rng() % 3});
    }
    t.present.assign(12, true);
    const auto ratings = org("Good", "Requires improvement", "Inadequate");
    const auto before = engine::rate(R(), t, ratings);
    const std::size_t q = rng() % 12;
    if (t.questions[q].no == 0) continue;
    --t.questions[q].no;
    ++t.questions[q].yes;
    const auto after = engine::rate(R(), t, ratings);
    for (std::size_t s = 0; s < before.standards.size(); ++s) CHECK(*after.standards[s].rating >= *before.standards[s].rating);
    CHECK(*after.score >= *before.score);
    CHECK(*after.overall >= *before.overall);
    // Adding an N/A answer changes nothing.
    ++t.questions[q].na;
    CHECK(engine::rate(R(), t, ratings).score == after.score);
  }
}

TEST_CASE("band thresholds are 0 50 65 and 80 percent") {
  CHECK(engine::band_threshold(R(), kInadequate) == 0);
  CHECK(engine::band_threshold(R(), kRequiresImprovement) == 50);
  CHECK(engine::band_threshold(R(), kGood) == 65);
  CHECK(engine::band_threshold(R(), kOutstanding) == 80);
}

TEST_CASE("64.56 percent is Requires improvement exactly but Good when rounded") {
  // 51/79 = 64.557%: below 65, but it rounds to 65.
  CHECK(engine::band(R(), 51, 79, Comparison::Exact) == kRequiresImprovement);
  CHECK(engine::band(R(), 51, 79, Comparison::Rounded) == kGood);
  CHECK(engine::band(R(), Tally{51, 28, 0}) == kRequiresImprovement);  // the rules' own choice: exact
}

TEST_CASE("65 percent exactly is Good under both comparisons") {
  CHECK(engine::band(R(), 52, 80, Comparison::Exact) == kGood);
  CHECK(engine::band(R(), 52, 80, Comparison::Rounded) == kGood);
  CHECK(engine::band(R(), 13, 20, Comparison::Exact) == kGood);
}

TEST_CASE("49.5 percent rounds half up to 50") {
  CHECK(engine::band(R(), 99, 200, Comparison::Exact) == kInadequate);
  CHECK(engine::band(R(), 99, 200, Comparison::Rounded) == kRequiresImprovement);
  // 64.5% rounds up to 65; 64.4% does not.
  CHECK(engine::band(R(), 129, 200, Comparison::Rounded) == kGood);
  CHECK(engine::band(R(), 129, 200, Comparison::Exact) == kRequiresImprovement);
  CHECK(engine::band(R(), 322, 500, Comparison::Rounded) == kRequiresImprovement);
  // 79.5% rounds to 80.
  CHECK(engine::band(R(), 159, 200, Comparison::Rounded) == kOutstanding);
  CHECK(engine::band(R(), 159, 200, Comparison::Exact) == kGood);
}

TEST_CASE("band edges at 50 and 80 percent and the extremes") {
  for (auto how : {Comparison::Exact, Comparison::Rounded}) {
    CAPTURE(rules::to_string(how));
    CHECK(engine::band(R(), 1, 2, how) == kRequiresImprovement);  // 50%
    CHECK(engine::band(R(), 4, 5, how) == kOutstanding);          // 80%
    CHECK(engine::band(R(), 0, 1, how) == kInadequate);
    CHECK(engine::band(R(), 1, 1, how) == kOutstanding);
    CHECK(engine::band(R(), 0, 79, how) == kInadequate);
    CHECK(engine::band(R(), 79, 79, how) == kOutstanding);
  }
}

TEST_CASE("just under a threshold stays in the lower band when compared exactly") {
  CHECK(engine::band(R(), 79, 100, Comparison::Exact) == kGood);
  CHECK(engine::band(R(), 63, 79, Comparison::Exact) == kGood);           // 79.75%
  CHECK(engine::band(R(), 63, 79, Comparison::Rounded) == kOutstanding);  // rounds to 80
  CHECK(engine::band(R(), 39, 79, Comparison::Exact) == kInadequate);     // 49.37%
  CHECK(engine::band(R(), 39, 79, Comparison::Rounded) == kInadequate);   // rounds to 49
  CHECK(engine::band(R(), 40, 79, Comparison::Exact) == kRequiresImprovement);  // 50.63%
}

TEST_CASE("overall rating of every score from 0 to 21") {
  for (int score = 0; score <= 21; ++score) {
    CAPTURE(score);
    const rules::Level expected = score <= 3 ? kInadequate : score <= 10 ? kRequiresImprovement : score <= 17 ? kGood
                                                                                                        : kOutstanding;
    CHECK(engine::overall_rating(R(), score).rating == expected);
  }
  // The edges, spelled out.
  CHECK(engine::overall_rating(R(), 3).rating == kInadequate);
  CHECK(engine::overall_rating(R(), 4).rating == kRequiresImprovement);
  CHECK(engine::overall_rating(R(), 10).rating == kRequiresImprovement);
  CHECK(engine::overall_rating(R(), 11).rating == kGood);
  CHECK(engine::overall_rating(R(), 17).rating == kGood);
  CHECK(engine::overall_rating(R(), 18).rating == kOutstanding);
  // Why: the score band, as the Result records it.
  CHECK(engine::overall_rating(R(), 3).score_band == 0u);
  CHECK(engine::overall_rating(R(), 4).score_band == 1u);
  CHECK(engine::overall_rating(R(), 21).score_band == 3u);
}

// A rule kind the youth justice framework needs: a standard rated but not counted in the score.
// Only the rules model, the loader and the method know of it; margins, explanations and reports
// follow because they ask the method (standard_points, overall_rating) or read the Result.
namespace {


// P1.x Good, P2.1 to P2.3 Good (13 of 20), P2.4 Outstanding (20 of 20).
model::Tallies good_but_p24_outstanding() {
  auto t = uniform(13, 20);
  for (auto q : R().standards[standard("P2.4")].key_questions) t.questions[q] = {20, 0, 0};
  return t;
}

}  // namespace

TEST_CASE("a standard that is rated but not scored adds nothing to the score, and everything follows") {
  const auto& rules = unscored_p24();
  const auto p24 = standard("P2.4");
  CHECK(rules.max_score() == 18);
  CHECK(engine::standard_points(rules, p24, kOutstanding) == 0);
  CHECK(engine::standard_points(rules, standard("P2.3"), kOutstanding) == 3);

  const auto r = engine::rate(rules, good_but_p24_outstanding(), all_organisational("Good"));
  CHECK(r.standards[p24].rating == kOutstanding);  // rated
  CHECK(r.max_score == 18);
  CHECK(r.score == 12);                            // 6 Good standards; P2.4 adds none
  CHECK(r.overall == kGood);
  CHECK(r.overall_band == 2u);                     // 10 to 15
  // The same inspection under the shipped rules, where P2.4 counts: 15/21, Good.
  CHECK(engine::rate(R(), good_but_p24_outstanding(), all_organisational("Good")).score == 15);

  // Margins: 16 is out of reach with P1.x held (at most 15), and lowering P2.4 would not lower
  // the score, so the way down drops the three scored casework standards, one answer each.
  CHECK_FALSE(r.margin.up);
  REQUIRE(r.margin.down == 3u);
  for (const auto& move : r.margin.plan_down) CHECK(move.standard != p24);

  // Explanations and reports read the points from the method.
  CHECK(contains(report::explain_overall(rules, r), " + P2.4 Outstanding 0 = 12. Scores 10 to 15 are Good."));
  const auto o = outcome("x.yaml", "X", good_but_p24_outstanding(), all_organisational("Good"));
  auto unscored = o;
  unscored.rated->result = r;
  CHECK(contains(report::text::inspection(rules, unscored, {}), "Score 12/18    Overall rating: Good"));
  CHECK(contains(report::json::inspection(rules, unscored), "\"max_score\": 18,"));
}

// Youth justice (hmip-youth-2021): ratings given without cases, and 4.1 not rated by design.
namespace {

model::Tallies no_cases(const rules::Rules& rules) {
  model::Tallies t;
  t.questions.resize(rules.question_slots());
  t.present.assign(rules.question_slots(), false);
  return t;
}

// East Sussex 2024, as published: every standard's rating given.
std::map<std::size_t, model::OrganisationalRating> east_sussex(const rules::Rules& rules) {
  const std::pair<const char*, const char*> published[] = {
      {"1.1", "Good"}, {"1.2", "Good"}, {"1.3", "Outstanding"}, {"1.4", "Outstanding"},
      {"2.1", "Good"}, {"2.2", "Inadequate"}, {"2.3", "Outstanding"}, {"2.4", "Outstanding"},
      {"3.1", "Requires improvement"}, {"3.2", "Requires improvement"}, {"3.3", "Outstanding"}, {"3.4", "Good"},
      {"4.1", "Requires improvement"}};
  std::map<std::size_t, model::OrganisationalRating> m;
  for (const auto& [id, rating] : published) m[*rules.find_standard(id)] = {*rules.find_rating(rating), "", {}};
  return m;
}

}  // namespace

TEST_CASE("a ratings-only youth inspection rates 25/36 Good, as East Sussex's published report") {
  const auto& youth = *rules::builtin_rules("hmip-youth-2021");
  const auto r = engine::rate(youth, no_cases(youth), east_sussex(youth));
  REQUIRE(r.score);
  CHECK(*r.score == 25);
  CHECK(r.max_score == 36);
  CHECK(r.overall == kGood);
  const auto& s22 = r.standards[*youth.find_standard("2.2")];
  CHECK(s22.basis == Basis::Inspectors);  // given, not computed from cases
  CHECK(s22.rating == kInadequate);
  CHECK(s22.key_questions.empty());  // nothing reported missing
  CHECK(r.standards[*youth.find_standard("4.1")].rating == kRequiresImprovement);
}

TEST_CASE("a standard not rated by design is known, adds nothing, and leaves the score and its range alone") {
  const auto& youth = *rules::builtin_rules("hmip-youth-2021");
  auto ratings = east_sussex(youth);
  const auto s41 = *youth.find_standard("4.1");
  ratings[s41].not_rated = true;
  const auto r = engine::rate(youth, no_cases(youth), ratings);
  CHECK(r.standards[s41].basis == Basis::NotRatedByDesign);
  CHECK_FALSE(r.standards[s41].rating);
  REQUIRE(r.score);
  CHECK(*r.score == 25);
  CHECK(r.score_min == 25);
  CHECK(r.score_max == 25);
  CHECK(r.overall == kGood);
  // Left out (not given at all), the unscored 4.1 is missing input, but cannot change the score.
  ratings.erase(s41);
  const auto missing = engine::rate(youth, no_cases(youth), ratings);
  CHECK(missing.standards[s41].basis == Basis::NotRated);
  REQUIRE(missing.score);
  CHECK(*missing.score == 25);
}
