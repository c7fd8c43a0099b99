#include "cli/batch_command.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/progress_line.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/app/inspections.hpp"
#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/report/wording.hpp"

namespace pdurate::cli {
namespace {

// A file's problems, notes and failures on stderr, each naming the file.
void tell(const rules::Rules& rules, const app::Outcome& o) {
  if (o.status() == app::Status::Invalid) return print_problems(o.problems);
  for (const auto& notice : report::notices(rules, o.rated->result)) print_note(fmt::format("{}: {}", o.file, notice));
  for (const auto& failure : report::failures(rules, o)) print_message(fmt::format("{}: {}", o.file, failure));
}

// The outcomes by the rule set they were rated under (an inspection file's own rules:, or the
// command's), in order of first appearance: one table each.
std::vector<std::pair<const rules::Rules*, std::vector<app::Outcome>>> by_rules(const rules::Rules& command_rules,
                                                                             std::vector<app::Outcome>&& outcomes) {
  std::vector<std::pair<const rules::Rules*, std::vector<app::Outcome>>> groups;
  for (auto& outcome : outcomes) {
    const auto* used = &app::rules_of(outcome, command_rules);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
      return g.first->id == used->id && g.first->file == used->file;
    });
    if (it == groups.end()) it = groups.insert(groups.end(), {used, {}});
    it->second.push_back(std::move(outcome));
  }
  return groups;
}

std::vector<std::string> rule_ids(const std::vector<std::pair<const rules::Rules*, std::vector<app::Outcome>>>& groups) {
  std::vector<std::string> ids;
  for (const auto& g : groups) ids.push_back(app::describe(*g.first));
  return ids;
}

}  // namespace

int run_batch(const BatchOptions& o) {
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto request = app::Request::for_many(o.strict, o.require_all, !o.rules_file.empty(), o.table);
  std::vector<app::Outcome> outcomes;
  auto inputs = with_rules({}, o.rules_file);  // of every inspection: the output must be none of them
  const auto progress = terminal_progress(o.quiet);
  app::for_each_inspection(
      o.inputs, [&](const readers::InspectionPath& p) { return std::optional(app::assess(p.path, *rules, request)); },
      [&](app::Outcome&& outcome) {
        tell(app::rules_of(outcome, *rules), outcome);
        inputs.insert(inputs.end(), outcome.inputs.begin(), outcome.inputs.end());
        outcomes.push_back(std::move(outcome));
      },
      progress.get());
  if (outcomes.empty()) {
    print_message(fmt::format("no inspection files found under {}: directories are searched for inspection .yaml "
                              "files; name CSV files directly (e.g. pdu-rate exports/*.csv)", fmt::join(o.inputs, ", ")));
    return kInputError;
  }
  if (!clear_of_inputs("--output", o.output, inputs)) return kInputError;
  // An input error leaves no partial result: nothing on stdout (or -o), whatever the format.
  if (const auto invalid = app::count(outcomes).invalid; invalid > 0) {
    print_message(fmt::format("{} of {} inspections could not be rated (the problems above): fix them, or leave "
                              "them out; nothing is reported until every inspection is rated",
                              invalid, outcomes.size()));
    return kInputError;
  }
  const report::Options options{use_color(o.color, o.output), false};
  // JSON rows carry their own rules; text prints a table per rule set; CSV has one header.
  if (o.format == "json") {
    if (!emit(report::find_format(o.format)->inspections(*rules, outcomes, options), o.output)) return kInputError;
    return exit_status(app::count(outcomes).worst());
  }
  const auto groups = by_rules(*rules, std::move(outcomes));
  if (groups.size() > 1 && o.format != "text") {
    print_message(fmt::format("--format {} has one header for one rule set, but these inspections were rated under "
                              "{}: give --rules, or rate each framework's inspections separately", o.format,
                              fmt::join(rule_ids(groups), ", ")));
    return kInputError;
  }
  std::string text;
  app::Status worst = app::Status::Passed;
  for (const auto& [used, group] : groups) {
    text += (text.empty() ? "" : "\n") + report::find_format(o.format)->inspections(*used, group, options);
    worst = app::worst(worst, app::count(group).worst());
  }
  if (!emit(text, o.output)) return kInputError;
  return exit_status(worst);
}

}  // namespace pdurate::cli
