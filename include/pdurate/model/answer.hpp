// One inspector's judgement of one case on one question.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace pdurate::model {

enum class Answer : std::uint8_t {
  Yes = 0,
  No = 1,
  NotApplicable = 2,  // the question does not apply: the case leaves its denominator
};

// The answer vocabulary, case-insensitive: Yes/Y, No/N, N/A/NA. Anything else, including an
// empty string, is not an answer (a missing judgement is not "not applicable").
// Inline: it runs once per cell of bulk input.
inline std::optional<Answer> parse_answer(std::string_view t) {
  // Bytes packed little-endian and folded to lower case by setting bit 0x20 on letters only
  // ('/' is compared exactly, so no other byte can pass for it).
  const auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(t[i])); };
  switch (t.size()) {
    case 1: {
      const std::uint32_t w = b(0) | 0x20;
      if (w == 'y') return Answer::Yes;
      if (w == 'n') return Answer::No;
      break;
    }
    case 2: {
      const std::uint32_t w = (b(0) | b(1) << 8) | 0x2020;
      if (w == ('n' | 'o' << 8)) return Answer::No;
      if (w == ('n' | 'a' << 8)) return Answer::NotApplicable;
      break;
    }
    case 3: {
      const std::uint32_t w = b(0) | b(1) << 8 | b(2) << 16;
      if ((w | 0x202020) == ('y' | 'e' << 8 | 's' << 16)) return Answer::Yes;
      if ((w | 0x200020) == ('n' | '/' << 8 | 'a' << 16)) return Answer::NotApplicable;
      break;
    }
    default:
      break;
  }
  return std::nullopt;
}

// "Yes", "No", "N/A".
std::string_view to_string(Answer answer);

// For messages: "Yes, No or N/A (also Y, N, NA; any case)".
std::string_view answer_vocabulary();

}  // namespace pdurate::model
