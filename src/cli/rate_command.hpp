// `pdu-rate [options] FILE`: rate one inspection and print the report.
#pragma once

#include <string>
#include <vector>

#include "cli/terminal.hpp"

namespace CLI {
class App;
}

namespace pdurate::cli {

struct RateOptions {
  std::string input;                  // a .csv or .yaml/.yml file, or "-" for CSV on stdin
  std::string rules_file;             // empty: the built-in rules
  std::vector<std::string> ratings;   // STANDARD=RATING
  std::vector<std::string> expects;   // KEY=VALUE
  bool strict = false;
  std::string format = "text";
  std::string color = "auto";
};

// Declares the options on `app`, storing into `options`.
void setup_rate_options(CLI::App& app, RateOptions& options);

// Runs it; returns the exit status. Writes the report to stdout and messages to stderr.
int run_rate(const RateOptions& options);

}  // namespace pdurate::cli
