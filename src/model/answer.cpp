#include "pdurate/model/answer.hpp"

#include "pdurate/util/ascii.hpp"

namespace pdurate::model {

std::optional<Answer> parse_answer(std::string_view text) {
  for (const auto& [spelling, answer] : kSpellings)
    if (util::iequals(text, spelling)) return answer;
  return std::nullopt;
}

std::string_view to_string(Answer a) {
  switch (a) {
    case Answer::Yes: return "Yes";
    case Answer::No: return "No";
    case Answer::NotApplicable: return "N/A";
  }
  return "?";
}

std::string_view answer_vocabulary() { return "Yes, No or N/A (also Y, N, NA; any case)"; }

}  // namespace pdurate::model
