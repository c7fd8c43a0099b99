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
std::optional<Answer> parse_answer(std::string_view text);

// "Yes", "No", "N/A".
std::string_view to_string(Answer answer);

// For messages: "Yes, No or N/A (also Y, N, NA; any case)".
std::string_view answer_vocabulary();

}  // namespace pdurate::model
