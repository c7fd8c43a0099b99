#include "cli/check_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/atomic_file.hpp"
#include "cli/cli_common.hpp"
#include "cli/exit_status.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/inspection_paths.hpp"
#include "pdurate/report/check_report.hpp"
#include "pdurate/report/junit_report.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Each inspection file under the PATHs (directories are searched recursively) that
records expectations under expect: is rated and held to them. A file named directly
must have expectations; files found in directories without any are passed over
(a note on stderr says which).

Exit status:
  0  every inspection met its expectations
  1  an inspection failed (its line lists each difference)
  2  an input or the rules file is invalid (the others are still checked), or usage error

Examples:
  pdu-rate check examples/regression examples
  pdu-rate check inspections/ --rules rules/proposed.yaml --junit pdu-rate-junit.xml)";

}  // namespace

CLI::App* setup_check_command(CLI::App& app, CheckOptions& o) {
  CLI::App* sub = app.add_subcommand("check", "Rate every inspection that records expectations (expect:) and check them");
  sub->footer(kFooter);
  sub->add_option("path", o.paths, "Inspection files, and directories to search for them")
      ->required()
      ->type_name("PATH");
  sub->add_option("--rules", o.rules_file, "Rules file to use instead of the built-in hmip-pdu-2023 rules")
      ->type_name("FILE");
  sub->add_option("--junit", o.junit_file, "Also write a JUnit XML report (one testcase per inspection) to FILE")
      ->type_name("FILE");
  sub->add_flag("--strict", o.strict, "Also fail an inspection whose guidance departure has no recorded reason");
  for (CLI::Option* opt : sub->get_options())
    if (!opt->get_positional()) opt->allow_extra_args(false);
  return sub;
}

int run_check(const CheckOptions& o) {
  Diagnostics rule_errors;
  const auto rules = load_rules_file(o.rules_file, rule_errors);
  if (!rules) {
    print_errors(rule_errors.items());
    return kInputError;
  }

  std::vector<report::CheckedInspection> checked;
  auto finish = [&](report::CheckedInspection&& c) {
    print_errors(c.errors);
    fmt::print("{}\n", report::check_line(c));
    std::fflush(stdout);
    checked.push_back(std::move(c));
  };

  Diagnostics search_errors;
  const auto paths = readers::find_inspection_paths(o.paths, search_errors);
  for (const auto& d : search_errors) {
    report::CheckedInspection c;
    c.file = d.where.file;
    c.errors.push_back(d);
    finish(std::move(c));
  }

  std::size_t skipped = 0;
  for (const auto& path : paths) {
    report::CheckedInspection c;
    c.file = path.path;
    Diagnostics errors;
    auto inspection = readers::read_inspection(path.path, *rules, errors);
    if (!inspection || !errors.empty()) {
      c.errors = errors.items();
      finish(std::move(c));
      continue;
    }
    c.name = inspection->name;
    if (inspection->expectations.empty()) {
      if (!path.named) {
        fmt::print(stderr, "pdu-rate: note: {}: no expectations (expect:), not checked\n", path.path);
        ++skipped;
        continue;
      }
      c.errors.push_back({{path.path, 0, 0},
                          readers::is_yaml_path(path.path)
                              ? "nothing to check: the inspection file has no expectations (add an expect: block)"
                              : "nothing to check: a CSV file holds no expectations; check the inspection file "
                                "that names it"});
      finish(std::move(c));
      continue;
    }
    const auto result = engine::rate(*rules, *inspection);
    c.expectations = engine::check_expectations(*rules, result, inspection->expectations);
    if (o.strict)
      for (const auto& s : result.standards)
        if (s.unexplained_departure())
          c.other_failures.push_back(fmt::format(
              "{}: departs from the decision guidance without a recorded reason (--strict)", rules->standards[s.standard].id));
    finish(std::move(c));
  }

  if (checked.empty()) {
    fmt::print(stderr, "pdu-rate: check: no inspection with expectations found under {}{}\n", fmt::join(o.paths, ", "),
               skipped > 0 ? fmt::format(" ({} without expectations passed over)", skipped) : "");
    return kInputError;
  }
  const auto counts = report::count(checked);
  fmt::print("{}\n", report::check_summary(counts));
  std::fflush(stdout);

  int status = counts.errors > 0 ? kInputError : counts.failed > 0 ? kCheckFailed : kRated;
  if (!o.junit_file.empty()) {
    std::string error;
    if (!write_file_atomically(o.junit_file,
                               report::junit_report(checked, {"pdu-rate check", rules_description(*rules)}), error)) {
      fmt::print(stderr, "pdu-rate: {}\n", error);
      status = kInputError;
    }
  }
  return status;
}

}  // namespace pdurate::cli
