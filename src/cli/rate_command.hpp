// `pdu-rate [options] FILE`: rate one inspection and print the report, optionally as a what-if.
#pragma once

#include <string>
#include <vector>

#include "cli/terminal.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/readers/what_if.hpp"

namespace CLI {
class App;
}

namespace pdurate::cli {

struct RateOptions {
  // A .csv or .yaml/.yml file, or "-" for CSV on stdin. Several, or a directory: rated as a batch,
  // one row each (cli/batch.hpp); run.cpp dispatches, so run_rate sees exactly one.
  std::vector<std::string> input;
  std::string rules_file;            // empty: the built-in rules
  readers::WhatIfText what_if;       // --rating, --answer, --exclude, --where, --shift
  std::vector<std::string> expects;  // KEY=VALUE
  bool strict = false;
  bool explain = false;
  bool pivotal = false;
  std::string format = "text";       // text, json, or csv (csv: always a batch)
  std::string color = "auto";
  std::string output;  // --output FILE: write the report there (atomically) instead of stdout
  readers::AnalysisText analysis;    // --by, --confidence, --rri, --seed (issue 5)
};

// Declares the options on `app`, storing into `options`.
void setup_rate_options(CLI::App& app, RateOptions& options);

// Writes a finished report to `output` (atomically), or to stdout when it is empty. On failure
// says so on stderr and returns false.
bool emit(const std::string& text, const std::string& output);

// Runs it; returns the exit status. Writes the report to stdout and messages to stderr.
int run_rate(const RateOptions& options);

}  // namespace pdurate::cli
