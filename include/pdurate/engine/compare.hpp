// Comparing two results for the same inspection, typically under two rule sets (pdu-rate diff).
// Pure: no I/O. The two sides may come from different rules: standards and key questions are
// matched by id and ratings compared by name, so scales, bands and even the list of standards
// may differ between them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// A rating as reported: known, or not known with the range still possible.
struct RatingState {
  std::optional<std::string> rating;
  std::string lowest;
  std::string highest;
  bool operator==(const RatingState&) const = default;
};

// A score as reported: known, or the range still possible; out of max_score.
struct ScoreState {
  std::optional<int> score;
  int min = 0;
  int max = 0;
  int max_score = 0;
  bool operator==(const ScoreState&) const = default;
};

struct KeyQuestionState {
  bool present = false;  // false when the input has no column for it, or the rules no such question
  Tally tally;
  std::optional<std::string> band;  // nullopt: not present, or no relevant cases
  bool operator==(const KeyQuestionState&) const = default;
};

struct KeyQuestionChange {
  std::string id;        // "P2.1.3", as the after rules spell it (the before rules' when only there)
  std::string short_id;  // "2.1.3"
  std::string topic;
  KeyQuestionState before;
  KeyQuestionState after;
};

struct StandardChange {
  std::string id;
  std::string name;
  std::optional<RatingState> before;  // nullopt: that side's rules have no such standard
  std::optional<RatingState> after;
  // The key questions whose band change moved the rating: those that changed band and sat at
  // the rating on either side (the lowest key question sets a casework standard's rating). When
  // a rating is not known, every key question that changed band.
  std::vector<KeyQuestionChange> causes;
};

struct ResultDiff {
  // Only the standards whose rating (or range) differs: in the after rules' order, then any
  // standard only the before rules have.
  std::vector<StandardChange> standards;
  ScoreState score_before;
  ScoreState score_after;
  RatingState overall_before;
  RatingState overall_after;

  bool score_changed() const { return score_before != score_after; }
  bool overall_changed() const { return overall_before != overall_after; }
  bool changed() const { return !standards.empty() || score_changed() || overall_changed(); }
};

ResultDiff compare_results(const rules::Rules& before_rules, const Result& before, const rules::Rules& after_rules,
                           const Result& after);

// A standard's or the overall rating as reported by `result` under `rules`.
RatingState rating_state(const rules::Rules& rules, const StandardResult& standard);
RatingState overall_state(const rules::Rules& rules, const Result& result);
ScoreState score_state(const Result& result);

}  // namespace pdurate::engine
