// One inspector's judgement of one case on one question, and the words users write for it.
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

// The vocabulary: every spelling of an answer, in lower case; matched case-insensitively.
struct Spelling {
  std::string_view text;
  Answer answer;
};
inline constexpr Spelling kSpellings[] = {{"y", Answer::Yes},          {"yes", Answer::Yes},
                                          {"n", Answer::No},           {"no", Answer::No},
                                          {"na", Answer::NotApplicable}, {"n/a", Answer::NotApplicable}};

// The answer `text` spells (Yes/Y, No/N, N/A/NA, any case). Anything else, including an empty
// string, is not an answer: a missing judgement is not "not applicable".
std::optional<Answer> parse_answer(std::string_view text);

// "Yes", "No", "N/A".
std::string_view to_string(Answer answer);

// For messages: "Yes, No or N/A (also Y, N, NA; any case)".
std::string_view answer_vocabulary();

}  // namespace pdurate::model
