// `pdu-rate check PATH...`: rate every inspection that records expectations and report which
// pass (README, "Checking a regression suite").
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace pdurate::cli {

struct CheckOptions {
  std::vector<std::string> paths;  // inspection files and directories
  std::string rules_file;          // empty: the built-in rules
  std::string junit_file;          // empty: no JUnit report
  bool strict = false;
  bool require_all = false;  // a missing key-question column makes the inspection invalid
  bool quiet = false;        // no progress line
};

// Adds the `check` subcommand to `parent`.
Command setup_check(CLI::App& parent);

// Runs it; returns the exit status: 0 all passed, 1 any failed, 2 any input or the rules invalid
// (or the JUnit report could not be written). One line per inspection and the summary line on
// stdout, each as soon as it is known; the problems with invalid inputs on stderr.
int run_check(const CheckOptions& options);

}  // namespace pdurate::cli
