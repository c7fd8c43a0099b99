// The stratified draw is pinned: SplitMix64 against its reference outputs, and samples for
// given seeds against tests/plan/reference.py (an independent Python implementation). A change
// to the generator or the selection algorithm changes these samples, and must fail here: users
// rely on a seed drawing the same sample again.
#include <ostream>

#include <doctest/doctest.h>

#include <algorithm>

#include "pdurate/engine/stratified_sample.hpp"

using namespace pdurate::engine;
using V = std::vector<std::size_t>;

TEST_CASE("SplitMix64 gives the reference outputs") {
  // https://prng.di.unimi.it/splitmix64.c with the state 0.
  SplitMix64 g(0);
  CHECK(g() == 0xE220A8397B1DCDAFULL);
  CHECK(g() == 0x6E789E6AA1B965F4ULL);
  CHECK(g() == 0x06C45D188009454FULL);
}

TEST_CASE("the sample for a seed is pinned") {
  // Strata of 6, 3 and 1 cases: 5 cases allocate 3, 1.5, 0.5 -> 3, 1, 0, the one over to the
  // first of the tied remainders -> 3, 2, 0, then the last stratum takes one from the first.
  const auto s = stratified_sample({0, 1, 0, 0, 1, 2, 0, 1, 0, 0}, 5, 42);
  CHECK(s.sizes == V{6, 3, 1});
  CHECK(s.allocation == V{2, 2, 1});
  CHECK(s.chosen == V{1, 2, 3, 4, 5});
  // One stratum of 20, seed 0.
  CHECK(stratified_sample(V(20, 0), 5, 0).chosen == V{0, 3, 5, 15, 17});
}

TEST_CASE("the same seed draws the same sample; another seed another") {
  V strata;
  for (std::size_t i = 0; i < 500; ++i) strata.push_back(i % 7 == 1 ? 1 : 0);
  const auto a = stratified_sample(strata, 40, 7), b = stratified_sample(strata, 40, 7);
  CHECK(a.chosen == b.chosen);
  CHECK(stratified_sample(strata, 40, 8).chosen != a.chosen);
  CHECK(a.chosen.size() == 40);
  CHECK(std::is_sorted(a.chosen.begin(), a.chosen.end()));
  CHECK(std::adjacent_find(a.chosen.begin(), a.chosen.end()) == a.chosen.end());
  std::size_t second = 0;
  for (auto i : a.chosen) second += strata[i];
  CHECK(second == a.allocation[1]);
  // Everyone: the whole list, in order.
  V all(500);
  for (std::size_t i = 0; i < 500; ++i) all[i] = i;
  CHECK(stratified_sample(strata, 500, 3).chosen == all);
}
