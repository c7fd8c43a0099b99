#include "cli/diff_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "cli/cli_common.hpp"
#include "cli/exit_status.hpp"
#include "cli/terminal.hpp"
#include "pdurate/engine/compare.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/inspection_paths.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/report/diff_report.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Every inspection file under the PATHs (directories are searched recursively; CSV
files only when named) is rated under both rule sets. Each inspection whose standard
ratings, score or overall rating differ is listed, before -> after, with the key
questions that caused it. Either side defaults to the built-in rules; '-' reads one
rules file from standard input.

Exit status:
  0  nothing changed
  1  some rating changed
  2  an input or a rules file is invalid (the others are still compared), or usage error

Examples:
  pdu-rate diff --base-rules old.yaml --rules rules/hmip-pdu-2023.yaml inspections/
  git show origin/main:rules/pdu.yaml | pdu-rate diff --base-rules - --rules rules/pdu.yaml inspections/)";

// Reads and rates one inspection under `rules`; nullopt with `errors` when it is invalid. The
// source is read once for both rule sets (it may be standard input).
std::optional<engine::Result> rate_source(const readers::SourceText& source, const rules::Rules& rules,
                                          std::string& name, Diagnostics& errors) {
  auto inspection = readers::is_yaml_path(source.name()) ? readers::read_inspection_yaml(source, rules, errors)
                                                         : readers::read_case_csv(source, rules, errors);
  if (!inspection || !errors.empty()) return std::nullopt;
  name = inspection->name;
  return engine::rate(rules, *inspection);
}

}  // namespace

CLI::App* setup_diff_command(CLI::App& app, DiffOptions& o) {
  CLI::App* sub = app.add_subcommand("diff", "Rate every inspection under two rule sets and list what changed");
  sub->footer(kFooter);
  sub->add_option("path", o.paths, "Inspection files, and directories to search for them")
      ->required()
      ->type_name("PATH");
  sub->add_option("--base-rules", o.base_rules_file, "The rules before the change (default: the built-in rules)")
      ->type_name("FILE");
  sub->add_option("--rules", o.rules_file, "The rules after the change (default: the built-in rules)")
      ->type_name("FILE");
  sub->add_option("--format", o.format, "Output format: text or json (schema: doc/schema/diff.schema.json)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  for (CLI::Option* opt : sub->get_options())
    if (!opt->get_positional()) opt->allow_extra_args(false);
  return sub;
}

int run_diff(const DiffOptions& o) {
  std::size_t stdin_uses = 0;
  for (const auto* p : {&o.base_rules_file, &o.rules_file}) stdin_uses += *p == "-" ? 1 : 0;
  for (const auto& p : o.paths) stdin_uses += p == "-" ? 1 : 0;
  if (stdin_uses > 1) {
    fmt::print(stderr, "pdu-rate: diff: standard input ('-') can be read only once\n");
    return kInputError;
  }
  Diagnostics rule_errors;
  const auto base = load_rules_file(o.base_rules_file, rule_errors);
  const auto after = load_rules_file(o.rules_file, rule_errors);
  if (!base || !after) {
    print_errors(rule_errors.items());
    return kInputError;
  }

  std::vector<report::DiffRow> rows;
  Diagnostics search_errors;
  const auto paths = readers::find_inspection_paths(o.paths, search_errors);
  for (const auto& d : search_errors) rows.push_back({d.where.file, "", std::nullopt, {d}});

  for (const auto& path : paths) {
    report::DiffRow row;
    row.file = path.path;
    Diagnostics open_errors;
    const auto source = readers::SourceText::open(path.path, open_errors);
    if (!source) {
      row.errors = open_errors.items();
      print_errors(row.errors);
      rows.push_back(std::move(row));
      continue;
    }
    Diagnostics before_errors, after_errors;
    std::string name_before, name_after;
    const auto before = rate_source(*source, *base, name_before, before_errors);
    const auto now = rate_source(*source, *after, name_after, after_errors);
    row.name = name_after.empty() ? name_before : name_after;
    if (before && now) {
      row.diff = engine::compare_results(*base, *before, *after, *now);
    } else {
      // Problems under one rule set only say which; the same problem under both is listed once.
      std::set<std::string> seen;
      auto add = [&](const Diagnostics& errors, std::string_view side) {
        for (auto d : errors) {
          if (!seen.insert(format(d)).second) continue;
          if (before.has_value() != now.has_value()) d.message += fmt::format(" (with the {} rules)", side);
          row.errors.push_back(std::move(d));
        }
      };
      add(before_errors, "base");
      add(after_errors, "new");
    }
    print_errors(row.errors);
    rows.push_back(std::move(row));
  }

  if (rows.empty()) {
    fmt::print(stderr, "pdu-rate: diff: no inspection files found under {} (CSV files are compared only when named)\n",
               fmt::join(o.paths, ", "));
    return kInputError;
  }
  const std::string out = o.format == "json" ? report::diff_json(*base, *after, rows)
                                             : report::diff_text(*base, *after, rows);
  if (!write_all(stdout, out)) {
    fmt::print(stderr, "pdu-rate: cannot write the report to standard output\n");
    return kInputError;
  }
  const auto counts = report::count(rows);
  return counts.errors > 0 ? kInputError : counts.changed > 0 ? kCheckFailed : kRated;
}

}  // namespace pdurate::cli
