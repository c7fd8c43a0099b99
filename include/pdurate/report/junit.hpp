// A JUnit XML report of a check run (pdu-rate check --junit), the format CI servers read: one
// <testcase> per inspection, a <failure> listing the differences, or an <error> listing the
// problems with the input. Always well-formed UTF-8 XML: text is escaped, and bytes XML cannot
// carry (invalid UTF-8, control characters) become U+FFFD.
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::junit {

struct Options {
  std::string suite = "pdu-rate check";  // testsuite name, and each testcase's classname
  std::string rules;                     // recorded as a property, e.g. "hmip-pdu-2023 (built-in ...)"
};

std::string check(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options);

}  // namespace pdurate::report::junit
