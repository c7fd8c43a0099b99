#include "pdurate/app/pipeline.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <algorithm>
#include <memory>
#include <map>
#include <set>
#include <utility>

#include "pdurate/engine/method.hpp"
#include "pdurate/readers/assignments.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/util/did_you_mean.hpp"

namespace pdurate::app {
namespace {

// Per-case storage only when a feature needs each case: --answer names cases, --pivotal lists
// them, resampling draws them, shifts made for an analysis pick them, and a report that lists the
// cases. Breakdowns, relative rates and filters count by attribute values (Groups); bulk rating
// keeps counts alone.
readers::CaseDetail detail_for(const Request& r) {
  const auto& w = r.what_if;
  const auto& a = r.analysis;
  const bool grouped = a && (!a->by.empty() || !a->rri.empty());
  const bool cases = r.keep_cases || r.pivotal || !w.answers.empty() || (a && a->probabilities) ||
                     (grouped && !w.shifts.empty());
  if (cases) return readers::CaseDetail::Cases;
  if (!grouped && w.wheres.empty() && w.excludes.empty()) return readers::CaseDetail::CountsOnly;
  readers::Grouping g;
  if (a) g.attributes = a->by;
  if (a)
    for (const auto& rri : a->rri) g.attributes.push_back(rri.substr(0, rri.find('=')));
  for (const auto& where : w.wheres) g.attributes.push_back(where.substr(0, std::min(where.find('='), where.find("!="))));
  g.case_ids = w.excludes;
  return readers::CaseDetail::grouped(std::move(g));
}

// What can be checked of the options before the input is read; and --expect's expectations.
std::vector<model::Expectation> check_options(const rules::Rules& rules, const Request& r, util::Diagnostics& errors) {
  readers::check_what_if(rules, r.what_if, errors);
  if (r.analysis) readers::check_analysis(*r.analysis, errors);
  std::vector<model::Expectation> out;
  for (const auto& text : r.expects)
    if (auto e = readers::expectation_option(rules, text, errors)) out.push_back(std::move(*e));
  return out;
}

// What a result was rated from: the counts and the organisational ratings.
struct RatedFrom {
  model::Tallies tallies;
  std::map<std::size_t, model::OrganisationalRating> ratings;
};

// An --answer for a case --where leaves out, and a --where that leaves out no case, change nothing.
void note_unselected(const model::CaseSet& cases, const model::Scenario& scenario, const engine::Selection& selection,
                     std::vector<std::string>& notes) {
  for (const auto& a : scenario.answers)
    if (!selection.keep[a.case_index] && selection.excluded_by_filter > 0)
      notes.push_back(fmt::format("--answer for case {} changes nothing: --where leaves the case out", cases.id(a.case_index)));
  if (!scenario.filters.empty() && selection.excluded_by_filter == 0)
    notes.push_back("--where leaves out no case: every case matches");
}

// Carries out a non-empty scenario: the what-if's result replaces the one as recorded, which
// becomes its baseline. False, with the problems reported, when it cannot be carried out.
bool carry_out(const rules::Rules& rules, model::Scenario&& scenario, Rated& rated, RatedFrom& from,
               util::Diagnostics& errors, std::vector<std::string>& notes) {
  auto evaluation = engine::evaluate(rules, rated.inspection, scenario);
  if (!evaluation.outcome) {
    readers::report_problems(rules, scenario, evaluation.problems, errors);
    return false;
  }
  auto& w = *evaluation.outcome;
  note_unselected(rated.inspection.cases, scenario, w.selection, notes);
  rated.what_if = WhatIf{std::move(scenario), std::move(rated.result), {}, w.selection, std::move(w.cases),
                         std::move(w.groups)};
  rated.what_if->changes = engine::what_if_changes(rated.what_if->baseline, w.result);
  rated.result = std::move(w.result);
  from = {std::move(w.tallies), std::move(w.ratings)};
  return true;
}

// The analysis describes the result shown; a what-if's shifts are made on cases for it
// (engine/scenario.hpp, apply_shifts).
engine::Analysis analyse(const rules::Rules& rules, const Rated& rated, const RatedFrom& from,
                         const model::AnalysisRequest& request, util::Progress* progress) {
  if (request.needs_cases() && rated.what_if && !rated.what_if->scenario.shifts.empty()) {
    const auto shifted = engine::apply_shifts(rated.cases(), rated.what_if->scenario);
    return engine::analyse(rules, shifted, from.tallies, from.ratings, rated.result, request, progress);
  }
  return engine::analyse(rules, rated.cases(), rated.groups(), from.tallies, from.ratings, rated.result, request,
                         progress);
}

// Rates an inspection read without problems, with its what-if, checks, pivotal answers and
// analysis as the request asks.
void rate(Outcome& out, const rules::Rules& rules, const Request& request, model::Inspection&& inspection,
          const std::vector<model::Expectation>& expects) {
  auto scenario = readers::build_what_if(rules, inspection, request.what_if, out.problems);
  if (!scenario) return;
  std::optional<model::AnalysisRequest> analysis;
  if (request.analysis && !(analysis = readers::build_analysis(rules, inspection, *request.analysis, out.problems)))
    return;
  Rated rated;
  rated.result = engine::rate(rules, inspection);
  if (request.check_expectations)
    rated.expectations = engine::check_expectations(rules, rated.result, inspection.expectations);
  RatedFrom from{inspection.counts, inspection.ratings};
  rated.inspection = std::move(inspection);
  out.notes = std::move(scenario->notes);
  if (!scenario->empty() && !carry_out(rules, std::move(*scenario), rated, from, out.problems, out.notes)) return;
  for (auto& c : engine::check_expectations(rules, rated.result, expects)) rated.expectations.push_back(std::move(c));
  if (request.strict)
    for (const auto& s : rated.result.standards)
      if (s.unexplained_departure()) rated.unexplained_departures.push_back(s.standard);
  if (request.pivotal) rated.pivotal = engine::pivotal(rules, rated.cases(), from.tallies, from.ratings, rated.result);
  if (analysis) rated.analysis = analyse(rules, rated, from, *analysis, request.progress);
  out.rated = std::move(rated);
}

// --require-all: each key question the input has no column for, as a problem with the file.
void require_all_columns(const rules::Rules& rules, const model::Inspection& inspection, const std::string& file,
                         util::Diagnostics& errors) {
  const auto& present = inspection.counts.present;
  for (std::size_t q = 0; q < rules.questions.size(); ++q)
    if ((q >= present.size() || !present[q]) && !inspection.ratings.count(rules.questions[q].standard))  // given
      errors.add(util::Location{file, 0, 0},
                 fmt::format("no column for key question {} ({}): add it, or leave out --require-all",
                             rules.questions[q].short_id, rules.questions[q].text));
}

void read_and_rate(Outcome& out, const readers::SourceText& source, const rules::Rules& rules, const Request& request,
                   const std::vector<model::Expectation>& expects) {
  auto table = request.table;
  table.progress = request.progress;  // a large file's reading shows progress too
  auto inspection = readers::read_inspection(source, rules, out.problems, detail_for(request), table);
  if (!inspection) return;
  if (!inspection->source.file.empty() && inspection->source.file != source.name())
    out.inputs.push_back({Input::Role::Cases, inspection->source.file});
  // The file that lacks the columns: a CSV or workbook an inspection file names, or the input.
  const auto& cases_file = inspection->source.file.empty() ? source.name() : inspection->source.file;
  if (request.require_all) require_all_columns(rules, *inspection, cases_file, out.problems);
  out.name = inspection->name;
  out.fieldwork = inspection->fieldwork;
  if (out.problems.empty()) rate(out, rules, request, std::move(*inspection), expects);
}

// A problem under one rule set only says which; the same problem under both is listed once.
void merge_problems(const Outcome& before, const Outcome& after, util::Diagnostics& into) {
  std::set<std::string> seen;
  const bool one_side = before.rated.has_value() != after.rated.has_value();
  for (const auto& [side, outcome] : {std::pair{"base", &before}, std::pair{"new", &after}})
    for (auto d : outcome->problems.listed()) {
      if (!seen.insert(util::format(d)).second) continue;
      into.add(d.where, one_side ? fmt::format("{} (with the {} rules)", d.message, side) : d.message);
    }
}

// The rules an inspection file names with `rules:` (a built-in name, or a file relative to it);
// null when it names none, or (reported) when they cannot be loaded.
std::shared_ptr<const rules::Rules> own_rules(const readers::SourceText& source, util::Diagnostics& errors,
                                              std::vector<Input>& inputs) {
  if (!readers::is_yaml_path(source.name())) return nullptr;
  const auto choice = readers::inspection_rules_choice(source);
  if (!choice) return nullptr;
  if (const auto* builtin = rules::builtin_rules(choice->name))
    return std::shared_ptr<const rules::Rules>(builtin, [](const rules::Rules*) {});  // static: not owned
  std::filesystem::path path(choice->name);
  if (path.is_relative()) path = std::filesystem::path(source.name()).parent_path() / path;
  inputs.push_back({Input::Role::Rules, path.string()});
  util::Diagnostics problems;
  auto loaded = readers::SourceText::open(path.string(), problems);
  std::optional<rules::Rules> rules;
  if (loaded) rules = rules::load_rules(loaded->text(), loaded->name(), problems);
  if (rules) return std::make_shared<const rules::Rules>(std::move(*rules));
  const auto names = rules::builtin_rules_ids();
  errors.add(choice->where, fmt::format("cannot use the rules '{}': name a built-in rule set ({}) or a rules file "
                                        "relative to this file", choice->name, fmt::join(names, ", ")));
  if (loaded) errors.append(problems);
  return nullptr;
}

// Neither a file nor a built-in rule set: the nearest built-in name, and where the list is.
std::string unknown_rules(const std::string& name) {
  const auto names = rules::builtin_rules_ids();
  const auto guess = util::did_you_mean(name, names);
  return fmt::format("no such rules file, nor a built-in rule set of that name{}: name a rules file, or one of {} "
                     "(pdu-rate rules list)",
                     guess ? fmt::format(" (did you mean '{}'?)", *guess) : "", fmt::join(names, ", "));
}

}  // namespace

std::optional<rules::Rules> load_rules(const std::string& file, util::Diagnostics& errors) {
  if (file.empty()) return rules::default_rules();
  std::error_code ignored;
  const bool exists = file == "-" || std::filesystem::exists(file, ignored);
  if (const auto* builtin = rules::builtin_rules(file); builtin && !exists) return *builtin;
  if (!exists) {  // a mistyped built-in name is likelier than a missing file: say both
    errors.add(util::Location{file, 0, 0}, unknown_rules(file));
    return std::nullopt;
  }
  auto source = readers::SourceText::open(file, errors);
  if (!source) return std::nullopt;
  return rules::load_rules(source->text(), source->name(), errors);
}

std::optional<std::string> named_rules(const std::string& path) {
  if (!readers::is_yaml_path(path)) return std::nullopt;
  util::Diagnostics ignored;  // reported when the file is read
  const auto source = readers::SourceText::open(path, ignored);
  if (!source) return std::nullopt;
  const auto choice = readers::inspection_rules_choice(*source);
  return choice ? std::optional(choice->name) : std::nullopt;
}

std::string describe(const rules::Rules& rules) { return fmt::format("{} ({})", rules.id, rules.file); }

Outcome assess(const std::string& path, const rules::Rules& rules, const Request& request) {
  util::Diagnostics problems;
  const auto source = readers::SourceText::open(path, problems);
  if (source) return assess(*source, rules, request);
  Outcome out;
  out.file = path;
  if (path != "-")  // unreadable now, yet a file all the same
    out.inputs.push_back({readers::is_yaml_path(path) ? Input::Role::Inspection : Input::Role::Cases, path});
  check_options(rules, request, out.problems);
  out.problems.append(problems);
  return out;
}

Outcome assess(const readers::SourceText& source, const rules::Rules& rules, const Request& request) {
  Outcome out;
  out.file = source.name();
  if (source.name() != "<stdin>")  // standard input is no file to overwrite
    out.inputs.push_back({readers::is_yaml_path(source.name()) ? Input::Role::Inspection : Input::Role::Cases,
                          source.name()});
  if (!request.rules_given) out.rules = own_rules(source, out.problems, out.inputs);
  if (!out.problems.empty()) return out;
  const auto& used = rules_of(out, rules);
  const auto expects = check_options(used, request, out.problems);
  read_and_rate(out, source, used, request, expects);
  return out;
}

void rate_read(Outcome& out, const rules::Rules& rules, const Request& request, model::Inspection&& inspection) {
  const auto expects = check_options(rules, request, out.problems);
  if (out.problems.empty()) rate(out, rules, request, std::move(inspection), expects);
}

Outcome compare(const std::string& path, const rules::Rules& base, const rules::Rules& rules) {
  Outcome out;
  out.file = path;
  const auto source = readers::SourceText::open(path, out.problems);
  if (!source) return out;
  Request request;
  request.check_expectations = false;
  request.rules_given = true;  // diff compares the two rule sets it is given, whatever a file's rules: says
  Outcome before = assess(*source, base, request);
  Outcome after = assess(*source, rules, request);
  out.inputs = after.inputs;
  out.name = after.name.empty() ? before.name : after.name;
  out.fieldwork = after.fieldwork.empty() ? before.fieldwork : after.fieldwork;
  if (before.rated && after.rated) {
    after.rated->diff = engine::compare_results(base, before.rated->result, rules, after.rated->result);
    out.rated = std::move(after.rated);
  } else {
    merge_problems(before, after, out.problems);
  }
  return out;
}

}  // namespace pdurate::app
