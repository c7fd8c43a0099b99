// Checking a result against what the user expected (regression checks, --expect).
#pragma once

#include <string>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/model/expectation.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct ExpectationCheck {
  model::Expectation expectation;
  bool met = false;
  std::string expected;  // e.g. "Inadequate", "15/79 Yes"
  std::string actual;    // e.g. "Requires improvement", "not rated (Inadequate to Good possible)"
};

// One check per expectation, in order. An expectation of a value (a rating, a score) about
// something not rated (missing input) is not met: the actual value says what range is possible.
// An expectation of a range (Expectation::range) is met only when the value is not known and
// exactly that range is still possible; a known value does not meet it.
std::vector<ExpectationCheck> check_expectations(const rules::Rules& rules, const Result& result,
                                                 const std::vector<model::Expectation>& expectations);

}  // namespace pdurate::engine
