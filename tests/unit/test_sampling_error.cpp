// Which bands and ratings are within sampling error, on hand-made tallies.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/engine/sampling_error.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::Tally;
using namespace pdurate::test;

namespace {

// Every key question 90 of 100 (Outstanding, 80% interval 85.5% to 93.2%), then the given ones.
engine::Tallies tallies(std::initializer_list<std::pair<std::string_view, Tally>> set) {
  engine::Tallies t;
  t.questions.assign(R().questions.size(), Tally{90, 10, 0});
  t.present.assign(R().questions.size(), true);
  t.cases = 100;
  for (const auto& [id, tally] : set) t.questions[question(id)] = tally;
  return t;
}

engine::SamplingError analyse(const engine::Tallies& t, double level_percent = 80) {
  return engine::sampling_error(R(), engine::rate(R(), t, {}), level_percent);
}

}  // namespace

TEST_CASE("a percentage's band under exact and rounded comparison") {
  using rules::Comparison;
  CHECK(engine::band_of_percent(R(), 49.99, Comparison::Exact) == level("Inadequate"));
  CHECK(engine::band_of_percent(R(), 50.0, Comparison::Exact) == level("Requires improvement"));
  CHECK(engine::band_of_percent(R(), 49.5, Comparison::Rounded) == level("Requires improvement"));
  CHECK(engine::band_of_percent(R(), 49.49, Comparison::Rounded) == level("Inadequate"));
  CHECK(engine::band_of_percent(R(), 100.0, Comparison::Exact) == level("Outstanding"));
  CHECK(engine::band_of_percent(R(), 0.0, Comparison::Exact) == level("Inadequate"));
}

TEST_CASE("Bradford and Calderdale 2.1.1 is within sampling error but P2.1 is not") {
  const auto s = analyse(tallies({{"2.1.1", {36, 43, 0}}, {"2.1.2", {44, 35, 0}}, {"2.1.3", {15, 64, 0}}}));
  CHECK(s.level == 80);
  const auto& q211 = *s.key_questions[question("2.1.1")];  // 45.6%, 38.6% to 52.8%
  CHECK(q211.interval.low == doctest::Approx(0.3855184357).epsilon(1e-9));
  CHECK(q211.lowest == level("Inadequate"));
  CHECK(q211.highest == level("Requires improvement"));
  CHECK(q211.within_sampling_error());
  const auto& q213 = *s.key_questions[question("2.1.3")];  // 19.0%, 14.0% to 25.3%
  CHECK_FALSE(q213.within_sampling_error());
  // P2.1 is driven by 2.1.3, whose whole interval is Inadequate: the rating is solid even though
  // 2.1.1 and 2.1.2 straddle 50%.
  const auto& p21 = *s.standards[standard("P2.1")];
  CHECK(p21.lowest == level("Inadequate"));
  CHECK(p21.highest == level("Inadequate"));
  CHECK_FALSE(p21.within_sampling_error());
  // Organisational standards have no sampling error.
  CHECK_FALSE(s.standards[standard("P1.1")]);
}

TEST_CASE("a standard whose driving key question straddles an edge is within sampling error") {
  const auto s = analyse(tallies({{"2.2.1", {52, 48, 0}}}));  // 52%: Requires improvement, 45.6% to 58.3%
  const auto& p22 = *s.standards[standard("P2.2")];
  CHECK(p22.lowest == level("Inadequate"));
  CHECK(p22.highest == level("Requires improvement"));
  CHECK(p22.within_sampling_error());
  CHECK(s.key_questions[question("2.2.1")]->within_sampling_error());
  // The others (90%) are Outstanding throughout.
  CHECK_FALSE(s.key_questions[question("2.2.2")]->within_sampling_error());
  CHECK_FALSE(s.standards[standard("P2.3")]->within_sampling_error());
}

TEST_CASE("a standard could rise only if every key question could") {
  // 2.3.1 at 64% (RI, up to about 70%: Good); 2.3.2 at 60% (RI, up to 66.1%: Good) -> could
  // be Good.
  auto s = analyse(tallies({{"2.3.1", {64, 36, 0}}, {"2.3.2", {60, 40, 0}}}));
  CHECK(s.standards[standard("P2.3")]->lowest == level("Requires improvement"));
  CHECK(s.standards[standard("P2.3")]->highest == level("Good"));
  // 2.3.2 at 55% instead (RI, 48.6% to 61.2%): it cannot reach Good, so neither can P2.3; but it
  // could fall to Inadequate.
  s = analyse(tallies({{"2.3.1", {64, 36, 0}}, {"2.3.2", {55, 45, 0}}}));
  CHECK(s.standards[standard("P2.3")]->lowest == level("Inadequate"));
  CHECK(s.standards[standard("P2.3")]->highest == level("Requires improvement"));
  // 2.3.2 at 58% (51.6% to 64.2%): solidly RI, so P2.3 is RI whatever 2.3.1 does.
  s = analyse(tallies({{"2.3.1", {64, 36, 0}}, {"2.3.2", {58, 42, 0}}}));
  CHECK(s.key_questions[question("2.3.1")]->within_sampling_error());
  CHECK_FALSE(s.standards[standard("P2.3")]->within_sampling_error());
}

TEST_CASE("a higher confidence level widens what is within sampling error") {
  const auto t = tallies({{"2.4.1", {56, 44, 0}}});  // 56%: 80% interval 49.6-62.2, 95% 46.2-65.3
  CHECK(analyse(t, 80).standards[standard("P2.4")]->within_sampling_error());
  CHECK(analyse(t, 95).standards[standard("P2.4")]->highest == level("Good"));
  CHECK(analyse(t, 50).standards[standard("P2.4")]->lowest == level("Requires improvement"));
}

TEST_CASE("key questions without a band and standards with a missing one get no range") {
  auto t = tallies({{"2.1.1", {0, 0, 100}}});
  t.present[question("2.4.2")] = false;
  const auto s = analyse(t);
  CHECK_FALSE(s.key_questions[question("2.1.1")]);
  CHECK(s.standards[standard("P2.1")]);  // rated from its other two
  CHECK_FALSE(s.key_questions[question("2.4.2")]);
  CHECK_FALSE(s.standards[standard("P2.4")]);  // not rated
}
