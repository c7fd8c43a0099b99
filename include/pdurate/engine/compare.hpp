// What differs between two results of the same rules: a baseline and a what-if, or (for rules
// changes) the same inspection under two rule sets with the same standards and questions.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdurate/engine/result.hpp"

namespace pdurate::engine {

struct KeyQuestionChange {
  std::size_t question = 0;
  Tally before, after;
  std::optional<Level> band_before, band_after;
};

struct StandardChange {
  std::size_t standard = 0;
  std::optional<Level> before, after;
};

struct Comparison {
  std::size_t cases_before = 0, cases_after = 0;
  std::vector<KeyQuestionChange> key_questions;  // counts or band changed
  std::vector<StandardChange> standards;         // rating changed
  bool score_changed = false;
  bool overall_changed = false;

  bool any() const {
    return cases_before != cases_after || !key_questions.empty() || !standards.empty() || score_changed ||
           overall_changed;
  }
};

Comparison compare(const Result& before, const Result& after);

}  // namespace pdurate::engine
