// `pdu-rate agree FIRST SECOND`: how far two judgings of the same cases agree (moderation,
// quality assurance), and what their disagreements do to the ratings (README, "Agreement
// between inspectors").
#pragma once

#include <string>

#include "cli/agree_thresholds.hpp"
#include "cli/command.hpp"

namespace pdurate::cli {

struct AgreeOptions {
  std::string first;
  std::string second;
  std::string rules_file;   // empty: FIRST's own rules (rules:), else the built-in rules
  std::string confidence;   // LEVEL in percent; empty: 95
  std::string format = "text";
  std::string output;  // -o FILE; empty or "-": standard output
  AgreeThresholds thresholds;
};

// Adds the `agree` subcommand to `parent`.
Command setup_agree(CLI::App& parent);

// Runs it; returns the exit status: 0 compared (and every threshold given reached), 1 a key
// question below a threshold given (--min-kappa, --min-ac1, --min-agreement; the report is
// written all the same), 2 an input is invalid, the two share no case, or usage error.
int run_agree(const AgreeOptions& options);

}  // namespace pdurate::cli
