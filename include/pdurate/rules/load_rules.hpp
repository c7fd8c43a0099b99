// Reads and validates a rules file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::rules {

// Parses a rules document. `file` names it in messages. On success returns the rules and adds
// nothing to `errors`. Otherwise returns nullopt having added one diagnostic per problem, each
// with its line and column: YAML syntax, wrong shape, unknown keys, duplicate ids, an unknown
// rating, standard or source, a key question under a casework standard that does not exist,
// missing provenance, casework bands that do not start at 0 or overlap, score bands with gaps
// or overlaps or that do not cover 0..max score, and guidance that names unknown things.
// `text` has no byte-order mark (inputs drop it as they are read: readers/source_text).
std::optional<Rules> load_rules(std::string_view text, std::string_view file, util::Diagnostics& errors);

// The default rules compiled into the binary (rules/hmip-pdu-2023.yaml). Decoded once per process.
const Rules& default_rules();

// Every rule set compiled into the binary (rules/*.yaml as CMakeLists.txt lists them), the
// default first. Each was loaded with every check at build time, and its framework id is its
// file's name without ".yaml" (the build checks it). Each is decoded once per process, when
// first asked for (here, or by default_rules or builtin_rules).
std::vector<const Rules*> all_builtin_rules();

// The framework ids of the built-in rule sets, the default first (for listing and suggesting).
std::vector<std::string> builtin_rules_ids();

// The built-in rule set whose framework id is `id` ("hmip-youth-2021", any case), or nullptr.
const Rules* builtin_rules(std::string_view id);

// The YAML text of the built-in rule set `id`; empty when there is none.
std::string_view builtin_rules_text(std::string_view id);

}  // namespace pdurate::rules
