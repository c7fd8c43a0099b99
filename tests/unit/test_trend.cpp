// Progress between inspections (engine/trend.hpp), on hand-made tallies: the counts and
// ratings of each inspection, the change from each to the next, and matching by id across rule
// sets.
#include <ostream>

#include <doctest/doctest.h>

#include <map>

#include "pdurate/engine/method.hpp"
#include "pdurate/engine/newcombe.hpp"
#include "pdurate/engine/trend.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

// Twelve key questions, `relevant` relevant cases each, with the given Yes counts.
engine::Tallies tallies(const std::vector<std::size_t>& yes, std::size_t relevant) {
  engine::Tallies t;
  for (auto y : yes) t.questions.push_back({y, relevant - y, 0});
  t.present.assign(yes.size(), true);
  t.cases = relevant;
  return t;
}

Ratings organisational(std::string_view rating) {
  Ratings m;
  for (auto id : {"P1.1", "P1.2", "P1.3"}) m[standard(id)] = {level(rating), "", {}};
  return m;
}

const engine::QuestionTrend& find(const engine::Trend& p, std::string_view id) {
  for (const auto& q : p.questions)
    if (q.id == id) return q;
  FAIL("no key question " << id);
  return p.questions.front();
}

}  // namespace

TEST_CASE("progress of two inspections under the same rules") {
  // Earlier: every key question 40/80 (Requires improvement); later: 2.1.3 at 15/79, the rest 40/79.
  const auto earlier = engine::rate(R(), tallies(std::vector<std::size_t>(12, 40), 80), organisational("Good"));
  auto later_counts = tallies(std::vector<std::size_t>(12, 40), 79);
  later_counts.questions[question("2.1.3")] = {15, 64, 0};
  const auto later = engine::rate(R(), later_counts, organisational("Requires improvement"));
  const auto p = engine::trend({{&R(), &earlier}, {&R(), &later}});

  CHECK(p.same_rules);
  CHECK(p.level_percent == 95);
  REQUIRE(p.standards.size() == R().standards.size());
  CHECK(p.standards[0].id == "P1.1");
  CHECK(p.standards[0].ratings[0]->rating == "Good");
  CHECK(p.standards[0].ratings[1]->rating == "Requires improvement");
  CHECK(p.standards[3].ratings[0]->rating == "Requires improvement");  // P2.1: 40/80 = 50%
  CHECK(p.standards[3].ratings[1]->rating == "Inadequate");            // 15/79
  REQUIRE(p.scores.size() == 2);
  CHECK(p.scores[0].score == 10);  // 2+2+2 + 1+1+1+1
  CHECK(p.scores[1].score == 6);   // 1+1+1 + 0+1+1+1
  CHECK(p.overall[0].rating == "Requires improvement");

  const auto& kq = find(p, "P2.1.3");
  CHECK(kq.short_id == "2.1.3");
  CHECK(kq.standard == "P2.1");
  REQUIRE(kq.points.size() == 2);
  CHECK(kq.points[0].state.tally == model::Tally{40, 40, 0});
  CHECK(kq.points[1].state.band == "Inadequate");
  REQUIRE(kq.changes.size() == 1);
  REQUIRE(kq.changes[0]);
  const auto expected = engine::newcombe(15, 79, 40, 80, 95);  // later minus earlier
  CHECK(kq.changes[0]->difference == doctest::Approx(15.0 / 79 - 0.5));
  CHECK(kq.changes[0]->low == expected.low);
  CHECK(kq.changes[0]->high == expected.high);
  CHECK(kq.changes[0]->excludes_zero());
  const auto& same = find(p, "P2.1.1");  // 40/80 then 40/79: no change worth the name
  REQUIRE(same.changes[0]);
  CHECK_FALSE(same.changes[0]->excludes_zero());
}

TEST_CASE("progress of three inspections: a change from each to the next; none without relevant cases") {
  auto none = tallies(std::vector<std::size_t>(12, 10), 20);
  none.questions[question("2.4.3")] = {0, 0, 20};  // every case N/A
  const auto a = engine::rate(R(), tallies(std::vector<std::size_t>(12, 10), 20), {});
  const auto b = engine::rate(R(), none, {});
  const auto c = engine::rate(R(), tallies(std::vector<std::size_t>(12, 18), 20), {});
  const auto p = engine::trend({{&R(), &a}, {&R(), &b}, {&R(), &c}});
  const auto& kq = find(p, "P2.4.3");
  REQUIRE(kq.points.size() == 3);
  CHECK(kq.points[1].in_rules);
  CHECK_FALSE(kq.points[1].has_percent());
  REQUIRE(kq.changes.size() == 2);
  CHECK_FALSE(kq.changes[0]);
  CHECK_FALSE(kq.changes[1]);
  const auto& other = find(p, "P2.4.2");
  REQUIRE(other.changes[1]);
  CHECK(other.changes[1]->difference == doctest::Approx(0.4));
  CHECK(other.changes[1]->excludes_zero());
  CHECK(p.standards[0].ratings[0]->rating == std::nullopt);  // organisational, not given: not rated
  CHECK_FALSE(p.scores[0].score);
}

TEST_CASE("progress across rule sets: matched by id, the rest in some only") {
  const auto* crc = rules::builtin_rules("hmip-probation-2018-crc");
  const auto* nps = rules::builtin_rules("hmip-probation-2018-nps");
  REQUIRE(crc);
  REQUIRE(nps);
  // No columns at all: every casework standard not rated.
  auto empty = [](const rules::Rules& r) {
    engine::Tallies t;
    t.questions.resize(r.questions.size() + r.findings.size());
    t.present.assign(t.questions.size(), false);
    return t;
  };
  const auto a = engine::rate(*crc, empty(*crc), {});
  const auto b = engine::rate(*nps, empty(*nps), {});
  const auto p = engine::trend({{crc, &a}, {nps, &b}});
  CHECK_FALSE(p.same_rules);
  // The later rules' standards first, in their order, then those only the earlier have.
  CHECK(p.standards.front().id == nps->standards.front().id);
  CHECK(p.standards.back().id == "4.2");
  std::size_t only_nps = 0, only_crc = 0, both = 0;
  for (const auto& s : p.standards) {
    REQUIRE(s.ratings.size() == 2);
    if (s.ratings[0] && s.ratings[1]) {
      ++both;
    } else if (s.ratings[1]) {
      ++only_nps;
      CHECK(s.id.rfind("3.", 0) == 0);
    } else {
      ++only_crc;
      CHECK(s.id.rfind("4.", 0) == 0);
    }
  }
  CHECK(both == 8);  // 1.1-1.4, 2.1-2.4
  CHECK(only_nps == 2);
  CHECK(only_crc == 2);
  const auto& q = find(p, "4.1.1");
  CHECK(q.points[0].in_rules);
  CHECK_FALSE(q.points[1].in_rules);
  CHECK_FALSE(q.changes[0]);
}
