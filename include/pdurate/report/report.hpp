// What a report is made from. Reports only format: every figure comes from the Result.
#pragma once

#include <vector>

#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

struct ReportInput {
  const rules::Rules& rules;
  const model::Inspection& inspection;
  const engine::Result& result;
  const std::vector<engine::ExpectationCheck>& expectations;
};

}  // namespace pdurate::report
