// The rules every command rates with: --rules FILE, or the built-in rules.
#pragma once

#include <optional>
#include <string>

#include "pdurate/rules/rules.hpp"

namespace pdurate::cli {

// The rules in `file` ("-": standard input; empty: the built-in rules), or nothing, with every
// problem in the file printed.
std::optional<rules::Rules> rules_option(const std::string& file);

}  // namespace pdurate::cli
