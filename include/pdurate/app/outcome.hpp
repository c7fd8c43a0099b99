// What became of one inspection, in every command: read, rated and checked, or invalid and why.
// The pipeline (app/pipeline.hpp) makes it; every report renders it; every command's exit
// status is the worst of its outcomes' statuses.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/compare.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/pivotal.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/engine/scenario.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/model/scenario.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::app {

// An inspection's state, the same three in every command, from best to worst.
enum class Status {
  Passed,   // rated, and every check passed (diff: no rating changed)
  Failed,   // rated, and a check failed: an expectation, --strict, or (diff) a changed rating
  Invalid,  // not rated: an input or an option is invalid (Outcome::problems says why)
};
Status worst(Status a, Status b);

// A what-if (readers/what_if): the scenario, the inspection as recorded, and what differs.
struct WhatIf {
  model::Scenario scenario;
  engine::Result baseline;
  engine::WhatIfChanges changes;
  engine::Selection selection;
  std::optional<model::CaseSet> cases;  // the cases kept, changed, when the scenario names or filters cases
  std::optional<model::CaseGroups> groups;  // the groups kept, when the inspection was read as groups
};

// An inspection read and rated.
struct Rated {
  model::Inspection inspection;  // as read, with the ratings --rating filled in
  engine::Result result;         // what is reported: the what-if's when there is one
  std::optional<WhatIf> what_if;
  // The inspection file's expectations (held to the inspection as recorded), then --expect's
  // (held to the result).
  std::vector<engine::ExpectationCheck> expectations;
  // With --strict: the standards that depart from the decision guidance with no reason recorded.
  std::vector<std::size_t> unexplained_departures;
  std::optional<engine::Analysis> analysis;                   // of the result (pdu-rate FILE)
  std::optional<std::vector<engine::PivotalChange>> pivotal;  // --pivotal
  std::optional<engine::ResultDiff> diff;                     // diff: against the base rules

  // The cases the result was rated from (those pivotal and analysis case indices refer to).
  const model::CaseSet& cases() const { return what_if && what_if->cases ? *what_if->cases : inspection.cases; }
  // The groups the result was rated from, when the inspection was read as groups; else null.
  const model::CaseGroups* groups() const {
    if (what_if && what_if->groups) return &*what_if->groups;
    return inspection.groups ? &*inspection.groups : nullptr;
  }
};

// A file an outcome was read from, so that a command writing files can keep clear of its inputs.
struct Input {
  enum class Role { Inspection, Cases, Rules };  // an inspection file; cases (CSV, workbook); rules
  Role role;
  std::string path;  // as opened
};

struct Outcome {
  // The rules it was rated under when the inspection file chose its own (`rules:`) rather than
  // the command's; null: the command's rules. Reports render it under rules_of().
  std::shared_ptr<const rules::Rules> rules;
  std::string file;       // as given, or as found under a directory
  std::string name;       // the inspection's name, when it was read and has one
  std::string fieldwork;  // likewise
  std::optional<Rated> rated;
  util::Diagnostics problems;  // why it is invalid; empty when rated
  // What-ifs that changed nothing (an answer as recorded, a case --where left out), one
  // sentence each: for stderr, since they are no errors.
  std::vector<std::string> notes;
  // Every file it was read from (not standard input): the file named, the cases file an
  // inspection file names, the rules file its rules: names. The command's --rules is the CLI's.
  std::vector<Input> inputs;

  Status status() const;
};

// The rules `o` was rated under: its own, or else the command's.
inline const rules::Rules& rules_of(const Outcome& o, const rules::Rules& command_rules) {
  return o.rules ? *o.rules : command_rules;
}

// How many outcomes are in each state.
struct Counts {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t invalid = 0;
  Status worst() const;
};
Counts count(const std::vector<Outcome>& outcomes);

}  // namespace pdurate::app
