#include "cli/batch_command.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
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

}  // namespace

int run_batch(const BatchOptions& o) {
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto request = app::Request::for_many(o.strict, o.require_all, o.table);
  std::vector<app::Outcome> outcomes;
  app::for_each_inspection(
      o.inputs, [&](const readers::InspectionPath& p) { return std::optional(app::assess(p.path, *rules, request)); },
      [&](app::Outcome&& outcome) {
        tell(*rules, outcome);
        outcomes.push_back(std::move(outcome));
      });
  if (outcomes.empty()) {
    print_message(fmt::format("no inspection files found under {}: directories are searched for inspection .yaml "
                              "files; name CSV files directly (e.g. pdu-rate exports/*.csv)", fmt::join(o.inputs, ", ")));
    return kInputError;
  }
  const report::Options options{use_color(o.color, o.output), false};
  if (!emit(report::find_format(o.format)->inspections(*rules, outcomes, options), o.output)) return kInputError;
  return exit_status(app::count(outcomes).worst());
}

}  // namespace pdurate::cli
