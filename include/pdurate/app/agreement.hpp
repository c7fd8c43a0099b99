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

// agree's optional check (--min-kappa, --min-ac1, --min-agreement) as the command made it: the
// thresholds given, and every key question whose figure, as the reports show it, is below one.
struct ThresholdCheck {
  struct Below {
    std::size_t slot = 0;     // the key question's answer slot
    std::string measure;      // "kappa", "AC1" or "agreement"
    std::string shown;        // the figure as shown and compared: "0.58"; agreement in percent, "86.7"
    std::string threshold;    // as given: "0.6"; agreement in percent
  };
  std::optional<std::string> min_kappa, min_ac1, min_agreement;
  std::vector<Below> below;  // in the rules' order, kappa before AC1 before agreement
};

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
  std::optional<ThresholdCheck> check;  // none unless a threshold was given

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
