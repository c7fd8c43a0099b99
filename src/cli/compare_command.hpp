// `pdu-rate compare EARLIER LATER [MORE...]`: progress between inspections of a service, or a
// benchmark of several services (README, "Comparing inspections").
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace pdurate::cli {

struct CompareOptions {
  std::vector<std::string> files;  // inspection files (or CSV files), earliest first
  std::string rules_file;          // empty: each inspection under its own rules
  std::string format = "text";
  std::string confidence;  // --confidence LEVEL (percent); empty: 95
  std::string output;      // -o FILE; empty or "-": standard output
};

// Adds the `compare` subcommand to `parent`.
Command setup_compare(CLI::App& parent);

// Runs it; returns the exit status: 0 compared, 2 an input, the rules or the usage is invalid
// (nothing on stdout).
int run_compare(const CompareOptions& options);

}  // namespace pdurate::cli
