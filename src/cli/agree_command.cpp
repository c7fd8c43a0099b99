#include "cli/agree_command.hpp"

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/app/agreement.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/report/agreement.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(FIRST and SECOND judge the same cases, matched by case id: an inspection and a
quality lead's re-judging of a dip sample of it, or two inspectors' judgements. Each is
any input pdu-rate rates (CSV, workbook, inspection file; '-' for one of them reads CSV
from standard input). Both are rated under the same rules: --rules, else FIRST's own
(an inspection file's rules:), else the built-in rules.

Per key question and finding: the cases both judged; applicability disagreements (N/A
against Yes or No) apart from Yes/No ones; on the cases both found applicable the raw
agreement, Cohen's kappa and Gwet's AC1 with intervals, and a note where kappa is
misleading because nearly every answer is the same (read AC1 there); the case ids that
disagree. Then each standard's rating and the overall rating under FIRST, under SECOND,
and moderated (FIRST with SECOND's judgements for the cases both judged), the
disagreements whose resolution decides a rating, and the cases in one input only.

Exit status:
  0  compared (agreement is a report, not a check)
  2  an input is invalid, no case is in both, or usage error (nothing on stdout)

Examples:
  pdu-rate agree inspection.yaml dip-sample.csv
  pdu-rate agree first.csv second.xlsx --format json)";

std::vector<std::string> agree_formats() {
  std::vector<std::string> names;
  for (const auto& f : report::agreement::formats()) names.emplace_back(f.name);
  return names;
}

}  // namespace

Command setup_agree(CLI::App& parent) {
  auto o = std::make_shared<AgreeOptions>();
  CLI::App* sub = parent.add_subcommand("agree", "Agreement between two judgings of the same cases (moderation)");
  sub->footer(kFooter);
  sub->add_option("first", o->first, "The first judging: an inspection file or a file of cases")
      ->required()
      ->type_name("FIRST");
  sub->add_option("second", o->second, "The second judging of some or all of the same cases")
      ->required()
      ->type_name("SECOND");
  sub->add_option("--rules", o->rules_file, "Rules file or built-in rule set (default: FIRST's own, else the built-in rules)")
      ->type_name("FILE");
  sub->add_option("--confidence", o->confidence, "Confidence level of the kappa and AC1 intervals, in percent (default: 95)")
      ->type_name("LEVEL");
  sub->add_option("--format", o->format, "Output format: text, json (schema: agree.schema.json in the docs, share/doc/pdu-rate) or markdown")
      ->check(CLI::IsMember(agree_formats()))
      ->type_name("FORMAT")
      ->capture_default_str();
  one_value_per_use(*sub);
  return {sub, [o] { return run_agree(*o); }};
}

int run_agree(const AgreeOptions& o) {
  if ((o.first == "-") + (o.second == "-") + (o.rules_file == "-") > 1) {
    print_message("agree: standard input ('-') can be read only once");
    return kInputError;
  }
  util::Diagnostics problems;
  readers::check_analysis({{}, o.confidence, {}, {}, false}, problems);
  if (!problems.empty()) {
    print_problems(problems);
    return kInputError;
  }
  const double level = o.confidence.empty() ? 95.0 : std::stod(o.confidence);
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto agreement = app::agree(o.first, o.second, *rules, !o.rules_file.empty(), level);
  for (const auto& note : agreement.notes) print_note(note);
  if (!agreement.valid()) {
    print_problems(agreement.problems);
    return kInputError;
  }
  if (!emit(report::agreement::find_format(o.format)->render(*rules, agreement, {}), "")) return kInputError;
  return kRated;
}

}  // namespace pdurate::cli
