// The report of pdu-rate plan: a sample plan (engine/sample_plan.hpp) as text, or as JSON
// (doc/schema/plan.schema.json, doc/json-output.md).
#pragma once

#include <string>

#include "pdurate/engine/sample_plan.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

struct PlanOptions {
  bool level_from_rules = true;  // the confidence level is the rules' (not --confidence)
};

std::string plan_text(const rules::Rules& rules, const engine::SamplePlan& plan, const PlanOptions& options);
std::string plan_json(const rules::Rules& rules, const engine::SamplePlan& plan, const PlanOptions& options);

}  // namespace pdurate::report
