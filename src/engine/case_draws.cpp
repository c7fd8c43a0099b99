#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

#include "pdurate/engine/resampling.hpp"
#include "engine/resample_draws.hpp"

namespace pdurate::engine {
namespace {

// Eight 16-bit counters added at once (a GCC/Clang vector: SSE2 on x86-64, plain loops elsewhere).
typedef std::uint16_t Lanes __attribute__((vector_size(16)));
constexpr std::size_t kLanes = 8;

// One resample's counts: n cases drawn, each adding its row. With the number of blocks known
// at compile time (Blocks > 0) the counts stay in registers; storing and reloading them at
// every draw had cost more than the draw.
template <std::size_t Blocks>
void add_draws(const ResampleDraw& d, const BoundedDraw& draw, const Lanes* rows, std::size_t blocks, Lanes* counts) {
  const std::size_t n = d.cases.size();
  if constexpr (Blocks > 0) {
    Lanes sum[Blocks] = {};
    for (std::size_t i = 0; i < n; ++i) {
      const Lanes* row = rows + draw(d.generator) * Blocks;
#pragma GCC unroll 8
      for (std::size_t b = 0; b < Blocks; ++b) sum[b] += row[b];
    }
    std::copy(sum, sum + Blocks, counts);
  } else {
    std::fill(counts, counts + blocks, Lanes{});
    for (std::size_t i = 0; i < n; ++i) {
      const Lanes* row = rows + draw(d.generator) * blocks;
      for (std::size_t b = 0; b < blocks; ++b) counts[b] += row[b];
    }
  }
}

using AddDraws = void (*)(const ResampleDraw&, const BoundedDraw&, const Lanes*, std::size_t, Lanes*);

// add_draws for this many blocks: compiled for up to 8 (32 key questions; the rules have 12).
AddDraws add_draws_for(std::size_t blocks) {
  static constexpr AddDraws kFixed[] = {add_draws<0>, add_draws<1>, add_draws<2>, add_draws<3>, add_draws<4>,
                                        add_draws<5>, add_draws<6>, add_draws<7>, add_draws<8>};
  return blocks < std::size(kFixed) ? kFixed[blocks] : add_draws<0>;
}

// Each case as one-hot counters [2 * question + answer] of its Yes and No answers (N/A is what
// is left of n, so it needs no counter), in blocks of eight: a draw adds its case's row to the
// resample's counts in a few vector additions instead of a counter per question. 16-bit
// counters hold a resample of fewer than 65 536 cases.
void draw_small(const ResampleDraw& d, const TakeResample& take) {
  const std::size_t n = d.cases.size(), questions = d.questions;
  const std::size_t blocks = (2 * questions + kLanes - 1) / kLanes;
  std::vector<Lanes> rows(n * blocks, Lanes{});
  for (std::size_t c = 0; c < n; ++c)
    for (std::size_t q = 0; q < questions; ++q)
      if (const auto a = d.cases.answer(c, q); a != model::Answer::NotApplicable) {
        const std::size_t slot = 2 * q + static_cast<std::size_t>(a);
        rows[c * blocks + slot / kLanes][slot % kLanes] = 1;
      }
  const BoundedDraw draw(n);
  const AddDraws add = add_draws_for(blocks);
  std::vector<Lanes> counts(blocks);
  for (std::size_t r = 0; r < d.resamples; ++r) {
    add(d, draw, rows.data(), blocks, counts.data());
    for (std::size_t q = 0; q < questions; ++q) {
      auto count = [&](std::size_t slot) { return static_cast<std::size_t>(counts[slot / kLanes][slot % kLanes]); };
      const std::size_t yes = count(2 * q), no = count(2 * q + 1);
      d.sample.questions[q] = Tally{yes, no, n - yes - no};
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
