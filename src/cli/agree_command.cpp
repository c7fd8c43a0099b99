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

Agreement is a report, not a check, unless a threshold is given: with --min-kappa,
--min-ac1 or --min-agreement every key question must reach each one given, as the report
shows the figure (findings are not checked; a key question without the figure passes). Each
one below is said on stderr; the report is written all the same.

Exit status:
  0  compared (and every threshold given reached)
  1  a key question below a threshold given
  2  an input is invalid, no case is in both, or usage error (nothing on stdout)

Examples:
  pdu-rate agree inspection.yaml dip-sample.csv
  pdu-rate agree first.csv second.xlsx --format json
  pdu-rate agree inspection.yaml dip-sample.csv --format html -o moderation.html
  pdu-rate agree inspection.yaml dip-sample.csv --format xlsx -o moderation.xlsx
  pdu-rate agree inspection.yaml dip-sample.csv --min-ac1 0.7 --min-agreement 90)";

std::vector<std::string> agree_formats() {
  std::vector<std::string> names;
  for (const auto& f : report::agreement::formats()) names.emplace_back(f.name);
  return names;
}

void add_threshold_options(CLI::App& sub, AgreeThresholds& t) {
  sub.add_option("--min-kappa", t.min_kappa,
                 "Fail (exit 1) when a key question's kappa is below K (-1 to 1); kappa misleads where nearly every "
                 "answer is the same: see --min-ac1")
      ->type_name("K");
  sub.add_option("--min-ac1", t.min_ac1, "Fail (exit 1) when a key question's AC1 is below K (-1 to 1)")->type_name("K");
  sub.add_option("--min-agreement", t.min_agreement,
                 "Fail (exit 1) when a key question's raw agreement on Yes/No is below PERCENT (0 to 100)")
      ->type_name("PERCENT");
}

// Usage errors found before reading anything: stdin twice, --confidence, a threshold, a
// workbook for a terminal. Says each on stderr; false when there is one.
bool usable(const AgreeOptions& o) {
  if ((o.first == "-") + (o.second == "-") + (o.rules_file == "-") > 1) {
    print_message("agree: standard input ('-') can be read only once");
    return false;
  }
  util::Diagnostics problems;
  readers::check_analysis({{}, o.confidence, {}, {}, false}, problems);
  print_problems(problems);
  const auto thresholds = threshold_problems(o.thresholds);
  for (const auto& t : thresholds) print_message(t);
  if (!problems.empty() || !thresholds.empty()) return false;
  const auto* format = report::agreement::find_format(o.format);
  return fit_for_output(format->name, format->binary, o.output);
}

std::vector<app::Input> inputs_of(const app::Agreement& a, const std::string& rules_file) {
  auto inputs = a.first.inputs;
  inputs.insert(inputs.end(), a.second.inputs.begin(), a.second.inputs.end());
  return with_rules(std::move(inputs), rules_file);
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
  sub->add_option("--format", o->format,
                  "Output format: text, json (schema: agree.schema.json in the docs, share/doc/pdu-rate), markdown, "
                  "html (one self-contained page) or xlsx (a workbook: give -o FILE.xlsx)")
      ->check(CLI::IsMember(agree_formats()))
      ->type_name("FORMAT")
      ->capture_default_str();
  sub->add_option("--output,-o", o->output,
                  "Write the report to FILE instead of standard output (whole or not at all: a temporary file "
                  "renamed into place, through a symlink; - is standard output); never an input of the run")
      ->type_name("FILE");
  add_threshold_options(*sub, o->thresholds);
  one_value_per_use(*sub);
  return {sub, [o] { return run_agree(*o); }};
}

int run_agree(const AgreeOptions& o) {
  if (!usable(o)) return kInputError;
  const double level = o.confidence.empty() ? 95.0 : std::stod(o.confidence);
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  auto agreement = app::agree(o.first, o.second, *rules, !o.rules_file.empty(), level);
  for (const auto& note : agreement.notes) print_note(note);
  if (!agreement.valid()) {
    print_problems(agreement.problems);
    return kInputError;
  }
  if (!clear_of_inputs("--output", o.output, inputs_of(agreement, o.rules_file))) return kInputError;
  agreement.check = check_thresholds(agreement.rules(*rules), agreement, o.thresholds);
  if (!emit(report::agreement::find_format(o.format)->render(*rules, agreement, {}), o.output)) return kInputError;
  if (!agreement.check) return kRated;
  for (const auto& b : agreement.check->below) print_message("agree: " + below_text(agreement.rules(*rules), b));
  return agreement.check->below.empty() ? kRated : kCheckFailed;
}

}  // namespace pdurate::cli
