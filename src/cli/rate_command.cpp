#include "cli/rate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <map>

#include "cli/exit_status.hpp"
#include "pdurate/engine/expectations.hpp"
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

void print_errors(const Diagnostics& errors) {
  for (const auto& d : errors) fmt::print(stderr, "pdu-rate: {}\n", format(d));
}

std::optional<rules::Rules> load(const std::string& file, Diagnostics& errors) {
  if (file.empty()) return rules::default_rules();
  auto source = readers::SourceText::open(file, errors);
  if (!source) return std::nullopt;
  return rules::load_rules(source->text(), source->name(), errors);
}

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

void setup_rate_options(CLI::App& app, RateOptions& o) {
  app.add_option("input", o.input, "Inspection to rate: cases as CSV, an inspection .yaml/.yml file, or - (CSV on stdin). "
                 "Several files, or a directory: rate them all, one row each")
      ->type_name("FILE");
  app.add_option("--rules", o.rules_file, "Rules file to use instead of the built-in hmip-pdu-2023 rules")
      ->type_name("FILE");
  app.add_option("--rating", o.ratings, "Organisational rating, e.g. --rating P1.1=Inadequate (repeatable; overrides the file)")
      ->type_name("STANDARD=RATING");
  app.add_option("--expect", o.expects, "Check the result, e.g. --expect overall=Inadequate, score=1, P2.1=Inadequate, P2.1.3=15/79 (repeatable)")
      ->type_name("KEY=VALUE");
  app.add_flag("--strict", o.strict, "Fail (exit 1) when a guidance departure has no recorded reason");
  app.add_option("--format", o.format, "Output format: text, json (schema: doc/json-output.md) or csv (one row per inspection)")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  app.add_option("--color", o.color, "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->capture_default_str();
}

int run_rate(const RateOptions& o) {
  Diagnostics errors;
  auto rules = load(o.rules_file, errors);
  if (!rules) {
    print_errors(errors);
    return kInputError;
  }

  // Command-line ratings and expectations are checked before the input is read, so a typo in
  // an option is reported even when the input is broken too.
  std::map<std::size_t, model::OrganisationalRating> overrides;
  for (const auto& text : o.ratings) {
    auto kv = split(text, "--rating", "STANDARD=RATING, e.g. P1.1=Inadequate", errors);
    if (!kv) continue;
    std::string error;
    auto standard = readers::organisational_standard(*rules, kv->first, error);
    auto level = standard ? readers::rating_named(*rules, kv->second, error) : std::nullopt;
    if (!standard || !level) {
      errors.add({}, fmt::format("--rating '{}': {}", text, error));
      continue;
    }
    overrides[*standard] = model::OrganisationalRating{*level, "", {"command line"}};
  }
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

  auto inspection = readers::read_inspection(o.input.front(), *rules, errors);
  if (!inspection || !errors.empty()) {
    print_errors(errors);
    return kInputError;
  }
  for (auto& [standard, rating] : overrides) {
    // A command-line rating replaces the file's, keeping its recorded departure reason only
    // when the rating is unchanged (the reason was written for that rating).
    auto it = inspection->ratings.find(standard);
    if (it != inspection->ratings.end() && it->second.level == rating.level) rating.departure = it->second.departure;
    inspection->ratings[standard] = rating;
  }
  expectations.insert(expectations.begin(), inspection->expectations.begin(), inspection->expectations.end());

  const auto result = engine::rate(*rules, *inspection);
  const auto checks = engine::check_expectations(*rules, result, expectations);
  const report::ReportInput input{*rules, *inspection, result, checks};
  const std::string out = o.format == "json" ? report::json_report(input)
                                             : report::text_report(input, {use_color(parse_color_mode(o.color), stdout)});
  if (!write_all(stdout, out)) {
    fmt::print(stderr, "pdu-rate: cannot write the report to standard output\n");
    return kInputError;
  }
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
