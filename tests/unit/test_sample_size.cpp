// Sample sizes and margins of error: against the formulas worked by hand (z from Python's
// statistics.NormalDist), n0 = z^2 p(1-p) / e^2 and n = n0 / (1 + (n0 - 1) / N), p = 0.5.
#include <ostream>

#include <doctest/doctest.h>

#include <cmath>

#include "pdurate/engine/sample_size.hpp"

using namespace pdurate::engine;

TEST_CASE("sample size: the textbook 95 percent, 5 points") {
  // z = 1.959963984540054: n0 = 1.95996^2 x 0.25 / 0.05^2 = 384.1459
  CHECK(sample_size_unlimited(5, 95) == doctest::Approx(384.14588206941244).epsilon(1e-12));
  // N = 1000: 384.1459 / (1 + 383.1459 / 1000) = 277.7335 -> 278 (the usual table's figure)
  CHECK(sample_size_finite(384.14588206941244, 1000) == doctest::Approx(277.7334532).epsilon(1e-9));
  CHECK(sample_size(5, 95, 1000) == 278);
}

TEST_CASE("sample size: the rules' 80 percent, 10 points, 3800 cases") {
  // z = 1.2815515655446004: n0 = 1.28155^2 x 0.25 / 0.01 = 41.0594; corrected 40.6310 -> 41
  CHECK(sample_size_unlimited(10, 80) == doctest::Approx(41.05936037874543).epsilon(1e-12));
  CHECK(sample_size_finite(41.05936037874543, 3800) == doctest::Approx(40.631031).epsilon(1e-6));
  CHECK(sample_size(10, 80, 3800) == 41);
}

TEST_CASE("sample size: limits") {
  CHECK(sample_size(1, 99, 50) == 50);   // nearly everyone: never more than the population
  CHECK(sample_size(50, 50, 1000) == 1);  // z = 0.674: n0 = 0.45, at least one case
  CHECK(sample_size(10, 80, 1) == 1);
}

TEST_CASE("margin of error is the sample size solved for the margin") {
  // n = 80 of 3800 at 80%: 100 x 1.28155 x sqrt(0.25 / 80 x 3720 / 3799) = 7.0892
  CHECK(margin_of_error(80, 3800, 80) == doctest::Approx(7.089211).epsilon(1e-6));
  CHECK(margin_of_error(3800, 3800, 80) == 0);
  // Round trip: the unrounded size for a margin gives that margin back.
  const double n = sample_size_finite(sample_size_unlimited(6, 90), 500);
  const double z = 1.6448536269514722;
  CHECK(100 * z * std::sqrt(0.25 / n * (500 - n) / 499) == doctest::Approx(6).epsilon(1e-12));
  // A rounded-up size reaches at least the margin asked.
  for (double e : {3.0, 5.0, 7.5, 10.0, 15.0})
    CHECK(margin_of_error(sample_size(e, 80, 3800), 3800, 80) <= e);
}
