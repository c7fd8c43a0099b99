// The outcome of checking inspections against their expectations (pdu-rate check): one line per
// inspection and the summary line. See README, "Checking a regression suite".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pdurate/diagnostic.hpp"
#include "pdurate/engine/expectations.hpp"

namespace pdurate::report {

struct CheckedInspection {
  enum class Outcome { Passed, Failed, Error };

  std::string file;  // as found
  std::string name;  // the inspection's name; empty when not known
  std::vector<engine::ExpectationCheck> expectations;
  // Further failures, one sentence each (e.g. --strict: an unexplained guidance departure).
  std::vector<std::string> other_failures;
  // Why the inspection could not be checked (invalid input); empty when it was rated.
  std::vector<Diagnostic> errors;

  Outcome outcome() const;
  std::size_t unmet() const;  // expectations not met
  // One line per difference: "P2.1: expected Good, got Requires improvement", then other_failures.
  std::vector<std::string> differences() const;
};

struct CheckCounts {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t errors = 0;
};
CheckCounts count(const std::vector<CheckedInspection>& inspections);

// "pass FILE (N expectations met)", "FAIL FILE: DIFFERENCE; DIFFERENCE" or
// "ERROR FILE: invalid input (N problems, listed on stderr)". No newline.
std::string check_line(const CheckedInspection& inspection);

// "N passed, N failed", with ", N errors" when any input was invalid. No newline.
std::string check_summary(const CheckCounts& counts);

}  // namespace pdurate::report
