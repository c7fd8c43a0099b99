// Wilson score intervals and the normal quantile, against values computed independently
// (Python's statistics.NormalDist for the quantile) and against the interval's defining property.
#include <ostream>

#include <doctest/doctest.h>

#include <cmath>

#include "pdurate/engine/wilson.hpp"

using namespace pdurate::engine;

TEST_CASE("normal quantiles match independently computed values") {
  CHECK(normal_quantile(0.5) == doctest::Approx(0.0).epsilon(1e-12));
  CHECK(normal_quantile(0.9) == doctest::Approx(1.2815515655446004).epsilon(1e-12));
  CHECK(normal_quantile(0.975) == doctest::Approx(1.959963984540054).epsilon(1e-12));
  CHECK(normal_quantile(0.025) == doctest::Approx(-1.959963984540054).epsilon(1e-12));
  CHECK(z_for_confidence(80) == doctest::Approx(1.2815515655446004).epsilon(1e-12));
  CHECK(z_for_confidence(95) == doctest::Approx(1.959963984540054).epsilon(1e-12));
  CHECK(z_for_confidence(90) == doctest::Approx(1.6448536269514722).epsilon(1e-12));
}

TEST_CASE("Wilson interval of 15 of 79 at 80 and 95 percent") {
  // Bradford & Calderdale 2.1.3: computed by hand with Python (statistics.NormalDist, the
  // closed form): 80% [0.1398632712, 0.2525157311], 95% [0.1185823078, 0.2899264184].
  const auto i80 = wilson(15, 79, 80);
  CHECK(i80.low == doctest::Approx(0.1398632712).epsilon(1e-9));
  CHECK(i80.high == doctest::Approx(0.2525157311).epsilon(1e-9));
  const auto i95 = wilson(15, 79, 95);
  CHECK(i95.low == doctest::Approx(0.1185823078).epsilon(1e-9));
  CHECK(i95.high == doctest::Approx(0.2899264184).epsilon(1e-9));
  // Other hand-computed values: 36/79 and 22/30 at 80%, 1/3 at 90%.
  CHECK(wilson(36, 79, 80).low == doctest::Approx(0.3855184357).epsilon(1e-9));
  CHECK(wilson(36, 79, 80).high == doctest::Approx(0.5276785646).epsilon(1e-9));
  CHECK(wilson(22, 30, 80).low == doctest::Approx(0.6197489654).epsilon(1e-9));
  CHECK(wilson(22, 30, 80).high == doctest::Approx(0.8226957075).epsilon(1e-9));
  CHECK(wilson(1, 3, 90).low == doctest::Approx(0.0782657263).epsilon(1e-9));
  CHECK(wilson(1, 3, 90).high == doctest::Approx(0.7464661317).epsilon(1e-9));
}

TEST_CASE("Wilson ends are where the score test just rejects") {
  // The Wilson interval is {p0 : |p_hat - p0| <= z sqrt(p0 (1 - p0) / n)}: at each end the two
  // sides are equal. A check independent of the closed form used to compute it.
  struct Case {
    std::size_t yes, n;
    double level;
  };
  for (const Case& c : {Case{15, 79, 80.0}, Case{40, 79, 95.0}, Case{3, 12, 80.0}, Case{29, 30, 99.0}}) {
    const std::size_t yes = c.yes, n = c.n;  // not a structured binding: CAPTURE's lambda cannot capture one in clang 14
    const double level = c.level;
    CAPTURE(yes);
    CAPTURE(n);
    const auto i = wilson(yes, n, level);
    const double z = z_for_confidence(level);
    const double p = static_cast<double>(yes) / static_cast<double>(n);
    for (double p0 : {i.low, i.high})
      CHECK(std::abs(p - p0) == doctest::Approx(z * std::sqrt(p0 * (1 - p0) / static_cast<double>(n))).epsilon(1e-9));
    CHECK(i.low < p);
    CHECK(p < i.high);
  }
}

TEST_CASE("Wilson intervals stay in 0 to 1 and widen with the level") {
  const auto none = wilson(0, 10, 80);
  CHECK(none.low == 0.0);
  CHECK(none.high == doctest::Approx(0.1410686821).epsilon(1e-9));
  const auto all = wilson(10, 10, 80);
  CHECK(all.high == 1.0);
  CHECK(all.low == doctest::Approx(0.8589313179).epsilon(1e-9));
  const auto narrow = wilson(30, 79, 80), wide = wilson(30, 79, 95);
  CHECK(wide.low < narrow.low);
  CHECK(wide.high > narrow.high);
  // More cases, narrower interval.
  CHECK(wilson(300, 790, 80).high - wilson(300, 790, 80).low < narrow.high - narrow.low);
}
