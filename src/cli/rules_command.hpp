// pdu-rate rules list | rules show NAME: the built-in rule sets, and one's YAML.
#pragma once

#include "cli/command.hpp"

namespace pdurate::cli {

// `rules list` prints one line per built-in rule set: its name (what --rules and an inspection
// file's rules: take), framework, years, standards and maximum score. `rules show NAME` prints
// that rule set's rules file as compiled in. Exit status 0, or 2 for an unknown name.
Command setup_rules(CLI::App& parent);

}  // namespace pdurate::cli
