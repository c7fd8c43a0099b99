// A compact binary form of Rules, so that the built-in rules cost microseconds at start-up
// rather than a YAML parse (about 2 ms): the build loads rules/hmip-pdu-2023.yaml once, with
// every check, and compiles the result into the binary in this form (src/tools/compile_rules).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pdurate/rules/rules.hpp"

namespace pdurate::rules {

std::string encode(const Rules& rules);

// The rules encode() wrote; nullopt for anything else (a truncated or foreign blob).
std::optional<Rules> decode(std::string_view blob);

}  // namespace pdurate::rules
