#include "pdurate/engine/scenario.hpp"

#include "pdurate/engine/method.hpp"

#include <algorithm>

namespace pdurate::engine {

namespace {

// Whether a case (or a group of cases alike) passes the filters, `value(attribute)` giving its
// value: every '!=' filter, and for each attribute with '=' filters one of them ('=' filters on
// one attribute are alternatives). The one statement of the filters' meaning, for cases and groups.
template <class ValueOf>
bool passes(const Scenario& scenario, ValueOf value) {
  bool pass = true;
  for (const auto& f : scenario.filters) {
    if (!f.equals) {
      pass = pass && value(f.attribute) != f.value;
      continue;
    }
    bool any = false;
    for (const auto& g : scenario.filters)
      if (g.equals && g.attribute == f.attribute) any = any || value(g.attribute) == g.value;
    pass = pass && any;
  }
  return pass;
}

}  // namespace

Selection select(const model::CaseSet& cases, const Scenario& scenario) {
  Selection s;
  s.keep.assign(cases.size(), true);
  s.cases = cases.size();
  for (auto c : scenario.excluded) {
    if (s.keep[c]) ++s.excluded_by_id;
    s.keep[c] = false;
  }
  if (scenario.filters.empty()) return s;
  for (std::size_t c = 0; c < cases.size(); ++c) {
    if (!s.keep[c]) continue;
    if (!passes(scenario, [&](std::size_t a) { return cases.attribute(c, a); })) {
      s.keep[c] = false;
      ++s.excluded_by_filter;
    }
  }
  return s;
}

Selection select(const model::CaseGroups& groups, const Scenario& scenario) {
  Selection s;
  s.keep.assign(groups.groups.size(), true);
  for (std::size_t g = 0; g < groups.groups.size(); ++g) {
    const auto& group = groups.groups[g];
    s.cases += group.tallies.cases;
    const bool named = group.named != 0 && std::find(scenario.excluded.begin(), scenario.excluded.end(),
                                                     group.named - 1) != scenario.excluded.end();
    if (named) s.excluded_by_id += group.tallies.cases;
    else if (!passes(scenario, [&](std::size_t a) { return groups.value(group, a); }))
      s.excluded_by_filter += group.tallies.cases;
    else continue;
    s.keep[g] = false;
  }
  return s;
}

model::CaseSet apply_to_cases(const model::CaseSet& cases, const Scenario& scenario, const Selection& selection) {
  model::CaseSet out = cases.subset(selection.keep);
  // The kept cases keep their order, so a case's new number counts the kept ones before it.
  std::vector<std::size_t> new_index(cases.size(), SIZE_MAX);
  for (std::size_t c = 0, n = 0; c < cases.size(); ++c)
    if (selection.keep[c]) new_index[c] = n++;
  for (const auto& change : scenario.answers)
    if (new_index[change.case_index] != SIZE_MAX) out.set_answer(new_index[change.case_index], change.question, change.to);
  return out;
}

bool needs_cases(const Scenario& scenario) {
  return !scenario.answers.empty() || !scenario.excluded.empty() || !scenario.filters.empty();
}

namespace {

void make_shift(Tallies& t, const model::Shift& shift) {
  Tally& q = t.questions[shift.question];
  const auto amount = static_cast<std::size_t>(shift.delta < 0 ? -shift.delta : shift.delta);
  if (shift.delta > 0) {
    q.yes += amount;
    q.no -= amount;
  } else {
    q.yes -= amount;
    q.no += amount;
  }
}

}  // namespace

std::vector<model::ScenarioProblem> impossible_shifts(const Tallies& counts, const Scenario& scenario) {
  std::vector<model::ScenarioProblem> problems;
  Tallies t = counts;  // each shift sees the counts the possible shifts before it left
  for (std::size_t i = 0; i < scenario.shifts.size(); ++i) {
    const auto& shift = scenario.shifts[i];
    const Tally& q = t.questions[shift.question];
    const std::size_t available = shift.delta > 0 ? q.no : q.yes;
    if (static_cast<std::size_t>(shift.delta < 0 ? -shift.delta : shift.delta) > available)
      problems.push_back({model::ScenarioProblem::Kind::ShiftTooLarge, 0, i, available});
    else
      make_shift(t, shift);
  }
  return problems;
}

Tallies shifted(Tallies t, const Scenario& scenario) {
  for (const auto& shift : scenario.shifts) make_shift(t, shift);
  return t;
}

Evaluation evaluate(const rules::Rules& rules, const model::Inspection& inspection, const Scenario& scenario) {
  WhatIfOutcome out;
  const auto* groups = inspection.groups ? &*inspection.groups : nullptr;
  out.selection = groups ? select(*groups, scenario) : select(inspection.cases, scenario);
  Tallies counts = inspection.counts;
  if (needs_cases(scenario) && groups) {
    if (out.selection.kept() == 0)
      return {std::nullopt, {{model::ScenarioProblem::Kind::NoCaseLeft, out.selection.cases, 0, 0}}};
    out.groups = groups->subset(out.selection.keep);
    counts = groups->total(&out.selection.keep);
  } else if (needs_cases(scenario)) {
    if (out.selection.kept() == 0)
      return {std::nullopt, {{model::ScenarioProblem::Kind::NoCaseLeft, out.selection.cases, 0, 0}}};
    out.cases = apply_to_cases(inspection.cases, scenario, out.selection);
    counts = model::count_answers(*out.cases);
  }
  if (auto problems = impossible_shifts(counts, scenario); !problems.empty()) return {std::nullopt, std::move(problems)};
  out.tallies = shifted(std::move(counts), scenario);
  out.ratings = scenario_ratings(inspection, scenario);
  out.result = rate(rules, out.tallies, out.ratings);
  return {std::move(out), {}};
}

WhatIfChanges what_if_changes(const Result& before, const Result& after) {
  WhatIfChanges c;
  c.cases_before = before.cases;
  c.cases_after = after.cases;
  for (std::size_t s = 0; s < before.standards.size() && s < after.standards.size(); ++s) {
    const auto& b = before.standards[s];
    const auto& a = after.standards[s];
    for (std::size_t k = 0; k < b.key_questions.size() && k < a.key_questions.size(); ++k) {
      const auto& kb = b.key_questions[k];
      const auto& ka = a.key_questions[k];
      if (kb.tally != ka.tally || kb.band != ka.band)
        c.key_questions.push_back({kb.question, kb.tally, ka.tally, kb.band, ka.band});
    }
    if (b.rating != a.rating || b.lowest != a.lowest || b.highest != a.highest)
      c.standards.push_back({b.standard, b.rating, a.rating});
  }
  c.score_changed = before.score != after.score || before.score_min != after.score_min ||
                    before.score_max != after.score_max;
  c.overall_changed = before.overall != after.overall || before.overall_lowest != after.overall_lowest ||
                      before.overall_highest != after.overall_highest;
  return c;
}

model::CaseSet apply_shifts(model::CaseSet cases, const Scenario& scenario) {
  for (const auto& shift : scenario.shifts) {
    const auto from = shift.delta > 0 ? model::Answer::No : model::Answer::Yes;
    const auto to = shift.delta > 0 ? model::Answer::Yes : model::Answer::No;
    auto left = static_cast<std::size_t>(shift.delta < 0 ? -shift.delta : shift.delta);
    for (std::size_t c = 0; c < cases.size() && left > 0; ++c) {
      if (cases.answer(c, shift.question) != from) continue;
      cases.set_answer(c, shift.question, to);
      --left;
    }
  }
  return cases;
}

std::map<std::size_t, model::OrganisationalRating> scenario_ratings(const model::Inspection& inspection,
                                                                     const Scenario& scenario) {
  auto ratings = inspection.ratings;
  for (const auto& [standard, rating] : scenario.ratings) ratings[standard] = rating;
  return ratings;
}

}  // namespace pdurate::engine
