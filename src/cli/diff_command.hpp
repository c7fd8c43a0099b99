// `pdu-rate diff --base-rules OLD.yaml [--rules NEW.yaml] PATH...`: rate every inspection under
// two rule sets and list what changed (README, "Comparing rule sets").
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace pdurate::cli {

struct DiffOptions {
  std::vector<std::string> paths;  // inspection files and directories
  std::string base_rules_file;     // empty: the built-in rules
  std::string rules_file;          // empty: the built-in rules
  std::string format = "text";
};

// Adds the `diff` subcommand to `parent`.
Command setup_diff(CLI::App& parent);

// Runs it; returns the exit status: 0 nothing changed, 1 something changed, 2 invalid input,
// rules or usage.
int run_diff(const DiffOptions& options);

}  // namespace pdurate::cli
