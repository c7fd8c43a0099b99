#include "cli/batch.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/cli_common.hpp"
#include "cli/exit_status.hpp"
#include "cli/terminal.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/inspection_paths.hpp"
#include "pdurate/report/batch_report.hpp"
#include "pdurate/report/rating_text.hpp"

namespace pdurate::cli {

bool is_batch(const RateOptions& o) {
  if (o.format == "csv" || o.input.size() > 1) return true;
  std::error_code ec;
  return o.input.size() == 1 && o.input[0] != "-" && std::filesystem::is_directory(o.input[0], ec);
}

int run_batch(const RateOptions& o) {
  const auto& w = o.what_if;
  if (!w.ratings.empty() || !o.expects.empty()) {
    fmt::print(stderr,
               "pdu-rate: --rating and --expect apply to one inspection: record them in each inspection file "
               "(ratings:, expect:), or rate one file at a time\n");
    return kInputError;
  }
  if (!w.answers.empty() || !w.excludes.empty() || !w.wheres.empty() || !w.shifts.empty() || o.explain || o.pivotal) {
    fmt::print(stderr, "pdu-rate: --answer, --exclude, --where, --shift, --explain and --pivotal apply to one "
                       "inspection: rate one file at a time\n");
    return kInputError;
  }
  Diagnostics rule_errors;
  const auto rules = load_rules_file(o.rules_file, rule_errors);
  if (!rules) {
    print_errors(rule_errors.items());
    return kInputError;
  }

  std::vector<report::BatchRow> rows;
  Diagnostics search_errors;
  const auto paths = readers::find_inspection_paths(o.input, search_errors);
  for (const auto& d : search_errors) {
    report::BatchRow row;
    row.file = d.where.file;
    row.errors.push_back(d);
    print_errors(row.errors);
    rows.push_back(std::move(row));
  }
  for (const auto& path : paths) {
    report::BatchRow row;
    row.file = path.path;
    Diagnostics errors;
    auto inspection = readers::read_inspection(path.path, *rules, errors);
    if (!inspection || !errors.empty()) {
      row.errors = errors.items();
      print_errors(row.errors);
      rows.push_back(std::move(row));
      continue;
    }
    row.name = inspection->name;
    row.fieldwork = inspection->fieldwork;
    row.result = engine::rate(*rules, *inspection);
    row.expectations = engine::check_expectations(*rules, *row.result, inspection->expectations);
    if (o.strict)
      for (const auto& s : row.result->standards)
        if (s.unexplained_departure())
          row.other_failures.push_back(fmt::format(
              "{}: departs from the decision guidance without a recorded reason (--strict)", rules->standards[s.standard].id));
    for (const auto& notice : report::notices(*rules, *row.result))
      fmt::print(stderr, "pdu-rate: note: {}: {}\n", row.file, notice);
    for (const auto& failure : row.failures()) fmt::print(stderr, "pdu-rate: {}: {}\n", row.file, failure);
    rows.push_back(std::move(row));
  }

  if (rows.empty()) {
    fmt::print(stderr,
               "pdu-rate: no inspection files found under {}: directories are searched for inspection .yaml files; "
               "name CSV files directly (e.g. pdu-rate exports/*.csv)\n",
               fmt::join(o.input, ", "));
    return kInputError;
  }
  std::string out;
  if (o.format == "json") out = report::batch_json(*rules, rows);
  else if (o.format == "csv") out = report::batch_csv(*rules, rows);
  else
    out = report::batch_table(
        *rules, rows, {o.output.empty() ? use_color(parse_color_mode(o.color), stdout) : o.color == "always"});
  if (!emit(out, o.output)) return kInputError;
  int status = kRated;
  for (const auto& row : rows) {
    if (row.status() == report::BatchRow::Status::Invalid) status = kInputError;
    else if (row.status() == report::BatchRow::Status::Failed && status == kRated) status = kCheckFailed;
  }
  return status;
}

}  // namespace pdurate::cli
