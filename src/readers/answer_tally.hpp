// Yes/No/N/A counts per question column of bulk input, decoded and counted four columns at a
// time: one SSE2 register holds four columns' keys (answer_key), and another their
// counters, a byte per answer in each 32-bit lane, added into 64-bit totals every 255 rows.
// Decoding and counting each cell on its own took a third of the time of reading a
// million-case file. Without SSE2 the same contract is kept one column at a time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <vector>

#include "pdurate/model/answer.hpp"
#include "readers/answer_keys.hpp"
#include "readers/simd.hpp"

namespace pdurate::readers {

static_assert(std::size(model::kSpellings) == 6 && model::kSpellings[0].answer == model::Answer::Yes &&
                  model::kSpellings[1].answer == model::Answer::Yes && model::kSpellings[2].answer == model::Answer::No &&
                  model::kSpellings[3].answer == model::Answer::No &&
                  model::kSpellings[4].answer == model::Answer::NotApplicable &&
                  model::kSpellings[5].answer == model::Answer::NotApplicable,
              "AnswerTally compares the spellings two by two: Yes, No, N/A");
static_assert(static_cast<int>(model::Answer::Yes) == 0 && static_cast<int>(model::Answer::No) == 1 &&
                  static_cast<int>(model::Answer::NotApplicable) == 2,
              "AnswerTally counts an answer at its code: Yes, No, N/A");

static_assert([] {
  for (const auto key : kSpellingKeys)
    if (key >> 24 < 1 || key >> 24 > 3) return false;
  return true;
}(), "AnswerTally compares a spelling with a field's first 1, 2 or 3 bytes");

class AnswerTally {
 public:
  explicit AnswerTally(std::size_t columns)
      : columns_(columns), padded_((columns + 3) / 4 * 4), totals_(4 * padded_, 0) {
#if defined(PDURATE_SSE2)
    for (std::size_t g = 0; g < padded_ / 4; ++g) {
      alignas(16) std::int32_t lanes[4];
      for (std::size_t k = 0; k < 4; ++k) lanes[k] = 4 * g + k < columns ? -1 : 0;
      groups_.push_back({_mm_setzero_si128(), _mm_load_si128(reinterpret_cast<const __m128i*>(lanes))});
    }
#endif
  }

  // Columns are handed over in fours: add() calls key(k) for every k below padded(), and a
  // key past the last column may be anything (it is neither counted nor reported).
  std::size_t padded() const { return padded_; }

  // Decodes and counts one row: key(k) is raw_answer_key of the row's k-th question
  // column. A column whose key is not an answer is not counted. Returns whether there was one
  // (which the caller finds with answer_code, and may count() once it has made sense of
  // it: such rows are rare, and decoding each row's codes for them would cost every row).
  // (Flattened: key and the helpers below must be inlined for the four lanes to be built in
  // registers.)
  template <class Key>
  [[gnu::flatten]] bool add(const Key& key) {
#if defined(PDURATE_SSE2)
    return add_groups([&](std::size_t g) { return keys_of(key, 4 * g); });
#else
    bool bad = false;
    for (std::size_t k = 0; k < columns_; ++k) {
      const unsigned code = answer_code_of_key(fold_answer_key(key(k)));
      ++totals_[4 * k + code];
      bad = bad || code == 3;
    }
    return bad;
#endif
  }

  // As add(key), for a row of a quote-free CSV record whose question columns are side by side:
  // column k is field first + k (`text` and `bounds` as CsvParser::Fields' plain_text() and
  // plain_bounds()). Each whole four columns' keys are made from the bounds at once, without
  // key(k); a last, partial four use key(k). (Making the keys one by one, twelve a row, was a
  // fifth of the work of reading bulk input.)
  template <class Key>
  [[gnu::flatten]] bool add_side_by_side(const char* text, const std::size_t* bounds, std::size_t first,
                                         const Key& key) {
#if defined(PDURATE_SSE2)
    return add_groups([&](std::size_t g) {
      return 4 * g + 4 <= columns_ ? raw_answer_keys4(text, bounds + first + 4 * g) : keys_of(key, 4 * g);
    });
#else
    (void)text, (void)bounds, (void)first;
    return add(key);
#endif
  }

