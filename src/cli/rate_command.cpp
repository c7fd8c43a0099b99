#include "cli/rate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <map>

#include "cli/atomic_file.hpp"
#include "cli/cli_common.hpp"
#include "cli/exit_status.hpp"
#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/pivotal.hpp"
#include "pdurate/engine/scenario.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/readers/assignments.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/report/json_report.hpp"
#include "pdurate/report/rating_text.hpp"
#include "pdurate/report/text_report.hpp"
#include "pdurate/rules/load_rules.hpp"

namespace pdurate::cli {
namespace {

// Splits "KEY=VALUE"; reports a missing '=' under the option's name.
std::optional<std::pair<std::string, std::string>> split(const std::string& text, std::string_view option,
                                                         std::string_view form, Diagnostics& errors) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
    errors.add({}, fmt::format("{} '{}': write {}", option, text, form));
    return std::nullopt;
  }
  return std::pair{text.substr(0, eq), text.substr(eq + 1)};
}

}  // namespace

bool emit(const std::string& text, const std::string& output) {
  if (output.empty()) {
    if (write_all(stdout, text)) return true;
    fmt::print(stderr, "pdu-rate: cannot write the report to standard output\n");
    return false;
  }
  std::string error;
  if (write_file_atomically(output, text, error)) return true;
  fmt::print(stderr, "pdu-rate: {}\n", error);
  return false;
}

