// Margins: changes to the next band, for key questions, standards and the overall rating.
#include <ostream>

#include <doctest/doctest.h>

#include <cstdlib>
#include <random>

#include "pdurate/engine/margins.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::Tally;
using namespace pdurate::test;

namespace {

std::map<std::size_t, model::OrganisationalRating> org(rules::Level p11, rules::Level p12, rules::Level p13) {
  return {{standard("P1.1"), {p11, "", {}}}, {standard("P1.2"), {p12, "", {}}}, {standard("P1.3"), {p13, "x", {}}}};
}

engine::Tallies make(const std::vector<Tally>& t) {
  engine::Tallies out;
  out.questions = t;
  out.present.assign(t.size(), true);
  return out;
}


// An oracle independent of the engine: band each key question, take each standard's lowest,
// add the points, look up the score band.
// (Read straight from the rules' data; the shipped rules compare exactly.)
rules::Level oracle_overall(const rules::Rules& rules, const std::vector<Tally>& t, int organisational_points) {
  const auto band = [&](const Tally& tally) {
    rules::Level level = 0;
    for (const auto& b : rules.bands)
      if (100 * tally.yes >= static_cast<std::size_t>(b.min_percent) * tally.relevant()) level = b.rating;
    return level;
  };
  int score = organisational_points;
  for (const auto& s : rules.standards) {
    if (!s.casework() || !s.scored) continue;  // a standard rated but not scored adds nothing
    rules::Level lowest = rules.top();
    for (auto q : s.key_questions)
      if (t[q].relevant() > 0) lowest = std::min(lowest, band(t[q]));
    score += rules.scale[lowest].points;
  }
  for (const auto& b : rules.score_bands)
    if (score >= b.min && score <= b.max) return b.rating;
  FAIL("no score band for " << score);
  return 0;
}

// The fewest Yes/No changes that bring the overall rating to at least (up) or at most (down)
// `target`, by trying every combination of Yes counts.
std::optional<std::size_t> brute_force(const rules::Rules& rules, const std::vector<Tally>& base, int org_points,
                                       rules::Level target, bool up) {
  std::vector<std::size_t> yes(base.size(), 0);
  std::optional<std::size_t> best;
  for (;;) {
    std::vector<Tally> t = base;
    std::size_t cost = 0;
    for (std::size_t q = 0; q < t.size(); ++q) {
      const std::size_t relevant = base[q].relevant();
      cost += yes[q] > base[q].yes ? yes[q] - base[q].yes : base[q].yes - yes[q];
      t[q] = {yes[q], relevant - yes[q], base[q].na};
    }
    const auto overall = oracle_overall(rules, t, org_points);
    if ((up ? overall >= target : overall <= target) && (!best || cost < *best)) best = cost;
    std::size_t q = 0;  // next combination (mixed radix)
    while (q < yes.size() && yes[q] == base[q].relevant()) yes[q++] = 0;
    if (q == yes.size()) break;
    ++yes[q];
  }
  return best;
}

}  // namespace

TEST_CASE("key question margins count the answers to the next band") {
  // 36/79 = 45.6%: 4 more Yes reach 40/79 = 50.6% (Requires improvement); already at the bottom.
  CHECK(engine::changes_to_reach(R(), {36, 43, 0}, level("Requires improvement")) == 4u);
  CHECK(engine::changes_to_fall(R(), {36, 43, 0}, level("Inadequate")) == 0u);
  // 40/79 = 50.6%: one Yes fewer is 49.4%.
  CHECK(engine::changes_to_fall(R(), {40, 39, 0}, level("Inadequate")) == 1u);
  // Exactly on the edge: 52/80 = 65% is Good; one fewer falls.
  CHECK(engine::changes_to_fall(R(), {52, 28, 0}, level("Requires improvement")) == 1u);
  CHECK(engine::changes_to_reach(R(), {52, 28, 0}, level("Outstanding")) == 12u);  // 64/80
  // Rounded comparison: 51/79 = 64.56% already counts as 65%.
  auto rounded = R();
  rounded.comparison = rules::Comparison::Rounded;
  CHECK(engine::changes_to_reach(rounded, {51, 28, 0}, level("Good")) == 0u);
  CHECK(engine::changes_to_reach(R(), {51, 28, 0}, level("Good")) == 1u);
  // No relevant cases: no margin.
  CHECK_FALSE(engine::changes_to_reach(R(), {0, 0, 5}, level("Good")));
}

