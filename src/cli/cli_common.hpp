// Small pieces the subcommands share (check, diff and rating many inspections).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/diagnostic.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::cli {

// "pdu-rate: FILE:LINE:COLUMN: message" on stderr, one line each.
void print_errors(const std::vector<Diagnostic>& errors);

// The rules in `file` ("-": standard input), or the built-in rules when `file` is empty.
std::optional<rules::Rules> load_rules_file(const std::string& file, Diagnostics& errors);

// "built-in hmip-pdu-2023.yaml" or the file: how reports name the rules.
std::string rules_description(const rules::Rules& rules);

}  // namespace pdurate::cli
