#include "engine/twister.hpp"

#if defined(__x86_64__) && defined(__GNUC__) && !defined(PDURATE_NO_SIMD)
#include <cpuid.h>
#endif

namespace pdurate::engine {
namespace {

// Four state words: two SSE2 registers, or one AVX2 register in refill's AVX2 version.
typedef std::uint64_t Words __attribute__((vector_size(32)));
constexpr std::size_t kWords = 4;
constexpr std::uint64_t kMatrix = 0xB5026F5AA96619E9ULL, kUpper = 0xFFFFFFFF80000000ULL, kLower = 0x7FFFFFFFULL;

// (Macros, not functions: a function taking or giving a 32-byte vector has a different ABI
// with and without AVX, which GCC warns of.)
#define PDURATE_LOAD(w, p) std::memcpy(&(w), (p), sizeof(w))
// New words [k, k + 4) of the refresh: from the words at k and k + 1 and the word `far` places
// away, which every caller has already refreshed or not as the scalar recurrence would have.
#define PDURATE_TWIST4(state, k, far)                          \
  do {                                                         \
    Words a, b, c;                                             \
    PDURATE_LOAD(a, (state) + (k));                            \
    PDURATE_LOAD(b, (state) + (k) + 1);                        \
    PDURATE_LOAD(c, (state) + (k) + (far));                    \
    const Words y = (a & kUpper) | (b & kLower);               \
    const Words w = c ^ (y >> 1) ^ (-(y & 1) & kMatrix);       \
    std::memcpy((state) + (k), &w, sizeof w);                  \
  } while (false)

std::uint64_t twist1(const std::uint64_t* state, std::size_t k, std::size_t next, std::size_t far) {
  const std::uint64_t y = (state[k] & kUpper) | (state[next] & kLower);
  return state[far] ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
}

// The refresh, compiled twice on x86-64: as it is (SSE2), and inside an AVX2 function for the
// processors that have AVX2 (the refresh was a fifth of the resampling's instructions with SSE2,
// a tenth of an 80-case run's time). The portable build (PDURATE_NO_SIMD) has only the default
// version, so its tests check that one.
__attribute__((always_inline)) inline void refresh_words(std::uint64_t* state, std::uint64_t* out) {
  constexpr std::size_t kN = Twister64::kN, kM = Twister64::kM;
  // As libstdc++'s _M_gen_rand: words [0, N - M) from the old words M places on; the rest from
  // the new words N - M places back; the last from the new first word. Within each part no
  // word reads one that the same four-word step writes.
  static_assert((kN - kM) % kWords == 0 && kN % kWords == 0);
  for (std::size_t k = 0; k < kN - kM; k += kWords) PDURATE_TWIST4(state, k, static_cast<std::ptrdiff_t>(kM));
  std::size_t k = kN - kM;
  for (; k + kWords <= kN - 1; k += kWords)
    PDURATE_TWIST4(state, k, static_cast<std::ptrdiff_t>(kM) - static_cast<std::ptrdiff_t>(kN));
  for (; k < kN - 1; ++k) state[k] = twist1(state, k, k + 1, k + kM - kN);
  state[kN - 1] = twist1(state, kN - 1, 0, kM - 1);
  // The tempering, for the whole batch at once.
  for (std::size_t i = 0; i < kN; i += kWords) {
    Words z;
    PDURATE_LOAD(z, state + i);
    z ^= (z >> 29) & 0x5555555555555555ULL;
    z ^= (z << 17) & 0x71D67FFFEDA60000ULL;
    z ^= (z << 37) & 0xFFF7EEE000000000ULL;
    z ^= z >> 43;
    std::memcpy(out + i, &z, sizeof z);
  }
}

using Refresh = void (*)(std::uint64_t* state, std::uint64_t* out);

void refresh_default(std::uint64_t* state, std::uint64_t* out) { refresh_words(state, out); }

#if defined(__x86_64__) && defined(__GNUC__) && !defined(PDURATE_NO_SIMD)
__attribute__((target("avx2"))) void refresh_avx2(std::uint64_t* state, std::uint64_t* out) {
  refresh_words(state, out);
}

// Whether the processor has AVX2 and the system saves its registers: the CPUID instruction,
// asked here rather than through __builtin_cpu_supports or target_clones, whose libgcc
// initialiser asks at every start-up (about 50 us, as CPUID traps in a virtual machine) even
// for runs that draw no random number.
bool has_avx2() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX)) return false;
  unsigned low = 0, high = 0;
  __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));  // XCR0: SSE (bit 1) and AVX (bit 2) state
  if ((low & 6) != 6) return false;
  return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_AVX2);
}

Refresh choose_refresh() { return has_avx2() ? refresh_avx2 : refresh_default; }
#else
Refresh choose_refresh() { return refresh_default; }
#endif

}  // namespace

void Twister64::refill() {
  static const Refresh refresh = choose_refresh();  // once, at the first refill
  refresh(state_, out_);
  next_ = 0;
}

#undef PDURATE_TWIST4
#undef PDURATE_LOAD

}  // namespace pdurate::engine
