// `pdu-rate sample CASELOAD.csv --n CASES [--strata COLUMN] [--seed N] [-o FILE]`: draw a
// reproducible stratified random sample of cases from a caseload list (README, "Drawing the
// sample").
#pragma once

#include <string>

#include "cli/command.hpp"

namespace pdurate::cli {

struct SampleOptions {
  std::string file;    // the caseload list, or "-"
  std::string n;       // cases to draw
  std::string strata;  // column; empty: unstratified
  std::string seed;    // empty: from the clock (printed)
  std::string output;  // empty or "-": standard output
  std::string encoding = "utf-8";
};

// Adds the `sample` subcommand to `parent`.
Command setup_sample(CLI::App& parent);

// Runs it; returns the exit status: 0 drawn, 2 invalid list or options.
int run_sample(const SampleOptions& options);

}  // namespace pdurate::cli
