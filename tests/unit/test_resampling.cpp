// Rating probabilities by the case-level bootstrap: deterministic for a seed, summing to 1,
// ~100% for a rating far from any edge, and matching an exact binomial where one exists.
#include <ostream>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "pdurate/engine/resampling.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

// n cases; key question q answered Yes by cases [0, yes[q]) and No by the rest (all relevant).
model::CaseSet cases_with(std::size_t n, const std::vector<std::size_t>& yes) {
  model::CaseSet cases(R().question_slots());
  for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
  for (std::size_t c = 0; c < n; ++c) {
    cases.add_case("C" + std::to_string(c), 0);
    for (std::size_t q = 0; q < R().questions.size(); ++q)
      cases.set_answer(c, q, c < yes[q] ? model::Answer::Yes : model::Answer::No);
  }
  return cases;
}

// Bradford & Calderdale's Yes counts out of 79.
model::CaseSet bradford_cases() { return cases_with(79, {36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22}); }


std::size_t total(const engine::RatingDistribution& d) {
  std::size_t sum = d.not_rated;
  for (auto c : d.counts) sum += c;
  return sum;
}

// A generator returning a fixed sequence (for bounded_draw).
struct Sequence {
  std::vector<std::uint64_t> values;
  std::size_t next = 0;
  std::uint64_t operator()() { return values[next++]; }
};

}  // namespace

TEST_CASE("the bounded draw rejects the top partial range") {
  // 2^64 - 1 is divisible by 3, so every value below it is accepted and UINT64_MAX is rejected.
  Sequence s{{UINT64_MAX, 7}};
  CHECK(engine::bounded_draw(s, 3) == 1u);
  CHECK(s.next == 2u);
  // For 10 the top 6 values (2^64 - 1 - 5 ... 2^64 - 1) are rejected.
  Sequence t{{UINT64_MAX - 5, UINT64_MAX - 6}};
  CHECK(engine::bounded_draw(t, 10) == static_cast<std::size_t>((UINT64_MAX - 6) % 10));
  CHECK(t.next == 2u);
}

TEST_CASE("rating probabilities are reproducible from the seed") {
  const auto cases = cases_with(40, {20, 30, 30, 20, 30, 30, 20, 30, 30, 20, 30, 30});
  const auto a = engine::rating_probabilities(R(), cases, {}, 2000, 7);
  const auto b = engine::rating_probabilities(R(), cases, {}, 2000, 7);
  const auto c = engine::rating_probabilities(R(), cases, {}, 2000, 8);
  CHECK(a.seed == 7u);
  CHECK(a.resamples == 2000u);
  CHECK(a.cases == 40u);
  for (std::size_t s = 0; s < R().standards.size(); ++s) {
    REQUIRE(a.standards[s].has_value() == b.standards[s].has_value());
    if (a.standards[s]) CHECK(a.standards[s]->counts == b.standards[s]->counts);
  }
  // 20 of 40 is exactly on the 50% edge: another seed gives other counts.
  CHECK(a.standards[standard("P2.1")]->counts != c.standards[standard("P2.1")]->counts);
  // Exactly on the edge, about half the resamples fall below it.
  const double ri = a.standards[standard("P2.1")]->probability(level("Requires improvement"));
  CHECK(ri > 0.4);
  CHECK(ri < 0.75);
}

TEST_CASE("Bradford and Calderdale: every casework standard and the overall rating are almost surely Inadequate") {
  const auto p = engine::rating_probabilities(R(), bradford_cases(), bradford_ratings(), 10000, 1);
  for (auto id : {"P2.1", "P2.2", "P2.3", "P2.4"}) {
    CAPTURE(id);
    const auto& d = *p.standards[standard(id)];
    CHECK(total(d) == 10000u);
    CHECK(d.not_rated == 0u);
    CHECK(d.probability(level("Inadequate")) > 0.99);
  }
  CHECK_FALSE(p.standards[standard("P1.1")]);  // the inspectors' rating: not resampled
  REQUIRE(p.overall);
  CHECK(total(*p.overall) == 10000u);
  CHECK(p.overall->probability(level("Inadequate")) > 0.99);
}

TEST_CASE("without the organisational ratings there is no overall distribution") {
  const auto p = engine::rating_probabilities(R(), bradford_cases(), {}, 100, 1);
  CHECK_FALSE(p.overall);
  CHECK(p.standards[standard("P2.1")]);
}

