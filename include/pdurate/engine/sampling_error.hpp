// Which bands and ratings are within sampling error: every key question's % Yes gets a Wilson
// interval, and a band is "within sampling error" when its interval reaches another band.
//
// A casework standard takes the band of its lowest key question (engine/method.hpp), so with each
// key question anywhere in its interval the standard ranges from its rating with every key
// question at the bottom of its interval to its rating with every one at the top. Its
// rating is within sampling error when that range holds more than one rating: when a key
// question could fall below the rating, or all of them could rise above it. This includes the
// case the issue names (the driving key question's interval straddles a band edge).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/wilson.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct KeyQuestionSampling {
  Interval interval;  // of yes/relevant
  Level lowest = 0;   // the bands of the interval's ends
  Level highest = 0;
  bool within_sampling_error() const { return lowest != highest; }
};

struct StandardSampling {
  Level lowest = 0;  // the ratings the standard takes with its key questions anywhere in their intervals
  Level highest = 0;
  bool within_sampling_error() const { return lowest != highest; }
};

struct SamplingError {
  double level = 0;  // percent
  // By key question index: none for a key question with no band (missing, or no relevant cases).
  std::vector<std::optional<KeyQuestionSampling>> key_questions;
  // By standard index: only casework standards rated from their key questions, all present.
  std::vector<std::optional<StandardSampling>> standards;
};

SamplingError sampling_error(const rules::Rules& rules, const Result& result, double level_percent);

}  // namespace pdurate::engine