TEST_CASE("Bradford and Calderdale margins match the acceptance figures") {
  const auto r = engine::rate(R(), bradford(), org(0, 0, 1));
  const auto& p21 = r.standards[standard("P2.1")];
  CHECK(p21.margin.up == 29u);  // 4 on 2.1.1, 25 on 2.1.3
  CHECK_FALSE(p21.margin.down);
  CHECK(p21.key_questions[0].margin.up == 4u);
  CHECK(p21.key_questions[2].margin.up == 25u);
  CHECK_FALSE(p21.key_questions[0].margin.down);
  CHECK(p21.key_questions[1].margin.down == 5u);  // 44/79 -> 39/79 = 49.4%
  CHECK(p21.key_questions[1].margin.up == 8u);    // 44/79 -> 52/79 = 65.8%

  // Overall: 87, by lifting P2.1 two bands (61) and P2.4 one (26), not 88 by three single steps.
  REQUIRE(r.margin.up);
  CHECK(*r.margin.up == 87u);
  REQUIRE(r.margin.plan_up.size() == 2);
  CHECK(r.margin.plan_up[0].standard == standard("P2.1"));
  CHECK(r.margin.plan_up[0].to == level("Good"));
  CHECK(r.margin.plan_up[0].changes == 61u);
  CHECK(r.margin.plan_up[1].standard == standard("P2.4"));
  CHECK(r.margin.plan_up[1].to == level("Requires improvement"));
  CHECK(r.margin.plan_up[1].changes == 26u);
  CHECK_FALSE(r.margin.down);  // 1/21 cannot fall below Inadequate
}

TEST_CASE("no overall margin without a score") {
  const auto r = engine::rate(R(), bradford(), {});
  CHECK_FALSE(r.margin.up);
  CHECK_FALSE(r.margin.down);
}

namespace {

// Random small inspections under `rules` (the shipped rules' structure: P1.1-P1.3 judgement),
// each rated, and its margins both ways compared with brute force.
void margins_agree_with_brute_force(const rules::Rules& rules) {
  std::mt19937 rng(2024);
  int checked = 0;
  for (int trial = 0; trial < 40 && checked < 12; ++trial) {
    std::vector<Tally> base;
    std::size_t combinations = 1;
    for (int q = 0; q < 12; ++q) {
      const std::size_t relevant = 1 + rng() % 3;
      const std::size_t yes = rng() % (relevant + 1);
      base.push_back({yes, relevant - yes, rng() % 2});
      combinations *= relevant + 1;
    }
    if (combinations > 300000) continue;  // keep the enumeration quick
    const rules::Level o1 = rng() % 4, o2 = rng() % 4, o3 = rng() % 4;
    const int org_points = rules.points(o1) + rules.points(o2) + rules.points(o3);
    const auto r = engine::rate(rules, make(base), org(o1, o2, o3));
    REQUIRE(r.overall);
    CHECK(*r.overall == oracle_overall(rules, base, org_points));
    const auto up = *r.overall < rules.top() ? brute_force(rules, base, org_points, *r.overall + 1, true) : std::nullopt;
    const auto down = *r.overall > 0 ? brute_force(rules, base, org_points, *r.overall - 1, false) : std::nullopt;
    CAPTURE(trial);
    CHECK(r.margin.up == up);
    CHECK(r.margin.down == down);
    for (const auto& move : r.margin.plan_up) CHECK(rules.standards[move.standard].scored);
    for (const auto& move : r.margin.plan_down) CHECK(rules.standards[move.standard].scored);
    // Applying the plan reaches the band with exactly that many changes.
    if (r.margin.up) {
      auto t = base;
      std::size_t applied = 0;
      for (const auto& move : r.margin.plan_up)
        for (auto q : rules.standards[move.standard].key_questions)
          if (t[q].relevant() > 0) {
            const auto need = *engine::min_yes(rules, t[q].relevant(), move.to);
            if (need > t[q].yes) {
              applied += need - t[q].yes;
              t[q].no -= need - t[q].yes;
              t[q].yes = need;
            }
          }
      CHECK(applied == *r.margin.up);
      CHECK(oracle_overall(rules, t, org_points) > *r.overall);
    }
    ++checked;
  }
  CHECK(checked >= 8);
}

}  // namespace

TEST_CASE("overall margins agree with brute force on small random inspections") {
  SUBCASE("under the shipped rules") { margins_agree_with_brute_force(R()); }
  // The youth framework's rule kind: margins must never spend changes on a standard that adds
  // no points to the score.
  SUBCASE("with P2.4 rated but not scored") { margins_agree_with_brute_force(unscored_p24()); }
}
