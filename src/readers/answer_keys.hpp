// Answers decoded without a branch, for the CSV reader's bulk path: a field's first bytes and
// its size folded into a 32-bit key, looked up in a perfect hash of the vocabulary's keys
// (model::kSpellings). Bulk input's answers come in no order a branch predictor could learn,
// and a mispredicted branch per cell once cost more than all the rest of the cell's work.
// Agrees with model::parse_answer on every field (tests/unit/test_answer_keys.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>

#include "pdurate/model/answer.hpp"
#include "readers/simd.hpp"

namespace pdurate::readers {

// A field as a 32-bit key: its bytes (the first three, the rest zero) in the low bytes, folded
// to lower case, and its size in the top byte (4 for any longer field, which no spelling has).
// Made in two steps, raw_answer_key and fold_answer_key, so that a vector decoder can take the
// second step four fields at a time.
//
// raw_answer_key: `head` holds the field's first four bytes, little-endian (bytes past `size`
// may be anything, and are kept as they are); the size, clamped, goes in the top byte.
inline std::uint32_t raw_answer_key(std::uint32_t head, std::size_t size) {
  const auto clamped = static_cast<std::uint32_t>(size < 4 ? size : 4);
  return (head & 0xFFFFFFu) | clamped << 24;
}
// fold_answer_key: zeroes the bytes past the size, then folds to lower case by setting 0x20 on
// bytes with 0x40 set, so that letters fold and '/' (0x2F) is compared exactly.
inline std::uint32_t fold_answer_key(std::uint32_t raw) {
  constexpr std::uint32_t keep[5] = {0xFF000000u, 0xFF0000FFu, 0xFF00FFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu};
  const std::uint32_t v = raw & keep[raw >> 24];
  return v | (v & 0x404040u) >> 1;
}
inline std::uint32_t answer_key(std::uint32_t head, std::size_t size) {
  return fold_answer_key(raw_answer_key(head, size));
}

#if defined(PDURATE_SSE2)
// raw_answer_key of four fields side by side, in four lanes: field k (0 to 3) runs from
// bounds[k] + 1 to bounds[k + 1] of `text` (CsvParser's bounds: field k's start is one past
// bounds[k], which may wrap around from 0), and four bytes can be read from each field's start.
inline __m128i raw_answer_keys4(const char* text, const std::size_t* bounds) {
  const auto load = [&](std::size_t k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(bounds + k)); };
  // Each field's size plus one, in 64-bit lanes, then their low halves (sizes are below 2^20)
  // in four 32-bit lanes.
  const __m128i ends01 = _mm_sub_epi64(load(1), load(0)), ends23 = _mm_sub_epi64(load(3), load(2));
  const __m128i size = _mm_sub_epi32(
      _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(ends01), _mm_castsi128_ps(ends23), _MM_SHUFFLE(2, 0, 2, 0))),
      _mm_set1_epi32(1));
  const __m128i four = _mm_set1_epi32(4), longer = _mm_cmpgt_epi32(size, four);
  const __m128i clamped = _mm_or_si128(_mm_andnot_si128(longer, size), _mm_and_si128(longer, four));
  const auto head = [&](std::size_t k) {
    std::uint32_t h;
    std::memcpy(&h, text + (bounds[k] + 1), 4);
    return static_cast<int>(h);
  };
  const __m128i heads = _mm_set_epi32(head(3), head(2), head(1), head(0));
  return _mm_or_si128(_mm_and_si128(heads, _mm_set1_epi32(0xFFFFFF)), _mm_slli_epi32(clamped, 24));
}
#endif

// The key of each spelling in model::kSpellings, in the same order.
constexpr std::uint32_t spelling_key(std::string_view lower) {
  std::uint32_t key = static_cast<std::uint32_t>(lower.size()) << 24;
  for (std::size_t i = 0; i < lower.size(); ++i) key |= static_cast<std::uint32_t>(lower[i]) << (8 * i);
  return key;
}
inline constexpr auto kSpellingKeys = [] {
  std::array<std::uint32_t, std::size(model::kSpellings)> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = spelling_key(model::kSpellings[i].text);
  return keys;
}();

namespace detail {
// A perfect hash of the spellings' keys into eight slots; answer_table() fails to compile if two
// collide.
inline constexpr std::uint32_t kAnswerHash = 0x21E9F;
struct AnswerSlot {
  std::uint32_t key = 0;  // 0 matches only the key of an empty field, which is not an answer
  std::uint8_t code = 3;
};
constexpr std::array<AnswerSlot, 8> answer_table() {
  std::array<AnswerSlot, 8> table{};
  for (std::size_t i = 0; i < kSpellingKeys.size(); ++i) {
    auto& slot = table[(kSpellingKeys[i] * kAnswerHash) >> 29];
    if (slot.code != 3) throw "answer spellings collide: choose another kAnswerHash";
    slot = {kSpellingKeys[i], static_cast<std::uint8_t>(model::kSpellings[i].answer)};
  }
  return table;
}
inline constexpr std::array<AnswerSlot, 8> kAnswerTable = answer_table();
}  // namespace detail

// The answer code of a key (see answer_key): 0 Yes, 1 No, 2 N/A (the values of model::Answer),
// 3 not an answer.
inline unsigned answer_code_of_key(std::uint32_t key) {
  const detail::AnswerSlot& slot = detail::kAnswerTable[(key * detail::kAnswerHash) >> 29];
  return slot.key == key ? slot.code : 3u;
}

// The answer code of a field, `head` and `size` as for answer_key.
inline unsigned answer_code(std::uint32_t head, std::size_t size) { return answer_code_of_key(answer_key(head, size)); }

}  // namespace pdurate::readers