TEST_CASE("one key question deciding a standard matches the exact binomial") {
  // P2.1: 2.1.1 at 40 of 79 (50.6%), the others all Yes. A resample's Yes count for 2.1.1 is
  // Binomial(79, 40/79), so P(Requires improvement) = P(40 <= Y <= 51) = 0.5403632645605637
  // and P(Good or better) = P(Y >= 52), computed independently in Python.
  std::vector<std::size_t> yes(12, 79);
  yes[question("2.1.1")] = 40;
  const auto p = engine::rating_probabilities(R(), cases_with(79, yes), {}, 20000, 3);
  const auto& d = *p.standards[standard("P2.1")];
  const double ri = d.probability(level("Requires improvement"));
  const double se = std::sqrt(0.54 * 0.46 / 20000);
  CHECK(std::abs(ri - 0.5403632645605637) < 4 * se);
  CHECK(std::abs(d.probability(level("Inadequate")) - (1 - 0.5449331543934792)) < 4 * se);
  // The other standards, all Yes, are Outstanding in every resample.
  CHECK(p.standards[standard("P2.2")]->probability(level("Outstanding")) == 1.0);
}

TEST_CASE("resamples with no relevant case left are counted as not rated") {
  // Five cases; P2.1's three key questions apply to case C0 only: a resample misses it with
  // probability (4/5)^5 = 0.328.
  auto cases = cases_with(5, std::vector<std::size_t>(12, 5));
  for (std::size_t c = 1; c < 5; ++c)
    for (auto id : {"2.1.1", "2.1.2", "2.1.3"}) cases.set_answer(c, question(id), model::Answer::NotApplicable);
  const auto p = engine::rating_probabilities(R(), cases, bradford_ratings(), 4000, 5);
  const auto& d = *p.standards[standard("P2.1")];
  CHECK(total(d) == 4000u);
  const double missed = static_cast<double>(d.not_rated) / 4000;
  CHECK(std::abs(missed - 0.32768) < 4 * std::sqrt(0.33 * 0.67 / 4000));
  CHECK(p.overall->not_rated == d.not_rated);
}

TEST_CASE("very large inputs get fewer resamples within the draw budget") {
  CHECK(engine::resamples_within_budget(10000, 79) == 10000u);
  CHECK(engine::resamples_within_budget(10000, 2000) == 10000u);  // 20 000 000 draws exactly
  CHECK(engine::resamples_within_budget(10000, 2001) == engine::kMaxCaseDraws / 2001);
  CHECK(engine::resamples_within_budget(10000, 100000) == 200u);
  CHECK(engine::resamples_within_budget(10000, 10000000) == engine::kMinResamples);
  CHECK(engine::resamples_within_budget(50, 100000) == 50u);  // never more than asked
  const auto p = engine::rating_probabilities(R(), cases_with(3000, std::vector<std::size_t>(12, 1500)), {}, 10000, 1);
  CHECK(p.requested == 10000u);
  CHECK(p.resamples == engine::kMaxCaseDraws / 3000);
  CHECK(total(*p.standards[standard("P2.1")]) == p.resamples);
}

TEST_CASE("the division-free bounded draw gives the same draws as bounded_draw") {
  std::mt19937_64 numbers(11);
  for (std::uint64_t n : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{3}, std::uint64_t{79}, std::uint64_t{1000000},
                          (std::uint64_t{1} << 32) + 5, (std::uint64_t{1} << 63) + 1, UINT64_MAX - 1, UINT64_MAX}) {
    CAPTURE(n);
    const engine::BoundedDraw draw(n);
    for (std::uint64_t a : {std::uint64_t{0}, std::uint64_t{1}, n - 1, n, UINT64_MAX, UINT64_MAX - 1})
      CHECK(draw.remainder(a) == a % n);
    for (int i = 0; i < 2000; ++i) {
      const std::uint64_t a = numbers();
      REQUIRE(draw.remainder(a) == a % n);
    }
    std::mt19937_64 g1(n), g2(n);
    for (int i = 0; i < 200; ++i) REQUIRE(draw(g1) == engine::bounded_draw(g2, n));
  }
  // The rejection is bounded_draw's: the values it rejects are rejected.
  Sequence t{{UINT64_MAX - 5, UINT64_MAX - 6}};
  CHECK(engine::BoundedDraw(10)(t) == static_cast<std::size_t>((UINT64_MAX - 6) % 10));
  CHECK(t.next == 2u);
}

