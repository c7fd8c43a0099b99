#include "pdurate/model/answer.hpp"

#include "pdurate/ascii.hpp"

namespace pdurate::model {
namespace {

bool equals_lower(std::string_view text, std::string_view lower_word) { return iequals(text, lower_word); }

}  // namespace

std::optional<Answer> parse_answer(std::string_view t) {
  // Dispatch on length first: this runs once per cell of bulk input.
  switch (t.size()) {
    case 1:
      if (equals_lower(t, "y")) return Answer::Yes;
      if (equals_lower(t, "n")) return Answer::No;
      break;
    case 2:
      if (equals_lower(t, "no")) return Answer::No;
      if (equals_lower(t, "na")) return Answer::NotApplicable;
      break;
    case 3:
      if (equals_lower(t, "yes")) return Answer::Yes;
      if (equals_lower(t, "n/a")) return Answer::NotApplicable;
      break;
    default:
      break;
  }
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
