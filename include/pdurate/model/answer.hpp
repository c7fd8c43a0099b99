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
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };  // for letters only; '/' is checked exactly
  switch (t.size()) {
    case 1:
      if (lower(t[0]) == 'y') return Answer::Yes;
      if (lower(t[0]) == 'n') return Answer::No;
      break;
    case 2:
      if (lower(t[0]) == 'n' && lower(t[1]) == 'o') return Answer::No;
      if (lower(t[0]) == 'n' && lower(t[1]) == 'a') return Answer::NotApplicable;
      break;
    case 3:
      if (lower(t[0]) == 'y' && lower(t[1]) == 'e' && lower(t[2]) == 's') return Answer::Yes;
      if (lower(t[0]) == 'n' && t[1] == '/' && lower(t[2]) == 'a') return Answer::NotApplicable;
      break;
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
