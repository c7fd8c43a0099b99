// pdu-rate --pool: several inspections' cases rated as one inspection (a region's PDUs, or a
// year's), through the same pipeline as one inspection file.
//
// Each case keeps its inspection as the attribute `inspection` (the inspection's name, else its
// file), usable in --by and --where. A case id found in more than one inspection is qualified
// as INSPECTION/ID in every one of them, never an error; within one inspection a duplicate is
// still an error. The inspections must be rated under one rule set (--rules, or the same
// `rules:` in each) and hold columns for the same key questions. An organisational rating is
// pooled only when every inspection gives the same one; otherwise the standard is not rated
// and a note says why. Each file's own expect: block is about that inspection, not the pool:
// it is not checked (a note says so); --expect is.
#pragma once

#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/app/pipeline.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::app {

// The name of the attribute that says which inspection a pooled case came from.
inline constexpr std::string_view kPoolAttribute = "inspection";

// Reads every inspection under `paths` (files, or directories searched as for rating many) and
// rates their cases as one under `rules` (or the rule set they all name) as `request` asks.
Outcome assess_pool(const std::vector<std::string>& paths, const rules::Rules& rules, const Request& request);

}  // namespace pdurate::app