  // Counts an answer in column k that add() could not decode (a trimmed " Yes", say).
  void count(std::size_t k, model::Answer answer) { ++totals_[4 * k + static_cast<std::size_t>(answer)]; }

  // Column k's counts so far: Yes, No, N/A.
  std::array<std::size_t, 3> counts(std::size_t k) {
    flush();
    return {totals_[4 * k], totals_[4 * k + 1], totals_[4 * k + 2]};
  }

 private:
#if defined(PDURATE_SSE2)
  template <class Key>
  static __m128i keys_of(const Key& key, std::size_t k) {
    return _mm_set_epi32(static_cast<int>(key(k + 3)), static_cast<int>(key(k + 2)), static_cast<int>(key(k + 1)),
                         static_cast<int>(key(k)));
  }
  // Decodes and counts a row four columns at a time: group(g) is the raw_answer_key of columns
  // 4g to 4g + 3, in its four lanes.
  template <class Group>
  [[gnu::always_inline]] bool add_groups(const Group& group) {
    __m128i any_bad = _mm_setzero_si128();
    for (std::size_t g = 0; g < padded_ / 4; ++g) {
      const __m128i raw = group(g);
      // As fold_answer_key then a comparison with each spelling's key, four lanes at once, but
      // with the bytes past the size left as they are: each spelling is compared with the lane's
      // first 1, 2 or 3 bytes (its size, in the top byte, must match too), which needs two masks
      // where zeroing the bytes past each lane's own size took seven steps.
      const __m128i keys = _mm_or_si128(raw, _mm_srli_epi32(_mm_and_si128(raw, _mm_set1_epi32(0x404040)), 1));
      const __m128i first[4] = {{}, _mm_and_si128(keys, _mm_set1_epi32(static_cast<int>(0xFF0000FFu))),
                                _mm_and_si128(keys, _mm_set1_epi32(static_cast<int>(0xFF00FFFFu))), keys};
      const auto is = [&](std::size_t spelling) {
        return _mm_cmpeq_epi32(first[kSpellingKeys[spelling] >> 24],
                               _mm_set1_epi32(static_cast<int>(kSpellingKeys[spelling])));
      };
      const __m128i match[3] = {_mm_or_si128(is(0), is(1)), _mm_or_si128(is(2), is(3)), _mm_or_si128(is(4), is(5))};
      // Each matching lane's byte for its answer is 0xFF, i.e. -1: subtracting counts it.
      const __m128i ones = _mm_or_si128(_mm_or_si128(_mm_and_si128(match[0], _mm_set1_epi32(0xFF)),
                                                     _mm_and_si128(match[1], _mm_set1_epi32(0xFF00))),
                                        _mm_and_si128(match[2], _mm_set1_epi32(0xFF0000)));
      groups_[g].counters = _mm_sub_epi8(groups_[g].counters, ones);
      const __m128i answered = _mm_or_si128(_mm_or_si128(match[0], match[1]), match[2]);
      any_bad = _mm_or_si128(any_bad, _mm_andnot_si128(answered, groups_[g].real));
    }
    if (++rows_ == 255) flush();
    return _mm_movemask_epi8(any_bad) != 0;
  }
#endif
  void flush() {
#if defined(PDURATE_SSE2)
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      alignas(16) std::uint8_t bytes[16];
      _mm_store_si128(reinterpret_cast<__m128i*>(bytes), groups_[g].counters);
      for (std::size_t b = 0; b < 16; ++b) totals_[16 * g + b] += bytes[b];
      groups_[g].counters = _mm_setzero_si128();
    }
    rows_ = 0;
#endif
  }

  std::size_t columns_;
  std::size_t padded_;
  std::vector<std::size_t> totals_;  // 4 a column: Yes, No, N/A, not an answer
#if defined(PDURATE_SSE2)
  struct Group {      // four columns
    __m128i counters;  // bytes as totals_, since the last flush
    __m128i real;      // all ones in the lanes of real columns
  };
  std::vector<Group> groups_;
  unsigned rows_ = 0;              // rows since the last flush: a byte counter holds 255
#endif
};

}  // namespace pdurate::readers
