// The what-if options as users write them, resolved against the rules and the inspection:
//   --rating P1.2=Good          --answer C017:2.1.3=Yes     --exclude C017
//   --where case_type=licence   --where grade!=PSO          --shift 2.1.3=+5
#pragma once

#include <string>
#include <vector>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/model/scenario.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

struct WhatIfText {
  std::vector<std::string> ratings;   // STANDARD=RATING
  std::vector<std::string> answers;   // CASE:QUESTION=ANSWER
  std::vector<std::string> excludes;  // CASE
  std::vector<std::string> wheres;    // ATTRIBUTE=VALUE or ATTRIBUTE!=VALUE
  std::vector<std::string> shifts;    // QUESTION=+N or QUESTION=-N
};

// Checks what can be checked without the cases (standards, ratings, questions, answers, syntax),
// adding one diagnostic per problem. Lets the CLI report a mistyped option even when the input
// is broken too.
void check_what_if(const rules::Rules& rules, const WhatIfText& text, util::Diagnostics& errors);

// Builds the scenario for `inspection`. A --rating for a standard the inspection does not rate
// fills in the input (it goes into inspection.ratings, and is no what-if); one that replaces
// the inspection's rating is a what-if. Also checks case ids and attributes; on any problem
// adds diagnostics and returns nullopt. An inspection read as groups (CaseDetail::Groups, which
// must track the --where attributes and --exclude ids) takes every option but --answer, which
// needs the cases; its scenario's `excluded` are indices into groups->named_ids.
std::optional<model::Scenario> build_what_if(const rules::Rules& rules, model::Inspection& inspection,
                                             const WhatIfText& text, util::Diagnostics& errors);

// Words the problems engine::evaluate found with a scenario built here, naming the options
// that made it ("--shift 2.1.3=+5: only 3 No answers to turn into Yes").
void report_problems(const rules::Rules& rules, const model::Scenario& scenario,
                     const std::vector<model::ScenarioProblem>& problems, util::Diagnostics& errors);

}  // namespace pdurate::readers
