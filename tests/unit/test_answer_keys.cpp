// The CSV reader's branch-free answer decoder against the vocabulary.
#include <ostream>

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "pdurate/model/answer.hpp"
#include "readers/answer_keys.hpp"

using pdurate::readers::answer_code;

namespace {
// An independent statement of the vocabulary: ASCII case folded with tolower, the rest exact.
int reference_code(std::string_view t) {
  std::string lower;
  for (char c : t) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower == "y" || lower == "yes") return 0;
  if (lower == "n" || lower == "no") return 1;
  if (lower == "na" || lower == "n/a") return 2;
  return 3;
}
}  // namespace

// answer_code is branch-free bit arithmetic (a folded key and a perfect hash), so it is
// compared with the reference on every string of up to three bytes, with every kind of byte
// after the field's end.
TEST_CASE("answer_code agrees with the vocabulary on every string of up to three bytes") {
  std::size_t disagreements = 0;
  for (std::uint32_t word = 0; word < (1u << 24); ++word) {
    const char bytes[3] = {static_cast<char>(word & 0xFF), static_cast<char>(word >> 8 & 0xFF),
                           static_cast<char>(word >> 16)};
    for (std::size_t size = 0; size <= 3; ++size) {
      if (size < 3 && (word >> (8 * size)) != 0) continue;  // each shorter string once
      const int expected = reference_code({bytes, size});
      for (std::uint32_t after : {0x00u, 0x2Cu, 0xFFu, 0x41u}) {  // NUL, ',', 0xFF, 'A' past the end
        const std::uint32_t fill = after * 0x01010101u;
        const std::uint32_t head = size == 0 ? fill : word | fill << (8 * size);
        if (static_cast<int>(answer_code(head, size)) != expected) ++disagreements;
      }
    }
  }
  CHECK(disagreements == 0);
  // Longer fields are never answers, whatever their first bytes.
  CHECK(answer_code(0x00736579, 4) == 3);   // "yes" then NUL
  CHECK(answer_code(0x2C736579, 1u << 20) == 3);
}

TEST_CASE("answer_code agrees with parse_answer on every spelling in any case") {
  for (const auto& [text, answer] : pdurate::model::kSpellings) {
    std::string upper(text);
    for (auto& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    for (const std::string& t : {std::string(text), upper}) {
      std::uint32_t head = 0;
      std::memcpy(&head, t.data(), t.size());
      CHECK(answer_code(head, t.size()) == static_cast<unsigned>(answer));
      CHECK(pdurate::model::parse_answer(t) == answer);
    }
  }
}
