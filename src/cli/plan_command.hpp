// `pdu-rate plan --population NAME=COUNT... (--margin POINTS | --n CASES)`: size an inspection's
// case sample before fieldwork, or judge a size (README, "Planning a sample").
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace pdurate::cli {

struct PlanOptions {
  std::vector<std::string> populations;  // NAME=COUNT, or one COUNT
  std::string margin;                    // points; empty: not given
  std::string n;                         // cases; empty: not given
  std::string confidence;                // percent; empty: the rules'
  std::string rules_file;                // empty: the built-in rules
  std::string format = "text";
};

// Adds the `plan` subcommand to `parent`.
Command setup_plan(CLI::App& parent);

// Runs it; returns the exit status: 0 planned, 2 invalid options or rules.
int run_plan(const PlanOptions& options);

}  // namespace pdurate::cli
