// A result the user expects (from `expect:` in an inspection file or --expect KEY=VALUE).
// Checked after rating; a mismatch is a failed check (exit status 1), not an input error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::model {

struct Expectation {
  enum class Kind {
    Overall,          // overall: Inadequate
    Score,            // score: 1
    StandardRating,   // P2.1: Inadequate
    KeyQuestionCounts // P2.1.3: {yes: 15, relevant: 79}
  };
  Kind kind = Kind::Overall;
  std::string key;          // as the user wrote it, for messages
  std::size_t index = 0;    // StandardRating: standard; KeyQuestionCounts: question
  std::size_t level = 0;    // Overall, StandardRating: the rating's position on the scale
  int score = 0;            // Score
  std::optional<std::size_t> yes, no, na, relevant;  // KeyQuestionCounts: those given
  // Overall, Score, StandardRating written as a range ("Inadequate to Good", "0 to 9"): the value
  // is expected to be unknown (an input is missing) with exactly this range still possible.
  // level / score hold the lower end, these the upper end.
  bool range = false;
  std::size_t level_highest = 0;  // Overall, StandardRating
  int score_highest = 0;          // Score
  // StandardRating "not rated": the standard is expected to be not rated by design (the rules'
  // not_rated_when, e.g. youth resettlement with no resettlement cases).
  bool not_rated = false;
  util::Location where;           // where it was written
};

}  // namespace pdurate::model
