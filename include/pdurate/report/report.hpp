// What a report is made from. Reports only format: every figure comes from the Result.
#pragma once

#include <vector>

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/pivotal.hpp"
#include "pdurate/engine/scenario.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

// A what-if run: the scenario, the result as recorded, and what differs.
struct WhatIf {
  const model::Scenario& scenario;
  const engine::Result& baseline;
  const engine::WhatIfChanges& changes;
  const engine::Selection& selection;
};

struct ReportInput {
  const rules::Rules& rules;
  const model::Inspection& inspection;
  const engine::Result& result;  // the what-if result when what_if is set
  const std::vector<engine::ExpectationCheck>& expectations;
  const WhatIf* what_if = nullptr;
  const std::vector<engine::PivotalChange>* pivotal = nullptr;  // set with --pivotal
  const model::CaseSet* rated_cases = nullptr;  // the cases pivotal indices refer to
  const engine::Analysis* analysis = nullptr;   // findings, sampling error, breakdowns (of `result`)
};

}  // namespace pdurate::report
