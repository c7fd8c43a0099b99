// parse_answer: the Yes/No/N/A vocabulary, case-insensitive, and nothing else.
#include <ostream>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "pdurate/model/answer.hpp"

using pdurate::model::Answer;
using pdurate::model::parse_answer;

TEST_CASE("parse_answer accepts every spelling of Yes") {
  for (const char* text : {"Yes", "YES", "yes", "yEs", "Y", "y"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::Yes);
  }
}

TEST_CASE("parse_answer accepts every spelling of No") {
  for (const char* text : {"No", "NO", "no", "nO", "N", "n"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::No);
  }
}

TEST_CASE("parse_answer accepts every spelling of N/A") {
  for (const char* text : {"N/A", "n/a", "N/a", "NA", "na", "Na", "nA"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::NotApplicable);
  }
}

TEST_CASE("parse_answer rejects anything else") {
  // An empty cell is a missing judgement, not "not applicable". The reader trims cells, but
  // parse_answer itself does not: "yes " is not an answer.
  for (const char* text : {"", " ", "Maybe", "Y es", "yes ", " yes", "N/A/", "N/", "/A", "Ye", "Nope", "NAA", "0", "1",
                           "true", "false", "on", "off", "None", "null", "~"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_answer(text).has_value());
  }
}

TEST_CASE("to_string gives the canonical spelling") {
  CHECK(pdurate::model::to_string(Answer::Yes) == "Yes");
  CHECK(pdurate::model::to_string(Answer::No) == "No");
  CHECK(pdurate::model::to_string(Answer::NotApplicable) == "N/A");
  CHECK(pdurate::model::answer_vocabulary() == "Yes, No or N/A (also Y, N, NA; any case)");
}

TEST_CASE("every canonical spelling parses back to its answer") {
  for (Answer a : {Answer::Yes, Answer::No, Answer::NotApplicable}) CHECK(parse_answer(pdurate::model::to_string(a)) == a);
}

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
  using pdurate::model::answer_code;
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

TEST_CASE("parse_answer rejects bytes that fold onto the vocabulary's non-letters") {
  CHECK_FALSE(parse_answer(std::string_view("N\x0F" "A", 3)).has_value());  // 0x0F | 0x20 would be '/'
  CHECK_FALSE(parse_answer("\xD9").has_value());                              // 0xD9 | 0x20 is not 'y'
  CHECK(parse_answer("n/A") == Answer::NotApplicable);
}
