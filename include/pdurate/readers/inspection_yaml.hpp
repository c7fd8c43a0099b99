// Reads an inspection file (YAML): its name and dates, the inspectors' organisational ratings
// with any departure reasons, the cases (inline, or a CSV file named relative to the YAML file)
// and expectations. See README, "YAML input".
#pragma once

#include <optional>
#include <string>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

// `detail` and `options` apply to cases in a file the inspection names; inline cases are always
// kept.
std::optional<model::Inspection> read_inspection_yaml(const SourceText& source, const rules::Rules& rules,
                                                      util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                                      const TableOptions& options = {});

// The rule set an inspection file asks for: the text of its top-level `rules:` (a built-in rule
// set's name, or a rules file's path relative to the inspection file) and where it is written.
struct RulesChoice {
  std::string name;
  util::Location where;
};

// The `rules:` of the inspection file in `source`, if it has one. nullopt too when the file is
// not YAML or does not parse: reading it under the command's rules then reports why.
std::optional<RulesChoice> inspection_rules_choice(const SourceText& source);

}  // namespace pdurate::readers
