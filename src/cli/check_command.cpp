#include "cli/check_command.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

#include "cli/atomic_file.hpp"
#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/progress_line.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/app/inspections.hpp"
#include "pdurate/app/pipeline.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/report/junit.hpp"
#include "pdurate/report/text.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Each inspection file under the PATHs (directories are searched recursively) that
records expectations under expect: is rated and held to them. A file named directly
must have expectations; files found in directories without any are passed over
(a note on stderr says which).

Exit status:
  0  every inspection met its expectations
  1  an inspection failed (its line lists each difference)
  2  an input or the rules file is invalid (the others are still checked), or usage error;
     with --require-all, an input with no column for a key question is invalid

Examples:
  pdu-rate check examples/regression examples
  pdu-rate check inspections/ --rules rules/proposed.yaml --junit pdu-rate-junit.xml)";

// An inspection without expectations has nothing to check: passed over when found in a
// directory (nullopt), an error when named.
std::optional<app::Outcome> without_expectations(app::Outcome&& outcome, const readers::InspectionPath& path,
                                                 std::size_t& passed_over) {
  if (!path.named) {
    print_note(fmt::format("{}: no expectations (expect:), not checked", path.path));
    ++passed_over;
    return std::nullopt;
  }
  outcome.rated.reset();
  outcome.problems.add(util::Location{path.path, 0, 0},
                       readers::is_yaml_path(path.path)
                           ? "nothing to check: the inspection file has no expectations (add an expect: block)"
                           : "nothing to check: a CSV file holds no expectations; check the inspection file that "
                             "names it");
  return std::move(outcome);
}

bool write_junit(const CheckOptions& o, const rules::Rules& rules, const std::vector<app::Outcome>& checked,
                 const std::string& rules_described) {
  const auto xml = report::junit::check(rules, checked, {"pdu-rate check", rules_described});
  if (is_stdout(o.junit_file)) return emit(xml, "");
  util::Diagnostics problems;
  if (write_file_atomically(o.junit_file, xml, problems)) return true;
  print_problems(problems);
  return false;
}

// The paths named and --rules: refused as the JUnit file before anything is checked.
std::vector<app::Input> named_inputs(const CheckOptions& o) {
  std::vector<app::Input> inputs;
  std::error_code ec;
  for (const auto& p : o.paths)
    if (!std::filesystem::is_directory(p, ec))  // a directory's files are checked as they are found
      inputs.push_back({readers::is_yaml_path(p) ? app::Input::Role::Inspection : app::Input::Role::Cases, p});
  return with_rules(std::move(inputs), o.rules_file);
}

// A check that cannot start (invalid --rules) or finds nothing still writes the JUnit file asked
// for: one testcase named `name` with an <error> of its problems, so that a CI step publishing
// the report always finds one. Returns the usage-error status.
int fail_with_junit(const CheckOptions& o, std::string name, const util::Diagnostics& problems,
                    const std::string& rules_described) {
  if (o.junit_file.empty()) return kInputError;
  app::Outcome outcome;
  outcome.file = std::move(name);
  outcome.problems.append(problems);
  write_junit(o, rules::default_rules(), {std::move(outcome)}, rules_described);
  return kInputError;
}

}  // namespace

Command setup_check(CLI::App& parent) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = add_paths_subcommand(
      parent, "check", "Rate every inspection that records expectations (expect:) and check them", kFooter, o->paths);
  sub->add_option("--rules", o->rules_file, "Rule set for every inspection: a built-in one's name or a rules file (default: each inspection file's rules:, else hmip-pdu-2023)")
      ->type_name("FILE");
  sub->add_option("--junit", o->junit_file, "Also write a JUnit XML report (one testcase per inspection) to FILE, or to standard output "
                  "for - (the lines then go to stderr); never an input of the run")
      ->type_name("FILE");
  sub->add_flag("--strict", o->strict, "Also fail an inspection whose guidance departure has no recorded reason");
  sub->add_flag("--quiet", o->quiet, kQuietHelp);
  sub->add_flag("--require-all", o->require_all,
                "Make an inspection with no column for a key question invalid (one line each) rather than leave a "
                "standard not rated");
  one_value_per_use(*sub);
  return {sub, [o] { return run_check(*o); }};
}

int run_check(const CheckOptions& o) {
  if (!clear_of_inputs("--junit", o.junit_file, named_inputs(o))) return kInputError;
  util::Diagnostics rules_problems;
  const auto rules = app::load_rules(o.rules_file, rules_problems);
  print_problems(rules_problems);
  if (!rules) return fail_with_junit(o, o.rules_file == "-" ? "<stdin>" : o.rules_file, rules_problems,
                                     o.rules_file + " (invalid)");
  // With --junit -, the XML has standard output to itself; the lines a person reads go to stderr.
  std::FILE* lines = o.junit_file == "-" ? stderr : stdout;
  std::vector<app::Input> inputs;  // of every inspection read, those passed over too
  const auto request = app::Request::for_many(o.strict, o.require_all, !o.rules_file.empty());
  std::vector<app::Outcome> checked;
  std::size_t passed_over = 0;
  const auto assess = [&](const readers::InspectionPath& path) -> std::optional<app::Outcome> {
    auto outcome = app::assess(path.path, *rules, request);
    inputs.insert(inputs.end(), outcome.inputs.begin(), outcome.inputs.end());
    if (outcome.rated && outcome.rated->inspection.expectations.empty())
      return without_expectations(std::move(outcome), path, passed_over);
    return outcome;
  };
  const auto progress = terminal_progress(o.quiet);
  const auto done = [&](app::Outcome&& outcome) {
    print_problems(outcome.problems);
    erase_progress_line();
    fmt::print(lines, "{}\n", report::text::check_line(app::rules_of(outcome, *rules), outcome));
    std::fflush(lines);
    checked.push_back(std::move(outcome));
  };
  app::for_each_inspection(o.paths, assess, done, progress.get());
  if (checked.empty()) {
    const auto message = fmt::format("check: no inspection with expectations found under {}{}", fmt::join(o.paths, ", "),
                                     passed_over > 0 ? fmt::format(" ({} without expectations passed over)", passed_over) : "");
    print_message(message);
    util::Diagnostics nothing;
    nothing.add(util::Origin{}, message);
    return fail_with_junit(o, fmt::format("{}", fmt::join(o.paths, " ")), nothing, app::describe(*rules));
  }
  const auto counts = app::count(checked);
  fmt::print(lines, "{}\n", report::text::check_summary(counts));
  std::fflush(lines);
  // An input found while checking (a cases: or rules: file): the lines are out, the XML is not.
  if (!clear_of_inputs("--junit", o.junit_file, inputs)) return kInputError;
  const bool junit_written = o.junit_file.empty() || write_junit(o, *rules, checked, app::describe(*rules));
  return junit_written ? exit_status(counts.worst()) : kInputError;
}

}  // namespace pdurate::cli
