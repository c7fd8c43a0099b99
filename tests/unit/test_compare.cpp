// Comparing results under two rule sets, on hand-made tallies: no files.
#include <ostream>

#include <doctest/doctest.h>

#include <map>

#include "pdurate/engine/compare.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;

namespace {

const rules::Rules& base() { return rules::default_rules(); }

// The shipped rules with one line replaced (it must occur exactly once).
rules::Rules edited(std::string_view from, std::string_view to) {
  std::string text(rules::default_rules_text());
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  text.replace(at, from.size(), to);
  util::Diagnostics errors;
  auto r = rules::load_rules(text, "edited.yaml", errors);
  REQUIRE(errors.empty());
  return *r;
}

const rules::Rules& good_at_70() {
  static const rules::Rules r = edited("      min: 65\n", "      min: 70\n");
  return r;
}

// Twelve key questions, 20 relevant cases each, with the given Yes counts.
engine::Tallies tallies(const std::vector<std::size_t>& yes) {
  engine::Tallies t;
  for (auto y : yes) t.questions.push_back({y, 20 - y, 0});
  t.present.assign(yes.size(), true);
  t.cases = 20;
  return t;
}

std::map<std::size_t, model::OrganisationalRating> all_good(const rules::Rules& r) {
  std::map<std::size_t, model::OrganisationalRating> m;
  for (auto id : {"P1.1", "P1.2", "P1.3"}) m[*r.find_standard(id)] = {*r.find_rating("Good"), "", {}};
  return m;
}

engine::ResultDiff diff(const engine::Tallies& t, bool rated, const rules::Rules& after = good_at_70()) {
  const std::map<std::size_t, model::OrganisationalRating> none;
  const auto b = engine::rate(base(), t, rated ? all_good(base()) : none);
  const auto a = engine::rate(after, t, rated ? all_good(after) : none);
  return engine::compare_results(base(), b, after, a);
}

}  // namespace

TEST_CASE("the same rules change nothing") {
  const auto d = diff(tallies({13, 14, 16, 10, 11, 12, 17, 18, 19, 0, 20, 9}), true, base());
  CHECK_FALSE(d.changed());
  CHECK(d.standards.empty());
  CHECK(d.score_before == d.score_after);
}

TEST_CASE("a raised threshold changes the standards whose lowest key question it passes over") {
  // P2.1: 13/20 = 65% Good drives -> Requires improvement at 70%.
  // P2.2: 14/20 = 70% Good stays Good.
  // P2.3: 11/20 = 55% drives (RI); 13/20 changes band but not the rating.
  // P2.4: all Outstanding.
  const auto d = diff(tallies({13, 16, 17, 14, 16, 17, 11, 13, 16, 16, 17, 18}), true);
  REQUIRE(d.standards.size() == 1);
  const auto& s = d.standards[0];
  CHECK(s.id == "P2.1");
  CHECK(s.name == "Assessment");
  CHECK(s.before->rating == "Good");
  CHECK(s.after->rating == "Requires improvement");
  REQUIRE(s.causes.size() == 1);
  CHECK(s.causes[0].id == "P2.1.1");
  CHECK(s.causes[0].short_id == "2.1.1");
  CHECK(s.causes[0].before.band == "Good");
  CHECK(s.causes[0].after.band == "Requires improvement");
  CHECK(s.causes[0].after.tally == engine::Tally{13, 7, 0});
  // Score: 3 Good (6) + P2.1 Good + P2.2 Good + P2.3 RI + P2.4 Outstanding = 6+2+2+1+3 = 14.
  CHECK(d.score_before.score == 14);
  CHECK(d.score_after.score == 13);
  CHECK(d.score_changed());
  CHECK_FALSE(d.overall_changed());  // 13 and 14 are both Good
  CHECK(d.changed());
}

TEST_CASE("every key question at the new rating is a cause") {
  // P2.2: 2.2.1 and 2.2.3 at 65% and 68%: both fall to Requires improvement; 2.2.2 at 75% too
  // changes nothing (Good either way).
  const auto d = diff(tallies({18, 18, 18, 13, 15, 13, 18, 18, 18, 18, 18, 18}), true);
  REQUIRE(d.standards.size() == 1);
  REQUIRE(d.standards[0].causes.size() == 2);
  CHECK(d.standards[0].causes[0].id == "P2.2.1");
  CHECK(d.standards[0].causes[1].id == "P2.2.3");
}

TEST_CASE("a change of range is a change when ratings are missing") {
  // No organisational ratings: only ranges. P2.4 Good at 65% becomes Requires improvement.
  const auto d = diff(tallies({18, 18, 18, 18, 18, 18, 18, 18, 18, 13, 18, 18}), false);
  REQUIRE(d.standards.size() == 1);
  CHECK(d.standards[0].id == "P2.4");
  CHECK_FALSE(d.score_before.score);
  CHECK(d.score_before.min == 11);  // 3 x Outstanding + Good, organisational 0
  CHECK(d.score_after.min == 10);
  CHECK(d.score_after.max == 19);
  CHECK(d.overall_before.lowest == "Good");
  CHECK(d.overall_after.lowest == "Requires improvement");
  CHECK(d.overall_changed());
}

TEST_CASE("score bands changed without any rating change show in the overall rating only") {
  std::string text(rules::default_rules_text());
  for (auto [from, to] : {std::pair{"    min: 11\n    max: 17\n", "    min: 11\n    max: 18\n"},
                          std::pair{"    min: 18\n    max: 21\n", "    min: 19\n    max: 21\n"}})
    text.replace(text.find(from), std::string_view(from).size(), to);
  util::Diagnostics errors;
  const auto after = rules::load_rules(text, "edited.yaml", errors);
  REQUIRE(after);
  const auto d = diff(tallies({18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18}), true, *after);
  CHECK(d.standards.empty());
  CHECK_FALSE(d.score_changed());
  CHECK(d.score_before.score == 18);  // 3 Good (6) + 4 Outstanding (12)
  CHECK(d.overall_before.rating == "Outstanding");
  CHECK(d.overall_after.rating == "Good");
  CHECK(d.changed());
}
