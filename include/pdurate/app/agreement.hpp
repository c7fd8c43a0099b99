// pdu-rate agree: two judgings of the same cases read through the one pipeline (app::assess,
// so any input pdu-rate rates: CSV, workbook, inspection file) and compared by the engine
// (engine/moderation.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/moderation.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::app {

struct Agreement {
  Outcome first;   // FIRST as read and rated (its rated->inspection holds its cases)
  Outcome second;  // SECOND, rated under FIRST's rules
  double level = 95;  // % level of the intervals
  engine::CaseMatch match;
  std::vector<engine::QuestionAgreement> questions;  // key questions, then findings
  std::optional<engine::Consequence> consequence;
  util::Diagnostics problems;  // FIRST's, SECOND's, then the pair's (no case in common)
  // For stderr, no errors: SECOND names rules of its own, which agree does not use.
  std::vector<std::string> notes;

  bool valid() const { return problems.empty(); }
  // The rules both were rated under.
  const rules::Rules& rules(const rules::Rules& command_rules) const { return rules_of(first, command_rules); }
};

// Reads FIRST and SECOND (either may be "-", not both) and compares them. Both are rated under
// `rules` when `rules_given`; otherwise under FIRST's own rules (an inspection file's `rules:`)
// or else `rules`. Invalid (problems) when either input is, or when no case id is in both.
Agreement agree(const std::string& first, const std::string& second, const rules::Rules& rules, bool rules_given,
                double level_percent);

}  // namespace pdurate::app
