// Applying a what-if scenario (model/scenario.hpp) to an inspection's cases.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/engine/tally.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/model/scenario.hpp"

namespace pdurate::engine {

using model::Scenario;

// Which of the inspection's cases a scenario keeps, and why the others were left out.
struct Selection {
  std::vector<bool> keep;  // per case (or, of an inspection read as groups, per group)
  std::size_t cases = 0;   // the cases there were
  std::size_t excluded_by_id = 0;
  std::size_t excluded_by_filter = 0;
  std::size_t kept() const { return cases - excluded_by_id - excluded_by_filter; }
};

Selection select(const model::CaseSet& cases, const Scenario& scenario);
// The same for cases counted by attribute values: the filters' attributes must be tracked, and
// scenario.excluded holds indices into groups.named_ids (readers/what_if builds it so).
Selection select(const model::CaseGroups& groups, const Scenario& scenario);

// The cases the scenario keeps, with its answer changes made (shifts apply to tallies).
model::CaseSet apply_to_cases(const model::CaseSet& cases, const Scenario& scenario, const Selection& selection);

// True when the scenario names cases or filters them, and so needs the cases, not just counts.
bool needs_cases(const Scenario& scenario);

// Each shift larger than the answers it would turn (after the shifts before it), in order.
std::vector<model::ScenarioProblem> impossible_shifts(const Tallies& counts, const Scenario& scenario);
// `counts` with the scenario's shifts made; every shift must be possible (impossible_shifts).
Tallies shifted(Tallies counts, const Scenario& scenario);

// A scenario carried out on an inspection: which cases were kept, the cases with their changes
// (when the scenario names or filters cases; the groups kept, when the inspection was read as
// groups), the counts and ratings rated, and the result.
struct WhatIfOutcome {
  Selection selection;
  std::optional<model::CaseSet> cases;
  std::optional<model::CaseGroups> groups;
  Tallies tallies;
  std::map<std::size_t, model::OrganisationalRating> ratings;
  Result result;
};

// A scenario carried out, or why it could not be: no case left to rate, or a shift larger than
// the answers it turns (then `outcome` is empty and `problems` says why).
struct Evaluation {
  std::optional<WhatIfOutcome> outcome;
  std::vector<model::ScenarioProblem> problems;
};

// Applies a non-empty scenario to `inspection` (read with its cases, or as groups of the
// attributes its filters name and the ids it excludes, when needs_cases()).
Evaluation evaluate(const rules::Rules& rules, const model::Inspection& inspection, const Scenario& scenario);

// What a what-if changed, against the inspection as recorded (same rules): every key question
// whose counts or band moved, every standard whose rating (or range) moved, the score and the
// overall rating. For comparing results under two rule sets, see engine/compare.hpp.
struct WhatIfQuestionChange {
  std::size_t question = 0;
  Tally before, after;
  std::optional<Level> band_before, band_after;
};

struct WhatIfStandardChange {
  std::size_t standard = 0;
  std::optional<Level> before, after;
};

struct WhatIfChanges {
  std::size_t cases_before = 0, cases_after = 0;
  std::vector<WhatIfQuestionChange> key_questions;
  std::vector<WhatIfStandardChange> standards;
  bool score_changed = false;
  bool overall_changed = false;

  bool any() const {
    return cases_before != cases_after || !key_questions.empty() || !standards.empty() || score_changed ||
           overall_changed;
  }
};

WhatIfChanges what_if_changes(const Result& baseline, const Result& what_if);

// `cases` with the scenario's shifts made on cases, for what needs cases rather than tallies
// (breakdowns, resampling): a shift of +N turns the first N cases (in input order) answering No
// to Yes, -N the first N answering Yes to No. A shift names no case, so which cases change is
// this arbitrary but fixed choice; the tallies equal shifted(). Shifts must be feasible
// (shifted() accepted them).
model::CaseSet apply_shifts(model::CaseSet cases, const Scenario& scenario);

// The inspection's organisational ratings with the scenario's replacements.
std::map<std::size_t, model::OrganisationalRating> scenario_ratings(const model::Inspection& inspection,
                                                                     const Scenario& scenario);

}  // namespace pdurate::engine
