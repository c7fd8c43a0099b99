// The trend across inspections, i.e. progress between them (pdu-rate compare): two or more results, each under its own
// rules or all under one, side by side, in the order given (earliest first). Pure: no I/O.
//
// Key questions and standards are matched by id, as diff matches them (engine/compare.hpp), so
// inspections under different rule sets are compared where both have an id and the rest is
// said to be in some only; ratings are compared by name. A key question's percentage is
// Yes / (Yes + No), the relevant cases, as the method counts it; each change from one inspection
// to the next is the difference in those proportions with Newcombe's interval
// (engine/newcombe.hpp), for the two samples of cases are independent.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/compare.hpp"
#include "pdurate/engine/findings.hpp"
#include "pdurate/engine/newcombe.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// One inspection's result and the rules it was rated under (both outlive the call).
struct TrendInput {
  const rules::Rules* rules = nullptr;
  const Result* result = nullptr;
  // Its findings (engine/findings.hpp): those the input answered; null: none tabulated.
  const std::vector<FindingResult>* findings = nullptr;
};

// A key question (or finding) in one inspection. in_rules false: its rules have no such question (and
// `state` is empty).
struct QuestionPoint {
  bool in_rules = false;
  KeyQuestionState state;  // present false: the input had no column for it
  bool has_percent() const { return state.present && state.tally.relevant() > 0; }
};

// A key question, or a finding (tabulated, never rated: no band), across the inspections.
struct QuestionTrend {
  std::string id;        // as the rules spell it ("P2.1.3", "F.oversight"): the latest rules that have it
  std::string short_id;  // "2.1.3", "F.oversight"
  std::string topic;
  std::string standard;  // the id of the standard it belongs to ("" for a free-standing finding)
  std::string parent;    // a finding: the id of the key question it sits under ("" when free-standing)
  std::vector<QuestionPoint> points;  // one per inspection
  // changes[i]: from inspection i to inspection i + 1 (later minus earlier, as proportions);
  // nullopt when either has no relevant cases for it.
  std::vector<std::optional<DifferenceInterval>> changes;
};

struct StandardTrend {
  std::string id;
  std::string name;  // the latest rules' name for it
  std::vector<std::optional<RatingState>> ratings;  // one per inspection; nullopt: not in its rules
};

struct Trend {
  double level_percent = 95;
  // In the latest inspection's rules' order, then those only earlier ones have (latest first).
  std::vector<StandardTrend> standards;
  std::vector<QuestionTrend> questions;
  // The findings some input answered, in the same order (latest rules first).
  std::vector<QuestionTrend> findings;
  std::vector<ScoreState> scores;    // one per inspection
  std::vector<RatingState> overall;  // one per inspection
  bool same_rules = true;  // every inspection rated under the same rule set (by framework id)
};

// The progress across `inputs` (at least two), with intervals at `level_percent`.
Trend trend(const std::vector<TrendInput>& inputs, double level_percent = 95);

}  // namespace pdurate::engine