void setup_rate_options(CLI::App& app, RateOptions& o) {
  app.add_option("input", o.input, "Inspection to rate: cases as CSV, an inspection .yaml/.yml file, or - (CSV on stdin). "
                 "Several files, or a directory: rate them all, one row each")
      ->type_name("FILE");
  app.add_option("--rules", o.rules_file, "Rules file to use instead of the built-in hmip-pdu-2023 rules")
      ->type_name("FILE");
  app.add_option("--rating", o.what_if.ratings,
                 "Organisational rating, e.g. --rating P1.1=Inadequate (repeatable); replacing the file's rating is a what-if")
      ->type_name("STANDARD=RATING");
  app.add_option("--answer", o.what_if.answers, "What if: change one case's answer, e.g. --answer C017:2.1.3=Yes (repeatable)")
      ->type_name("CASE:QUESTION=ANSWER");
  app.add_option("--exclude", o.what_if.excludes, "What if: leave a case out, e.g. --exclude C017 (repeatable)")
      ->type_name("CASE");
  app.add_option("--where", o.what_if.wheres,
                 "What if: rate only cases whose attribute matches, e.g. --where case_type=licence or grade!=PSO "
                 "(repeatable; '=' on one attribute are alternatives, all else must hold)")
      ->type_name("ATTRIBUTE=VALUE");
  app.add_option("--shift", o.what_if.shifts,
                 "What if: turn N No answers into Yes (+N) or Yes into No (-N), e.g. --shift 2.1.3=+5 (repeatable)")
      ->type_name("QUESTION=+N");
  app.add_flag("--explain", o.explain, "Explain every rating in plain words (the rule that fired and its figures)");
  app.add_flag("--pivotal", o.pivotal, "List the single answers whose change would change a standard's rating");
  app.add_option("--expect", o.expects, "Check the result, e.g. --expect overall=Inadequate, score=1, P2.1=Inadequate, P2.1.3=15/79 (repeatable)")
      ->type_name("KEY=VALUE");
  app.add_flag("--strict", o.strict, "Fail (exit 1) when a guidance departure has no recorded reason");
  app.add_option("--format", o.format, "Output format: text, json (schema: doc/json-output.md) or csv (one row per inspection)")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  app.add_option("--output,-o", o.output,
                 "Write the report to FILE instead of standard output (whole or not at all: a temporary file "
                 "renamed into place)")
      ->type_name("FILE");
  app.add_option("--color", o.color, "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->capture_default_str();

  // Breakdowns, findings and sampling uncertainty (issue 5).
  app.add_option("--by", o.analysis.by, "Break the results down by a case attribute, e.g. --by grade (repeatable)")
      ->type_name("ATTRIBUTE");
  app.add_option("--confidence", o.analysis.confidence,
                 "Confidence level of the intervals on key questions and findings, in percent (default: the rules', 80)")
      ->type_name("LEVEL");
  app.add_option("--rri", o.analysis.rri,
                 "Relative rate index of every group against a reference group, e.g. --rri grade=PO (repeatable)")
      ->type_name("ATTRIBUTE=REFERENCE");
  app.add_flag("--probabilities", o.analysis.probabilities,
               "How likely each rating is in another sample of the same size (a bootstrap of the cases)");
  app.add_option("--seed", o.analysis.seed, "Seed of the resampling behind rating probabilities (default: the rules', 1)")
      ->type_name("N");
  // Group the options in --help by what they are for.
  const std::pair<const char*, const char*> groups[] = {
      {"--rules", "Input"},          {"--rating", "What if"},       {"--answer", "What if"},
      {"--exclude", "What if"},      {"--where", "What if"},        {"--shift", "What if"},
      {"--explain", "Explain and analyse"}, {"--pivotal", "Explain and analyse"},
      {"--by", "Explain and analyse"},      {"--confidence", "Explain and analyse"},
      {"--rri", "Explain and analyse"},     {"--probabilities", "Explain and analyse"},
      {"--seed", "Explain and analyse"},    {"--expect", "Checks"},   {"--strict", "Checks"},
      {"--format", "Output"},        {"--output", "Output"},        {"--color", "Output"}};
  for (const auto& [name, group] : groups) app.get_option(name)->group(group);
}

int run_rate(const RateOptions& o) {
  Diagnostics errors;
  auto rules = load_rules_file(o.rules_file, errors);
  if (!rules) {
    print_errors(errors.items());
    return kInputError;
  }

  // Options are checked before the input is read, so a typo in one is reported even when the
  // input is broken too.
  readers::check_what_if(*rules, o.what_if, errors);
  readers::check_analysis(o.analysis, errors);
  std::vector<model::Expectation> expectations;
  for (const auto& text : o.expects) {
    auto kv = split(text, "--expect", "KEY=VALUE, e.g. overall=Inadequate", errors);
    if (!kv) continue;
    std::string error;
    if (auto e = readers::expectation(*rules, kv->first, kv->second, {"command line"}, error))
      expectations.push_back(std::move(*e));
    else
      errors.add({}, fmt::format("--expect '{}': {}", text, error));
  }
  // Per-case storage only when a feature needs it: bulk rating keeps counts alone.
  const bool case_level = o.pivotal || !o.what_if.answers.empty() || !o.what_if.excludes.empty() ||
                          !o.what_if.wheres.empty() || o.analysis.probabilities || !o.analysis.by.empty() ||
                          !o.analysis.rri.empty();
  auto inspection = readers::read_inspection(o.input.front(), *rules, errors,
                                             case_level ? readers::CaseDetail::Cases : readers::CaseDetail::CountsOnly);
  std::optional<model::Scenario> scenario;
  if (inspection && errors.empty()) scenario = readers::build_what_if(*rules, *inspection, o.what_if, errors);
  std::optional<model::AnalysisRequest> analysis_request;
  if (scenario && errors.empty()) analysis_request = readers::build_analysis(*rules, *inspection, o.analysis, errors);
  if (!inspection || !scenario || !analysis_request || !errors.empty()) {
    print_errors(errors.items());
    return kInputError;
  }

  // The inspection as recorded (with any ratings the command line filled in), then the what-if.
  const engine::Result baseline = engine::rate(*rules, inspection->counts, inspection->ratings);
  auto checks = engine::check_expectations(*rules, baseline, inspection->expectations);

  std::optional<engine::WhatIfOutcome> what_if_outcome;
  if (!scenario->empty()) {
    std::vector<std::string> problems;
    what_if_outcome = engine::evaluate(*rules, *inspection, *scenario, problems);
    if (!what_if_outcome) {
      for (const auto& p : problems) fmt::print(stderr, "pdu-rate: {}\n", p);
      return kInputError;
    }
  }
  // What the report shows: the what-if when there is one, else the inspection as recorded.
  const engine::Result& result = what_if_outcome ? what_if_outcome->result : baseline;
  const model::CaseSet& rated_cases =
      what_if_outcome && what_if_outcome->cases ? *what_if_outcome->cases : inspection->cases;
  const engine::Tallies& tallies = what_if_outcome ? what_if_outcome->tallies : inspection->counts;
  const auto& ratings = what_if_outcome ? what_if_outcome->ratings : inspection->ratings;
  const engine::Selection selection = what_if_outcome ? what_if_outcome->selection : engine::Selection{};
  for (auto& c : engine::check_expectations(*rules, result, expectations)) checks.push_back(std::move(c));

  std::optional<std::vector<engine::PivotalChange>> pivotal;
  if (o.pivotal) pivotal = engine::pivotal(*rules, rated_cases, tallies, ratings, result);
  const engine::WhatIfChanges comparison = engine::what_if_changes(baseline, result);
  const report::WhatIf what_if{*scenario, baseline, comparison, selection};

  // The analysis describes the result shown; shifts are made on cases for it (engine/scenario.hpp).
  std::optional<model::CaseSet> shifted_cases;
  if (analysis_request->needs_cases() && !scenario->shifts.empty())
    shifted_cases = engine::apply_shifts(rated_cases, *scenario);
  const engine::Analysis analysis = engine::analyse(*rules, shifted_cases ? *shifted_cases : rated_cases, tallies,
                                                    ratings, result, *analysis_request);

  report::ReportInput input{*rules, *inspection, result, checks};
  input.analysis = &analysis;
  if (what_if_outcome) input.what_if = &what_if;
  if (pivotal) input.pivotal = &*pivotal;
  input.rated_cases = &rated_cases;
  // Colour goes only to a terminal: never into a file.
  const bool color = o.output.empty() ? use_color(parse_color_mode(o.color), stdout) : o.color == "always";
  const std::string out =
      o.format == "json" ? report::json_report(input) : report::text_report(input, {color, o.explain});
  if (!emit(out, o.output)) return kInputError;
  for (const auto& notice : report::notices(*rules, result)) fmt::print(stderr, "pdu-rate: note: {}\n", notice);

  bool failed = false;
  for (const auto& c : checks) failed = failed || !c.met;
  if (o.strict)
    for (const auto& s : result.standards)
      if (s.unexplained_departure()) {
        fmt::print(stderr, "pdu-rate: --strict: {} departs from the decision guidance without a recorded reason\n",
                   rules->standards[s.standard].id);
        failed = true;
      }
  return failed ? kCheckFailed : kRated;
}

}  // namespace pdurate::cli
