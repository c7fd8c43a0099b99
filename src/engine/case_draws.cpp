#include <algorithm>
#include <cstdint>
#include <vector>

#include "pdurate/engine/resampling.hpp"
#include "engine/resample_draws.hpp"

namespace pdurate::engine {
namespace {

// Eight 16-bit counters added at once (a GCC/Clang vector: SSE2 on x86-64, plain loops elsewhere).
typedef std::uint16_t Lanes __attribute__((vector_size(16)));
constexpr std::size_t kLanes = 8;

// Each case as one-hot counters [3 * question + answer], in blocks of eight: a draw adds its
// case's row to the resample's counts in a few vector additions instead of a counter per
// question. 16-bit counters hold a resample of fewer than 65 536 cases.
void draw_small(const ResampleDraw& d, const TakeResample& take) {
  const std::size_t n = d.cases.size(), questions = d.questions;
  const std::size_t blocks = (3 * questions + kLanes - 1) / kLanes;
  std::vector<Lanes> rows(n * blocks, Lanes{});
  for (std::size_t c = 0; c < n; ++c)
    for (std::size_t q = 0; q < questions; ++q) {
      const std::size_t slot = 3 * q + static_cast<std::size_t>(d.cases.answer(c, q));
      rows[c * blocks + slot / kLanes][slot % kLanes] = 1;
    }
  const BoundedDraw draw(n);
  std::vector<Lanes> counts(blocks);
  for (std::size_t r = 0; r < d.resamples; ++r) {
    std::fill(counts.begin(), counts.end(), Lanes{});
    for (std::size_t i = 0; i < n; ++i) {
      const Lanes* row = &rows[draw(d.generator) * blocks];
      for (std::size_t b = 0; b < blocks; ++b) counts[b] += row[b];
    }
    for (std::size_t q = 0; q < questions; ++q) {
      auto count = [&](std::size_t slot) { return static_cast<std::size_t>(counts[slot / kLanes][slot % kLanes]); };
      d.sample.questions[q] = Tally{count(3 * q), count(3 * q + 1), count(3 * q + 2)};
    }
    take(d.sample);
    d.progress.update(r + 1);
  }
}

// The same draws for larger inputs: a counter per key question per draw.
void draw_large(const ResampleDraw& d, const TakeResample& take) {
  const std::size_t n = d.cases.size(), questions = d.questions;
  std::vector<std::uint8_t> answers(n * questions);  // [case * questions + question] = 3 * question + answer
  for (std::size_t q = 0; q < questions; ++q)
    for (std::size_t c = 0; c < n; ++c)
      answers[c * questions + q] = static_cast<std::uint8_t>(3 * q + static_cast<std::size_t>(d.cases.answer(c, q)));
  const BoundedDraw draw(n);
  std::vector<std::size_t> counts(3 * questions);
  for (std::size_t r = 0; r < d.resamples; ++r) {
    std::fill(counts.begin(), counts.end(), 0);
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint8_t* row = &answers[draw(d.generator) * questions];
      for (std::size_t q = 0; q < questions; ++q) ++counts[row[q]];
    }
    for (std::size_t q = 0; q < questions; ++q)
      d.sample.questions[q] = Tally{counts[3 * q], counts[3 * q + 1], counts[3 * q + 2]};
    take(d.sample);
    d.progress.update(r + 1);
  }
}

}  // namespace

void draw_cases(const ResampleDraw& d, const TakeResample& take) {
  if (d.cases.size() < 65536) draw_small(d, take);
  else draw_large(d, take);
}

}  // namespace pdurate::engine
