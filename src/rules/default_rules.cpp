#include <stdexcept>

#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules_blob.hpp"

namespace pdurate::rules {

const Rules& default_rules() {
  // Decoded from the form the build loaded and checked: microseconds, where parsing the YAML
  // again would take milliseconds at every start.
  static const Rules rules = [] {
    auto decoded = decode(default_rules_blob());
    if (!decoded) throw std::logic_error("the built-in rules blob does not decode: the build is broken");
    return std::move(*decoded);
  }();
  return rules;
}

}  // namespace pdurate::rules
