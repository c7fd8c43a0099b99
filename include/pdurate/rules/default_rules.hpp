// The built-in rule sets, compiled in: the text of each rules/*.yaml file the build lists
// (cmake/embed_rules.cmake) and the same rules, already loaded and checked, in binary form
// (src/tools/compile_rules). The first is the default (rules/hmip-pdu-2023.yaml). Look rule sets
// up with load_rules.hpp's builtin_rules(); these are the raw parts.
#pragma once

#include <span>
#include <string_view>

namespace pdurate::rules {

// A built-in rules file: its file name ("hmip-youth-2021.yaml") and its text (or binary form).
struct EmbeddedText {
  std::string_view name;
  std::string_view text;
};

// Every built-in rules file's text, the default first.
std::span<const EmbeddedText> builtin_rules_texts();
// The same files' rules in binary form (rules_blob.hpp), in the same order.
std::span<const EmbeddedText> builtin_rules_blobs();

// The default's file name and text.
std::string_view default_rules_name();
std::string_view default_rules_text();

}  // namespace pdurate::rules
