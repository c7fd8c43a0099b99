// A reproducible stratified random sample (pdu-rate sample): the same seed and the same list
// give the same sample on every platform, because every step is specified here, down to the
// bits (no std:: distribution, whose output the C++ standard leaves to each library).
//
//  1. The generator is SplitMix64 (Steele, Lea and Flood 2014; the reference code of
//     https://prng.di.unimi.it/splitmix64.c), its state set to the seed.
//  2. The strata are taken in the order of their first case in the list; each one's cases in
//     list order.
//  3. Each stratum's allocation (engine/allocation.hpp) is drawn by a partial Fisher-Yates
//     shuffle of its cases: for i = 0 .. k-1, swap position i with i + draw(m - i), where m is
//     the stratum's size and draw(r) is engine::bounded_draw (rejection of the generator's top
//     partial range, then the remainder: unbiased). The first k positions are the sample.
//     One generator serves every stratum, in turn.
//  4. The chosen cases are given back in list order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pdurate::engine {

// SplitMix64: a 64-bit generator with a 64-bit state; the first output for seed 0 is
// 0xE220A8397B1DCDAF.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t operator()() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

struct StratifiedSample {
  std::vector<std::size_t> sizes;       // cases per stratum (strata numbered 0.., as given)
  std::vector<std::size_t> allocation;  // cases drawn per stratum
  std::vector<std::size_t> chosen;      // indices into the list, ascending
};

// `stratum_of` gives each case's stratum, numbered 0.. in the order of first appearance (every
// number below the largest occurring). Requires n from the number of strata to the number of
// cases.
StratifiedSample stratified_sample(const std::vector<std::size_t>& stratum_of, std::size_t n, std::uint64_t seed);

}  // namespace pdurate::engine