namespace {

// Hears what rating_probabilities reports.
struct Recording : util::Progress {
  std::string what;
  std::uint64_t total = 0, last = 0, updates = 0;
  bool ended = false, increasing = true;
  void begin(std::string_view w, std::uint64_t t) override {
    what = w;
    total = t;
  }
  void update(std::uint64_t done) override {
    increasing = increasing && done > last;
    last = done;
    ++updates;
  }
  void end() override { ended = true; }
};

// n cases in which P2.1's three key questions are answered alike, case by case: Yes by the
// first `yes`, No by the rest; every other key question Yes.
model::CaseSet alike_cases(std::size_t n, std::size_t yes) {
  std::vector<std::size_t> all(12, n);
  for (auto id : {"2.1.1", "2.1.2", "2.1.3"}) all[question(id)] = yes;
  return cases_with(n, all);
}

}  // namespace

TEST_CASE("rating probabilities report each resample to a progress listener, and the same figures without one") {
  Recording heard;
  const auto cases = bradford_cases();
  const auto with = engine::rating_probabilities(R(), cases, bradford_ratings(), 300, 2, &heard);
  const auto without = engine::rating_probabilities(R(), cases, bradford_ratings(), 300, 2);
  CHECK(heard.what == "resampling");
  CHECK(heard.total == 300u);
  CHECK(heard.updates == 300u);
  CHECK(heard.last == 300u);
  CHECK(heard.increasing);
  CHECK(heard.ended);
  CHECK(with.overall->counts == without.overall->counts);
}

TEST_CASE("the normal approximation agrees with drawing cases within simulation error") {
  // 2000 cases, P2.1's key questions answered alike at 50.5%: the standard is Requires
  // improvement when the shared fraction stays at 50% or more. Answered alike, its three key
  // questions move together, so P(Requires improvement) is about P(Y >= 1000) for one
  // Binomial(2000, 0.505), 0.67; treated as independent it would be about 0.67^3 = 0.30.
  const auto cases = alike_cases(2000, 1010);
  const auto exact = engine::rating_probabilities(R(), cases, {}, 4000, 3, nullptr, engine::ResamplingMethod::Cases);
  const auto normal = engine::rating_probabilities(R(), cases, {}, 4000, 3, nullptr, engine::ResamplingMethod::Normal);
  CHECK_FALSE(exact.normal);
  CHECK(normal.normal);
  CHECK(normal.resamples == 4000u);
  const auto ri = level("Requires improvement");
  const double a = exact.standards[standard("P2.1")]->probability(ri);
  const double b = normal.standards[standard("P2.1")]->probability(ri);
  const double se = std::sqrt(2 * 0.25 / 4000);  // of a difference of two independent estimates
  CAPTURE(a);
  CAPTURE(b);
  CHECK(std::abs(a - b) < 4 * se);
  CHECK(std::abs(b - 0.67) < 0.05);  // the correlation kept: not the independent 0.30
  CHECK(normal.standards[standard("P2.2")]->probability(level("Outstanding")) == 1.0);  // all Yes stays so
  CHECK(total(*normal.standards[standard("P2.1")]) == 4000u);
}

TEST_CASE("from kNormalFrom cases the normal approximation draws every resample asked for") {
  const auto cases = alike_cases(engine::kNormalFrom, engine::kNormalFrom / 2 + 300);
  const auto p = engine::rating_probabilities(R(), cases, {}, 10000, 1);
  CHECK(p.normal);
  CHECK(p.resamples == 10000u);
  CHECK(total(*p.standards[standard("P2.1")]) == 10000u);
  // 50.3% of 100 000: 1.9 standard errors above the edge, so Requires improvement in 97.1% of
  // resamples (P(Y >= 50000) for Y ~ Binomial(100000, 0.503)).
  CHECK(std::abs(p.standards[standard("P2.1")]->probability(level("Requires improvement")) - 0.9713) < 0.01);
  const auto smaller = engine::rating_probabilities(R(), alike_cases(3000, 1600), {}, 10000, 1);
  CHECK_FALSE(smaller.normal);
}
