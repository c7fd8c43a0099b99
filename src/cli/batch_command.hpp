// Rating many inspections in one run: `pdu-rate FILE FILE...`, `pdu-rate DIR`, or any input with
// a format that has only a view of many (csv). One row per inspection (README, "Rating many
// inspections").
#pragma once

#include <string>
#include <vector>

#include "pdurate/readers/table_options.hpp"

namespace pdurate::cli {

// The options rating many honours (rate_command.cpp refuses the others, which apply to one
// inspection).
struct BatchOptions {
  std::vector<std::string> inputs;  // inspection files and directories
  std::string rules_file;           // empty: the built-in rules
  bool strict = false;
  bool require_all = false;
  readers::TableOptions table;      // how to read tables of cases
  std::string format = "text";
  std::string color = "auto";
  std::string output;
  bool quiet = false;  // no progress line
};

// Rates every inspection under the inputs (each under its file's own rules: unless --rules is
// given; a table per rule set) and writes one row each. A
// file's problems are reported with its name and do not stop the others. Returns the worst
// status: 2 any input invalid, 1 any expectation or --strict check failed, 0 otherwise.
int run_batch(const BatchOptions& options);

}  // namespace pdurate::cli
