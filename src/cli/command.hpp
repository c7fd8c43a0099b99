// What every command of pdu-rate is: the CLI11 app its options are declared on, and what runs
// it once the command line is parsed (returning the exit status). Each command's setup
// function declares its options and returns its Command; src/cli/run.cpp lists them.
#pragma once

#include <functional>

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

}  // namespace pdurate::cli
