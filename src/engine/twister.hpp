// std::mt19937_64's sequence, number for number, made 312 numbers at a time: the state's
// refresh and the tempering run over whole arrays in vector registers (GCC/Clang vectors: SSE2
// on x86-64, plain loops elsewhere), and a draw is then one load. libstdc++ refreshes one word
// at a time and tempers on every call; its refresh alone was a quarter of an 80-case
// --probabilities run. The resamples' documented results depend on this sequence being the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

namespace pdurate::engine {

class Twister64 {
 public:
  using result_type = std::uint64_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  // std::mt19937_64's seeding.
  explicit Twister64(std::uint64_t seed) {
    state_[0] = seed;
    for (std::size_t i = 1; i < kN; ++i)
      state_[i] = 6364136223846793005ULL * (state_[i - 1] ^ (state_[i - 1] >> 62)) + i;
  }

  result_type operator()() {
    if (next_ == kN) refill();
    return out_[next_++];
  }

  // The state's size in words and the recurrence's middle word, as std::mt19937_64's.
  static constexpr std::size_t kN = 312, kM = 156;

 private:
  void refill();

  std::uint64_t state_[kN];
  std::uint64_t out_[kN];
  std::size_t next_ = kN;
};

}  // namespace pdurate::engine
