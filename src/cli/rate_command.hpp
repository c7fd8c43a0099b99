// `pdu-rate [options] FILE...`: rating, the root command. One input rates one inspection and
// prints its report (optionally as a what-if) in any format, refusing an option the format
// cannot show; several inputs or a directory rate each and print one row each
// (cli/batch_command.hpp).
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/readers/what_if.hpp"

namespace pdurate::cli {

struct RateOptions {
  // A .csv or .yaml/.yml file, or "-" for CSV on stdin; several, or a directory: rated as a batch.
  std::vector<std::string> input;
  bool pool = false;                 // --pool: the inputs' cases rated as one inspection
  std::string rules_file;            // empty: the built-in rules
  readers::WhatIfText what_if;       // --rating, --answer, --exclude, --where, --shift
  std::vector<std::string> expects;  // KEY=VALUE
  bool strict = false;
  bool require_all = false;          // a missing key-question column is an input error
  bool explain = false;
  bool pivotal = false;
  std::string format = "text";       // a name in report::formats()
  std::string color = "auto";
  bool quiet = false;  // no progress line
  std::string output;                // --output FILE: write the report there (atomically) instead of stdout
  readers::AnalysisText analysis;    // --by, --confidence, --rri, --probabilities, --seed
  readers::TableOptions table;       // --sheet, --header-row (the rest are set by their names below)
  std::string delimiter;             // --delimiter: comma, semicolon, tab (or the character)
  std::string encoding;              // --encoding: utf-8, windows-1252
};

// Declares rating's options on the root `app`; the Command runs one inspection or a batch.
Command setup_rate(CLI::App& app);

// Rates one inspection (with --pool, the inputs pooled into one) and writes its report; returns
// the exit status.
int run_rate(const RateOptions& options);

}  // namespace pdurate::cli
