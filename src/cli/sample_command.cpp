#include "cli/sample_command.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <fmt/format.h>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "pdurate/app/sample.hpp"
#include "pdurate/engine/stratified_sample.hpp"
#include "pdurate/util/ascii.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/plan_options.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(The caseload list is a CSV file with a header row and one row per case (any
columns). With --strata, each value of that column is a stratum: the sample takes
from each in proportion to its size (largest remainder), and at least one case. The
chosen rows are written as they are in the list, header first, in list order. The
seed and the allocation go to standard error; the same seed and list give the same
sample on every platform (SplitMix64 and a partial Fisher-Yates shuffle, README).

Exit status:
  0  drawn
  2  the list or an option is invalid, or usage error

Examples:
  pdu-rate sample caseload.csv --n 80 --strata case_type --seed 20240610 -o sample.csv
  pdu-rate sample caseload.csv --n 80 --strata case_type   # a seed from the clock, printed)";

// A seed from the clock, within what --seed accepts, mixed so that runs a moment apart differ
// in every bit.
std::uint64_t clock_seed() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  engine::SplitMix64 mix(static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
  return mix() & readers::kMaxSeed;
}

void print_allocation(const app::DrawnSample& s, const app::SampleRequest& r) {
  print_note(fmt::format("seed {} (--seed {} draws the same sample from the same list again)", r.seed, r.seed));
  print_note(fmt::format("{} of {} cases in {}{}", r.n, s.cases, s.file,
                         r.strata.empty() ? "" : fmt::format(", by {}:", r.strata)));
  if (r.strata.empty()) return;
  std::size_t width = 0;
  for (const auto& name : s.strata) width = std::max(width, name.empty() ? 7 : name.size());
  for (std::size_t i = 0; i < s.strata.size(); ++i)
    print_note(fmt::format("  {:<{}}  {} of {}", s.strata[i].empty() ? "(blank)" : s.strata[i], width,
                           s.allocation[i], s.sizes[i]));
}

}  // namespace

Command setup_sample(CLI::App& parent) {
  auto o = std::make_shared<SampleOptions>();
  CLI::App* sub = parent.add_subcommand(
      "sample", "Draw a reproducible stratified random sample of cases from a caseload list (CSV)");
  sub->footer(kFooter);
  sub->add_option("caseload", o->file, "The caseload list: CSV with a header row, one row per case; - reads standard input")
      ->required()
      ->type_name("FILE");
  sub->add_option("--n", o->n, "Cases to draw")->required()->type_name("CASES");
  sub->add_option("--strata", o->strata, "The column whose values are the strata, e.g. case_type (default: none)")
      ->type_name("COLUMN");
  sub->add_option("--seed", o->seed, "Seed of the draw (default: from the clock, printed on standard error)")
      ->type_name("N");
  sub->add_option("--encoding", o->encoding,
                  "The list's character encoding, utf-8 or windows-1252 (Excel's plain \"CSV\" on Windows); the "
                  "sample is written in UTF-8")
      ->check(CLI::IsMember({"utf-8", "windows-1252"}, CLI::ignore_case))
      ->type_name("ENCODING")
      ->capture_default_str();
  sub->add_option("--output,-o", o->output,
                  "Write the sample to FILE instead of standard output (whole or not at all); never the list")
      ->type_name("FILE");
  one_value_per_use(*sub);
  return {sub, [o] { return run_sample(*o); }};
}

int run_sample(const SampleOptions& o) {
  util::Diagnostics errors;
  app::SampleRequest r{o.file, std::string(readers::trim(o.strata)), 0, 0,
                       util::ascii_lowercase(o.encoding) == "windows-1252"};
  if (auto n = readers::parse_cases("--n", o.n, errors)) r.n = *n;
  if (o.seed.empty()) r.seed = clock_seed();
  else if (auto seed = readers::parse_seed(o.seed, errors)) r.seed = *seed;
  if (!errors.empty()) return print_problems(errors), kInputError;
  if (!clear_of_inputs("--output", o.output, {{app::Input::Role::Cases, o.file}})) return kInputError;
  const auto sample = app::draw_sample(r, errors);
  if (!sample) return print_problems(errors), kInputError;
  if (!emit(sample->csv, o.output)) return kInputError;
  print_allocation(*sample, r);
  return kRated;
}

}  // namespace pdurate::cli
