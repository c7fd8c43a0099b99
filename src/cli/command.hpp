// What every command of pdu-rate is: the CLI11 app its options are declared on, and what runs
// it once the command line is parsed (returning the exit status). Each command's setup
// function declares its options and returns its Command; src/cli/run.cpp lists them.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace pdurate::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Declares a command on `parent` (a subcommand of it, or for rating, `parent` itself).
using Setup = Command (*)(CLI::App& parent);

// A subcommand of `parent` that takes inspection files and directories to search for them.
CLI::App* add_paths_subcommand(CLI::App& parent, const std::string& name, const std::string& description,
                               const std::string& footer, std::vector<std::string>& paths);

// Makes each option of `app` take one value per use, so that a repeatable option does not
// swallow the paths after it. Call once its options are declared.
void one_value_per_use(CLI::App& app);

}  // namespace pdurate::cli
