// The built-in rules, compiled in: the text of rules/hmip-pdu-2023.yaml (cmake/embed_rules.cmake)
// and the same rules, already loaded and checked, in binary form (src/tools/compile_rules).
#pragma once

#include <string_view>

namespace pdurate::rules {

std::string_view default_rules_name();
std::string_view default_rules_text();
std::string_view default_rules_blob();

}  // namespace pdurate::rules
