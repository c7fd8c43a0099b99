#include <stdexcept>

#include "pdurate/diagnostic.hpp"
#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"

namespace pdurate::rules {

const Rules& default_rules() {
  static const Rules rules = [] {
    Diagnostics errors;
    auto loaded = load_rules(default_rules_text(), default_rules_name(), errors);
    // The build embeds a file the test suite loads; failing here is a broken build.
    if (!loaded) throw std::logic_error("the built-in rules are invalid: " + format(errors.items().front()));
    loaded->file = "built-in " + std::string(default_rules_name());
    return std::move(*loaded);
  }();
  return rules;
}

}  // namespace pdurate::rules
