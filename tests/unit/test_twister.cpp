// engine::Twister64 is std::mt19937_64's sequence: --probabilities' documented results for a
// seed depend on it, number for number, across many refills.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>

#include "engine/twister.hpp"

using namespace pdurate;

TEST_CASE("Twister64 gives std::mt19937_64's numbers for every seed tried") {
  for (std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{5}, std::uint64_t{5489},
                             std::uint64_t{0x9E3779B97F4A7C15ULL}, UINT64_MAX}) {
    CAPTURE(seed);
    std::mt19937_64 expected(seed);
    engine::Twister64 got(seed);
    for (int i = 0; i < 10 * 312 + 7; ++i) REQUIRE(got() == expected());
  }
}

TEST_CASE("Twister64's 10000th number from the default seed is the standard's") {
  engine::Twister64 got(5489);  // C++ [rand.predef]: mt19937_64's 10000th invocation
  std::uint64_t x = 0;
  for (int i = 0; i < 10000; ++i) x = got();
  CHECK(x == 9981545732273789042ULL);
}
