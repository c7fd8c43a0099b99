#include "cli/plan_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/readers/plan_options.hpp"
#include "pdurate/report/plan.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Give the caseload of each stratum (--population, repeatable) and either the margin
of error to reach (--margin: the sample in total and per stratum, by proportional
allocation) or a sample size (--n: the margin it gives). The margin is for a key
question at 50% (the widest case), with the finite population correction. Then, for
key questions truly near each band edge of the rules, how likely the sample is to put
them in their true band (exact binomial).

Exit status:
  0  planned
  2  an option or the rules file is invalid, or usage error

Examples:
  pdu-rate plan --population community=2000 --population licence=1800 --margin 10
  pdu-rate plan --population community=2000 --population licence=1800 --n 80 --confidence 95)";

// The request, or nullopt with every problem printed.
std::optional<engine::PlanRequest> request(const PlanOptions& o, const rules::Rules& rules) {
  util::Diagnostics errors;
  engine::PlanRequest r;
  r.level = rules.sampling.confidence;
  if (!o.confidence.empty())
    if (auto l = readers::parse_confidence(o.confidence, errors)) r.level = *l;
  const auto strata = readers::parse_populations(o.populations, errors);
  if (strata) r.strata = *strata;
  if (o.margin.empty() == o.n.empty())
    errors.add({}, o.margin.empty() ? "plan: give --margin POINTS (the sample that reaches it) or --n CASES (the margin "
                                      "it gives)"
                                    : "plan: give --margin or --n, not both");
  if (!o.margin.empty()) r.margin = readers::parse_margin(o.margin, errors);
  if (!o.n.empty()) r.n = readers::parse_cases("--n", o.n, errors);
  if (strata && r.n) {
    std::size_t total = 0;
    for (const auto& s : *strata) total += s.population;
    if (*r.n > total)
      errors.add({}, fmt::format("--n '{}': more than the population of {} cases: at most {}", o.n, total, total));
    else if (*r.n < strata->size())
      errors.add({}, fmt::format("--n '{}': fewer than the {} strata: a sample takes at least one case of each",
                                 o.n, strata->size()));
  }
  print_problems(errors);
  if (!errors.empty()) return std::nullopt;
  return r;
}

}  // namespace

Command setup_plan(CLI::App& parent) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* sub = parent.add_subcommand(
      "plan", "Plan a case sample before fieldwork: its size for a margin of error, and how likely it rates right");
  sub->footer(kFooter);
  sub->add_option("--population", o->populations,
                  "Cases in a stratum of the caseload, e.g. --population community=2000 (repeatable); or one "
                  "number, unsplit")
      ->required()
      ->type_name("NAME=COUNT");
  sub->add_option("--margin", o->margin, "The margin of error to reach, in percentage points (e.g. 10)")
      ->type_name("POINTS");
  sub->add_option("--n", o->n, "A sample size to judge instead: the margin of error it gives")->type_name("CASES");
  sub->add_option("--confidence", o->confidence, "Confidence level, in percent (default: the rules', 80)")
      ->type_name("LEVEL");
  sub->add_option("--rules", o->rules_file,
                  "Rule set whose bands and confidence level apply: a built-in one's name or a rules file "
                  "(default: hmip-pdu-2023)")
      ->type_name("FILE");
  sub->add_option("--format", o->format, "Output format: text or json (schema: plan.schema.json in the docs)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  one_value_per_use(*sub);
  return {sub, [o] { return run_plan(*o); }};
}

int run_plan(const PlanOptions& o) {
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto r = request(o, *rules);
  if (!r) return kInputError;
  const auto plan = engine::plan_sample(*rules, *r);
  const report::PlanOptions options{o.confidence.empty()};
  const auto text = o.format == "json" ? report::plan_json(*rules, plan, options) : report::plan_text(*rules, plan, options);
  return emit(text, "") ? kRated : kInputError;
}

}  // namespace pdurate::cli
