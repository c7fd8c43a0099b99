// What the engine concludes about one inspection (engine/method.hpp's rate()): each standard's
// rating (or the range still possible when an input is missing) and why, the guidance checks,
// the score and the overall rating and why, and the margins to the next bands.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/tally.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

using rules::Level;

struct Margin {
  std::optional<std::size_t> up;    // changes to reach the next band up; nullopt at the top (or impossible)
  std::optional<std::size_t> down;  // changes to fall to the next band down; nullopt at the bottom
};

struct StandardMove {
  std::size_t standard = 0;
  rules::Level from = 0;
  rules::Level to = 0;
  std::size_t changes = 0;
};

struct OverallMargin {
  std::optional<std::size_t> up;
  std::optional<std::size_t> down;
  std::vector<StandardMove> plan_up;    // the standards that move, and how, for `up`
  std::vector<StandardMove> plan_down;  // likewise for `down`
};

struct KeyQuestionResult {
  std::size_t question = 0;
  Tally tally;
  bool present = true;               // false: the input had no column for it
  std::optional<Level> band;         // nullopt: not present, or no relevant cases
  std::optional<Level> other_band;   // the band under the other comparison, when it differs
  bool drives = false;               // the lowest key question: it sets the standard's rating
  Margin margin;                     // changes to the next band up / down (none without a band)
};

enum class GuidanceStatus {
  Consistent,     // the rule's condition holds
  Departure,      // the standard has the rule's rating but the other standard is not as usual
  Undetermined,   // the other standard is not rated
};

struct GuidanceCheck {
  std::size_t rule = 0;
  GuidanceStatus status = GuidanceStatus::Undetermined;
  // True when the standard is not rated: the check says what giving it the rule's rating would mean.
  bool hypothetical = false;
};

enum class Basis {
  Casework,    // rated from the key questions
  Inspectors,  // the inspectors' rating as given: an organisational standard's, or a casework
               // standard's given without its cases (a published ratings table)
  NotRated,    // missing input: see lowest/highest
  // Not rated by design: the inspection says so of a standard the rules allow to be left out
  // (rules::Standard::not_rated_when). Known, not missing: no rating, no range, no points.
  NotRatedByDesign,
};

struct StandardResult {
  std::size_t standard = 0;
  Basis basis = Basis::NotRated;
  std::optional<Level> rating;
  Level lowest = 0;   // the range still possible; both equal *rating when rated
  Level highest = 0;
  std::optional<Level> other_rating;  // casework: the rating under the other comparison, when it differs
  std::vector<KeyQuestionResult> key_questions;
  std::string departure;  // the inspectors' recorded reason for departing from guidance
  std::vector<GuidanceCheck> guidance;  // rules about this standard that apply to its rating
  Margin margin;  // casework, when rated: changes to lift it / drop it one band
  bool unexplained_departure() const;
};

struct Result {
  std::vector<StandardResult> standards;  // in the rules' order
  std::size_t cases = 0;
  rules::Comparison comparison = rules::Comparison::Exact;
  int max_score = 0;
  std::optional<int> score;  // nullopt when some standard is not rated
  int score_min = 0;
  int score_max = 0;
  std::optional<Level> overall;
  // Why `overall` is what it is: the score band the score falls in (an index into
  // rules.score_bands); set with it.
  std::optional<std::size_t> overall_band;
  Level overall_lowest = 0;
  Level overall_highest = 0;
  OverallMargin margin;  // when every standard is rated: changes to move the overall rating a band

  // True when the score is known: every scored standard is rated (a standard that is not scored
  // cannot change it, rated or not).
  bool complete() const { return score.has_value(); }
};

}  // namespace pdurate::engine
