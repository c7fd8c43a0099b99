#include "cli/diff_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/app/inspections.hpp"
#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/formats.hpp"

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

// The formats with a view of a diff.
std::vector<std::string> diff_formats() {
  std::vector<std::string> names;
  for (const auto& f : report::formats())
    if (f.diff) names.emplace_back(f.name);
  return names;
}

}  // namespace

Command setup_diff(CLI::App& parent) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = add_paths_subcommand(parent, "diff", "Rate every inspection under two rule sets and list what changed",
                                       kFooter, o->paths);
  sub->add_option("--base-rules", o->base_rules_file, "The rules before the change (default: the built-in rules)")
      ->type_name("FILE");
  sub->add_option("--rules", o->rules_file, "The rules after the change (default: the built-in rules)")
      ->type_name("FILE");
  sub->add_option("--format", o->format, "Output format: text or json (schema: diff.schema.json in the docs, share/doc/pdu-rate)")
      ->check(CLI::IsMember(diff_formats()))
      ->type_name("FORMAT")
      ->capture_default_str();
  one_value_per_use(*sub);
  return {sub, [o] { return run_diff(*o); }};
}

int run_diff(const DiffOptions& o) {
  std::size_t stdin_uses = 0;
  for (const auto* p : {&o.base_rules_file, &o.rules_file}) stdin_uses += *p == "-" ? 1 : 0;
  for (const auto& p : o.paths) stdin_uses += p == "-" ? 1 : 0;
  if (stdin_uses > 1) {
    print_message("diff: standard input ('-') can be read only once");
    return kInputError;
  }
  const auto base = rules_option(o.base_rules_file);
  const auto after = rules_option(o.rules_file);
  if (!base || !after) return kInputError;
  std::vector<app::Outcome> outcomes;
  app::for_each_inspection(
      o.paths,
      [&](const readers::InspectionPath& p) -> std::optional<app::Outcome> {
        // An inspection of another framework (its rules: names neither side) has nothing to compare.
        if (const auto named = app::named_rules(p.path); named && *named != base->id && *named != after->id) {
          print_note(fmt::format("{}: rated under {} (rules:), neither rule set compared: passed over", p.path, *named));
          return std::nullopt;
        }
        return app::compare(p.path, *base, *after);
      },
      [&](app::Outcome&& outcome) {
        print_problems(outcome.problems);
        outcomes.push_back(std::move(outcome));
      });
  if (outcomes.empty()) {
    print_message(fmt::format("diff: no inspection files found under {} (CSV files are compared only when named)",
                              fmt::join(o.paths, ", ")));
    return kInputError;
  }
  if (!emit(report::find_format(o.format)->diff(*base, *after, outcomes, {}), "")) return kInputError;
  return exit_status(app::count(outcomes).worst());
}

}  // namespace pdurate::cli
