#include "cli/compare_command.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/app/trend.hpp"
#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/report/formats.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Rates each inspection and sets them side by side, in the order given (earliest
first): each standard's rating, the score and the overall rating in each; each key
question's Yes out of the relevant cases in each, and the change from one inspection
to the next in percentage points with its 95% interval (--confidence: another
level; Newcombe's hybrid score method), marked * when the interval leaves out 0; the
same for the findings (tabulated, not rated) some inspection answers. Several
inspections make a trend table, a column each; inspections of different services,
a benchmark.

Each inspection is rated under its own rules (its rules: line, else the built-in
rules); --rules rates all under one rule set, so that a change of rules is not
taken for progress. Under different rule sets, standards and key questions are
compared by id, and those only some inspections' rules have are listed.
Expectations (expect:) are not checked.

Exit status:
  0  compared
  2  an inspection or the rules file is invalid (every problem on stderr, nothing on
     stdout), or usage error

Examples:
  pdu-rate compare derby-2023/inspection.yaml derby-2025/inspection.yaml
  pdu-rate compare 2021.yaml 2023.yaml 2025.yaml --rules hmip-pdu-2023 --format json
  pdu-rate compare 2023.yaml 2025.yaml --format xlsx -o progress.xlsx)";

// The formats with a view of a comparison.
std::vector<std::string> compare_formats() {
  std::vector<std::string> names;
  for (const auto& f : report::formats())
    if (f.trend) names.emplace_back(f.name);
  return names;
}

}  // namespace

Command setup_compare(CLI::App& parent) {
  auto o = std::make_shared<CompareOptions>();
  CLI::App* sub = parent.add_subcommand("compare", "Compare inspections: progress since the last, or a benchmark");
  sub->footer(kFooter);
  sub->add_option("file", o->files, "Inspection files (or CSV files of cases), earliest first: two or more")
      ->required()
      ->type_name("FILE");
  sub->add_option("--rules", o->rules_file,
                  "Rate every inspection under these rules (a built-in name or a file; default: each under its own)")
      ->type_name("RULES");
  sub->add_option("--confidence", o->confidence,
                  "Confidence level of the intervals on the changes, in percent (default: 95)")
      ->type_name("LEVEL");
  sub->add_option("--format", o->format,
                  "Output format: text, json (schema: compare.schema.json in the docs), markdown, html (a page "
                  "with charts) or xlsx (a data workbook: give -o FILE.xlsx)")
      ->check(CLI::IsMember(compare_formats()))
      ->type_name("FORMAT")
      ->capture_default_str();
  sub->add_option("--output,-o", o->output,
                  "Write the report to FILE instead of standard output (whole or not at all: a temporary file "
                  "renamed into place; - is standard output); never an input of the run")
      ->type_name("FILE");
  one_value_per_use(*sub);
  return {sub, [o] { return run_compare(*o); }};
}

int run_compare(const CompareOptions& o) {
  if (o.files.size() < 2) {
    print_message("compare: give two inspections or more, earliest first");
    return kInputError;
  }
  const auto stdin_uses = std::count(o.files.begin(), o.files.end(), "-") + (o.rules_file == "-" ? 1 : 0);
  if (stdin_uses > 1) {
    print_message("compare: standard input ('-') can be read only once");
    return kInputError;
  }
  util::Diagnostics problems;
  const auto level = o.confidence.empty() ? std::optional<double>(95) : readers::parse_confidence(o.confidence, problems);
  if (!level) {
    print_problems(problems);
    return kInputError;
  }
  const auto& format = *report::find_format(o.format);
  if (!fit_for_output(format, o.output)) return kInputError;
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto report = app::trend(o.files, *rules, !o.rules_file.empty(), *level);
  for (const auto& i : report.inspections) print_problems(i.problems);
  if (report.status() == app::Status::Invalid) return kInputError;
  std::vector<app::Input> inputs;
  for (const auto& i : report.inspections) inputs.insert(inputs.end(), i.inputs.begin(), i.inputs.end());
  if (!clear_of_inputs("--output", o.output, with_rules(inputs, o.rules_file))) return kInputError;
  if (!emit(format.trend(*rules, report, {}), o.output)) return kInputError;  // report::Error: run.cpp says it
  return kRated;
}

}  // namespace pdurate::cli
