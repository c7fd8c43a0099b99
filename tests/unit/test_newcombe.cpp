// Newcombe's hybrid score interval for a difference of independent proportions, against the
// worked examples Newcombe published (1998, Statistics in Medicine 17:873-890, Table II, method
// 10: all eight, to the four decimals printed there; recomputed independently with Python's
// statistics.NormalDist and the closed form, which agrees), and against its symmetries.
#include <ostream>

#include <doctest/doctest.h>

#include <cmath>

#include "pdurate/engine/newcombe.hpp"

using namespace pdurate::engine;

namespace {

struct Example {
  std::size_t yes1, n1, yes2, n2;
  double difference, low, high;
};

// Table II: (a) to (h), method 10.
constexpr Example kTable2[] = {
    {56, 70, 48, 80, 0.2000, 0.0524, 0.3339},  {9, 10, 3, 10, 0.6000, 0.1705, 0.8090},
    {6, 7, 2, 7, 0.5714, 0.0582, 0.8062},      {5, 56, 0, 29, 0.0893, -0.0381, 0.1926},
    {0, 10, 0, 20, 0.0, -0.1611, 0.2775},      {0, 10, 0, 10, 0.0, -0.2775, 0.2775},
    {10, 10, 0, 20, 1.0, 0.6791, 1.0},         {10, 10, 0, 10, 1.0, 0.6075, 1.0},
};

}  // namespace

TEST_CASE("Newcombe's method 10 reproduces his Table II") {
  for (const auto& e : kTable2) {
    CAPTURE(e.yes1);
    CAPTURE(e.n1);
    CAPTURE(e.yes2);
    CAPTURE(e.n2);
    const auto d = newcombe(e.yes1, e.n1, e.yes2, e.n2, 95);
    CHECK(std::abs(d.difference - e.difference) < 5.1e-5);
    CHECK(std::abs(d.low - e.low) < 5.1e-5);
    CHECK(std::abs(d.high - e.high) < 5.1e-5);
  }
}

TEST_CASE("Newcombe's interval: more decimals, from an independent computation") {
  // Python (statistics.NormalDist().inv_cdf(0.975), Wilson's closed form, method 10):
  // 56/70 - 48/80 = [0.05243147, 0.33387265]; 15/79 - 40/80 = [-0.43872267, -0.16361674].
  const auto a = newcombe(56, 70, 48, 80, 95);
  CHECK(a.low == doctest::Approx(0.05243147).epsilon(1e-6));
  CHECK(a.high == doctest::Approx(0.33387265).epsilon(1e-6));
  const auto b = newcombe(15, 79, 40, 80, 95);
  CHECK(b.low == doctest::Approx(-0.43872267).epsilon(1e-6));
  CHECK(b.high == doctest::Approx(-0.16361674).epsilon(1e-6));
  CHECK(b.excludes_zero());
}

TEST_CASE("Newcombe's interval: swapping the samples negates it") {
  const auto ab = newcombe(36, 79, 44, 80, 95);
  const auto ba = newcombe(44, 80, 36, 79, 95);
  CHECK(ba.difference == doctest::Approx(-ab.difference));
  CHECK(ba.low == doctest::Approx(-ab.high));
  CHECK(ba.high == doctest::Approx(-ab.low));
  CHECK_FALSE(ab.excludes_zero());
}

TEST_CASE("Newcombe's interval: inside [-1, 1], wider at a higher level, zero excluded strictly") {
  const auto all = newcombe(10, 10, 0, 10, 95);
  CHECK(all.high == 1.0);
  CHECK(all.low > 0);
  CHECK(all.excludes_zero());
  const auto none = newcombe(0, 10, 10, 10, 95);
  CHECK(none.low == -1.0);
  const auto same = newcombe(5, 10, 5, 10, 95);
  CHECK(same.difference == 0.0);
  CHECK_FALSE(same.excludes_zero());
  const auto at80 = newcombe(30, 60, 20, 60, 80);
  const auto at95 = newcombe(30, 60, 20, 60, 95);
  CHECK(at80.low > at95.low);
  CHECK(at80.high < at95.high);
}
