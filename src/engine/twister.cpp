#include "engine/twister.hpp"

namespace pdurate::engine {
namespace {

typedef std::uint64_t Words __attribute__((vector_size(16)));  // two state words: one SSE2 register
constexpr std::size_t kWords = 2;
constexpr std::uint64_t kMatrix = 0xB5026F5AA96619E9ULL, kUpper = 0xFFFFFFFF80000000ULL, kLower = 0x7FFFFFFFULL;

[[gnu::always_inline]] inline Words load(const std::uint64_t* p) {
  Words w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// New words [k, k + 2) of the refresh: from the words at k and k + 1 and the word `far` places
// away, which every caller has already refreshed or not as the scalar recurrence would have.
[[gnu::always_inline]] inline void twist4(std::uint64_t* state, std::size_t k, std::ptrdiff_t far) {
  const Words y = (load(state + k) & kUpper) | (load(state + k + 1) & kLower);
  const Words w = load(state + k + far) ^ (y >> 1) ^ (-(y & 1) & kMatrix);
  std::memcpy(state + k, &w, sizeof w);
}

std::uint64_t twist1(const std::uint64_t* state, std::size_t k, std::size_t next, std::size_t far) {
  const std::uint64_t y = (state[k] & kUpper) | (state[next] & kLower);
  return state[far] ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
}

}  // namespace

void Twister64::refill() {
  // As libstdc++'s _M_gen_rand: words [0, N - M) from the old words M places on; the rest from
  // the new words N - M places back; the last from the new first word. Within each part no
  // word reads one that the same two-word step writes.
  static_assert((kN - kM) % kWords == 0);
  for (std::size_t k = 0; k < kN - kM; k += kWords) twist4(state_, k, static_cast<std::ptrdiff_t>(kM));
  std::size_t k = kN - kM;
  for (; k + kWords <= kN - 1; k += kWords) twist4(state_, k, static_cast<std::ptrdiff_t>(kM) - static_cast<std::ptrdiff_t>(kN));
  for (; k < kN - 1; ++k) state_[k] = twist1(state_, k, k + 1, k + kM - kN);
  state_[kN - 1] = twist1(state_, kN - 1, 0, kM - 1);
  // The tempering, for the whole batch at once.
  for (std::size_t i = 0; i < kN; i += kWords) {
    Words z = load(state_ + i);
    z ^= (z >> 29) & 0x5555555555555555ULL;
    z ^= (z << 17) & 0x71D67FFFEDA60000ULL;
    z ^= (z << 37) & 0xFFF7EEE000000000ULL;
    z ^= z >> 43;
    std::memcpy(out_ + i, &z, sizeof z);
  }
  next_ = 0;
}

}  // namespace pdurate::engine
