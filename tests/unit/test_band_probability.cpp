// How likely a sample is to put a key question in its true band: exact binomial sums, against
// hand-worked values and Python's math.comb (tests/plan/check_plan.py checks the CLI's tables).
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/band_probability.hpp"
#include "test_util.hpp"

using namespace pdurate::engine;
using pdurate::test::R;
using pdurate::test::level;

TEST_CASE("binomial probabilities") {
  CHECK(binomial_probability(10, 5, 0.5) == doctest::Approx(252.0 / 1024).epsilon(1e-12));
  CHECK(binomial_probability(4, 0, 0.25) == doctest::Approx(81.0 / 256).epsilon(1e-12));
  // math.comb(41, 27) * 0.65**27 * 0.35**14 = 0.1296137...
  CHECK(binomial_probability(41, 27, 0.65) == doctest::Approx(0.12961373694).epsilon(1e-9));
  CHECK(binomial_probability(5, 0, 0) == 1);
  CHECK(binomial_probability(5, 5, 1) == 1);
  CHECK(binomial_probability(5, 4, 1) == 0);
}

TEST_CASE("band probability of 4 cases at 50 percent, by hand") {
  // 0..4 Yes of 4 read 0, 25, 50, 75, 100%: Inadequate, Inadequate, Requires improvement,
  // Good, Outstanding. At 50% (Requires improvement): only 2 Yes is right, 6/16.
  const auto b = band_probability(R(), 4, 50);
  CHECK(b.band == level("Requires improvement"));
  CHECK(b.same == doctest::Approx(6.0 / 16).epsilon(1e-12));
  CHECK(b.lower == doctest::Approx(5.0 / 16).epsilon(1e-12));
  CHECK(b.higher == doctest::Approx(5.0 / 16).epsilon(1e-12));
}

TEST_CASE("band probability at the edges") {
  const auto at0 = band_probability(R(), 20, 0);
  CHECK(at0.same == 1);
  const auto at100 = band_probability(R(), 20, 100);
  CHECK(at100.same == doctest::Approx(1));
  CHECK(at100.band == level("Outstanding"));
  // Every row adds up to 1.
  for (const auto& edge : band_edges(R(), 41))
    for (const auto& r : edge.rows) CHECK(r.same + r.lower + r.higher == doctest::Approx(1).epsilon(1e-12));
}

TEST_CASE("band probability of a very large sample: only the counts that matter are summed") {
  // 5 000 000 cases at 64.8%: the sample's % has a standard error of 0.02 points, so 65% is
  // nine of them away: Requires improvement all but certainly.
  const auto b = band_probability(R(), 5'000'000, 64.8);
  CHECK(b.same == doctest::Approx(1).epsilon(1e-6));  // log-gamma of millions: ~1e-8
  // Exactly on the edge, about half (the mean count 3 250 000 is itself Good).
  const auto edge = band_probability(R(), 5'000'000, 65);
  CHECK(edge.same == doctest::Approx(0.5).epsilon(0.01));
  CHECK(edge.same + edge.lower + edge.higher == doctest::Approx(1).epsilon(1e-6));
}

TEST_CASE("band edges of the PDU rules: 50, 65 and 80, seven rows each") {
  const auto edges = band_edges(R(), 41);
  REQUIRE(edges.size() == 3);
  CHECK(edges[0].edge == 50);
  CHECK(edges[1].edge == 65);
  CHECK(edges[2].edge == 80);
  CHECK(edges[1].below == level("Requires improvement"));
  CHECK(edges[1].above == level("Good"));
  REQUIRE(edges[2].rows.size() == 7);
  CHECK(edges[2].rows.back().true_percent == 90);
  // 95 and 100 are in range, 105 not.
  CHECK(band_edges(R(), 41, {-5, 15, 25})[2].rows.size() == 2);
  // True 65% on 41 cases (Good from 27 Yes: 100 x 27 >= 65 x 41): P(K >= 27), with Python
  // sum(comb(41,k) * .65**k * .35**(41-k) for k in range(27, 33)) = 0.5021... (33 = 80.5% is Outstanding)
  const auto& at65 = edges[1].rows[3];
  CHECK(at65.true_percent == 65);
  CHECK(at65.band == level("Good"));
  CHECK(at65.same == doctest::Approx(0.50211577897).epsilon(1e-9));
}
