#include "pdurate/model/answer.hpp"

namespace pdurate::model {
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
