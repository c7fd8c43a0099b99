// Proportional allocation by largest remainder, at least one case per non-empty stratum:
// against allocations worked by hand.
#include <ostream>

#include <doctest/doctest.h>

#include <numeric>

#include "pdurate/engine/allocation.hpp"

using namespace pdurate::engine;
using V = std::vector<std::size_t>;

TEST_CASE("allocation: whole parts then the largest remainders") {
  // 41 of 2000 + 1800: quotas 21.58 and 19.42; the one left over goes to the larger remainder.
  CHECK(allocate(41, {2000, 1800}) == V{22, 19});
  // 80 of 2000 + 1800: quotas 42.105 and 37.895: 42 + 37, then .895 > .105.
  CHECK(allocate(80, {2000, 1800}) == V{42, 38});
  // Exact quotas leave nothing over.
  CHECK(allocate(10, {50, 30, 20}) == V{5, 3, 2});
  // 7 of 3 x 10: quotas 2.33 each; the one left over goes to the first listed (a tie).
  CHECK(allocate(7, {10, 10, 10}) == V{3, 2, 2});
  CHECK(allocate(4, {3, 3, 3}) == V{2, 1, 1});
}

TEST_CASE("allocation: at least one case from every non-empty stratum") {
  // 10 of 1000 + 5 + 3: quotas 9.92, 0.05, 0.03 -> 10, 0, 0; each small stratum then takes one
  // from the largest allocation.
  CHECK(allocate(10, {1000, 5, 3}) == V{8, 1, 1});
  // An empty stratum gets nothing, and does not count towards the minimum.
  CHECK(non_empty_strata({1000, 0, 3}) == 2);
  CHECK(allocate(2, {1000, 0, 3}) == V{1, 0, 1});
  CHECK(allocate(3, {1, 1, 1}) == V{1, 1, 1});
}

TEST_CASE("allocation: adds up, and never more than a stratum holds") {
  const V sizes = {17, 1, 230, 4, 61, 2};
  for (std::size_t n = non_empty_strata(sizes); n <= 315; ++n) {
    const auto a = allocate(n, sizes);
    CHECK(std::accumulate(a.begin(), a.end(), std::size_t{0}) == n);
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      CHECK(a[i] <= sizes[i]);
      CHECK(a[i] >= 1);
    }
  }
  CHECK(allocate(315, sizes) == sizes);  // everyone
}
