#include "cli/rate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <filesystem>
#include <map>
#include <memory>

#include "cli/batch_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/progress_line.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/app/pipeline.hpp"
#include "pdurate/app/pool.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/report/wording.hpp"
#include "pdurate/util/ascii.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Exit status:
  0  rated, and every check passed
  1  a check failed: an --expect or an inspection file's expect: was not met,
     or --strict found a guidance departure with no recorded reason
  2  usage error or invalid input, such as a key question with no column under
     --require-all (nothing is printed on stdout, in every format, with one
     input or several)

Examples:
  pdu-rate examples/bradford-calderdale/inspection.yaml
  pdu-rate cases.csv --rating P1.1=Good --rating P1.2=Good --rating P1.3=Good
  pdu-rate inspection.yaml --format json
  pdu-rate inspection.yaml --expect overall=Inadequate --expect score=1
  pdu-rate examples --format csv          # every inspection under a directory, one row each
  pdu-rate --pool a.yaml b.yaml --by inspection   # two inspections' cases rated as one
  pdu-rate check examples/regression      # see pdu-rate check --help
  pdu-rate diff --rules new.yaml examples # see pdu-rate diff --help)";

// "Output format: text, json (schema: ...) or csv (one row per inspection)".
std::string format_help() {
  std::string help = "Output format: ";
  const auto formats = report::formats();
  for (std::size_t i = 0; i < formats.size(); ++i) {
    help += i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ";
    help += formats[i].name;
    if (!formats[i].note.empty()) help += " (" + std::string(formats[i].note) + ")";
  }
  return help;
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const auto& f : report::formats()) names.emplace_back(f.name);
  return names;
}

// The spellings --delimiter and --encoding take, and what each means.
const std::map<std::string, char> kDelimiters = {{",", ','}, {"comma", ','}, {";", ';'}, {"semicolon", ';'},
                                                 {"tab", '\t'}, {"\t", '\t'}};
const std::map<std::string, readers::Encoding> kEncodings = {
    {"utf-8", readers::Encoding::Utf8},           {"utf8", readers::Encoding::Utf8},
    {"windows-1252", readers::Encoding::Windows1252}, {"cp1252", readers::Encoding::Windows1252}};

// A CLI11 check that the value is one of `names` (any case), listing them when it is not.
template <class Map>
std::function<std::string(const std::string&)> one_of(const Map& names, std::string listed) {
  return [&names, listed](const std::string& value) {
    return names.count(util::ascii_lowercase(value)) ? std::string() : "'" + value + "' is not one of " + listed;
  };
}

void add_input_options(CLI::App& app, RateOptions& o) {
  app.add_option("--sheet", o.table.sheet,
                 "Workbook (.xlsx): the sheet to read, by name or number (default: the first with a case_id heading)")
      ->type_name("SHEET");
  app.add_option("--delimiter", o.delimiter,
                 "CSV: the field delimiter, comma, semicolon or tab (default: found from the header line)")
      ->check(one_of(kDelimiters, "comma, semicolon, tab"))
      ->type_name("DELIMITER");
  app.add_option("--header-row", o.table.header_row,
                 "The line (CSV) or row (workbook) of the header, when rows such as a title come above it")
      ->check(CLI::PositiveNumber)
      ->type_name("N");
  app.add_option("--encoding", o.encoding,
                 "CSV: the file's character encoding, utf-8 (the default) or windows-1252 (Excel's plain \"CSV\" "
                 "on Windows)")
      ->check(one_of(kEncodings, "utf-8, windows-1252"))
      ->type_name("ENCODING");
}

void add_what_if_options(CLI::App& app, RateOptions& o) {
  app.add_option("--rating", o.what_if.ratings,
                 "Organisational rating, e.g. --rating P1.1=Inadequate (repeatable); replacing the file's rating is a what-if")
      ->type_name("STANDARD=RATING");
  app.add_option("--answer", o.what_if.answers, "What if: change one case's answer, e.g. --answer C017:2.1.3=Yes (repeatable)")
      ->type_name("CASE:QUESTION=ANSWER");
  app.add_option("--exclude", o.what_if.excludes, "What if: leave a case out, e.g. --exclude C017 (repeatable)")
      ->type_name("CASE");
  app.add_option("--where", o.what_if.wheres,
                 "What if: rate only cases whose attribute matches, e.g. --where case_type=licence or grade!=PSO "
                 "(repeatable; '=' on one attribute are alternatives, all else must hold)")
      ->type_name("ATTRIBUTE=VALUE");
  app.add_option("--shift", o.what_if.shifts,
                 "What if: turn N No answers into Yes (+N) or Yes into No (-N), e.g. --shift 2.1.3=+5 (repeatable)")
      ->type_name("QUESTION=+N");
}

void add_analysis_options(CLI::App& app, RateOptions& o) {
  app.add_flag("--explain", o.explain, "Explain every rating in plain words (the rule that fired and its figures)");
  app.add_flag("--pivotal", o.pivotal, "List the single answers whose change would change a standard's rating");
  app.add_option("--by", o.analysis.by, "Break the results down by a case attribute, e.g. --by grade (repeatable)")
      ->type_name("ATTRIBUTE");
  app.add_option("--confidence", o.analysis.confidence,
                 "Confidence level of the intervals on key questions and findings, in percent (default: the rules', 80)")
      ->type_name("LEVEL");
  app.add_option("--rri", o.analysis.rri,
                 "Relative rate index of every group against a reference group, e.g. --rri grade=PO (repeatable)")
      ->type_name("ATTRIBUTE=REFERENCE");
  app.add_flag("--probabilities", o.analysis.probabilities,
               "How likely each rating is in another sample of the same size (a bootstrap of the cases)");
  app.add_option("--seed", o.analysis.seed, "Seed of the resampling behind rating probabilities (default: the rules', 1)")
      ->type_name("N");
}

void add_output_options(CLI::App& app, RateOptions& o) {
  app.add_option("--expect", o.expects, "Check the result, e.g. --expect overall=Inadequate, score=1, P2.1=Inadequate, P2.1.3=15/79 (repeatable)")
      ->type_name("KEY=VALUE");
  app.add_flag("--strict", o.strict, "Fail (exit 1) when a guidance departure has no recorded reason");
  app.add_flag("--require-all", o.require_all,
               "Make a key question with no column in the input an input error (exit 2), one line each, rather than "
               "a standard not rated");
  app.add_option("--format", o.format, format_help())
      ->check(CLI::IsMember(format_names()))
      ->type_name("FORMAT")
      ->capture_default_str();
  app.add_option("--output,-o", o.output,
                 "Write the report to FILE instead of standard output (whole or not at all: a temporary file "
                 "renamed into place, through a symlink; - is standard output); never an input of the run")
      ->type_name("FILE");
  app.add_option("--color", o.color, "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->capture_default_str();
  app.add_flag("--quiet", o.quiet, kQuietHelp);
}

void setup_options(CLI::App& app, RateOptions& o) {
  app.add_option("input", o.input, "Inspection to rate: cases as CSV, an inspection .yaml/.yml file, or - (CSV on stdin). "
                 "Several files, or a directory: rate them all, one row each (with --pool: as one)")
      ->type_name("FILE");
  app.add_flag("--pool", o.pool,
               "Rate the cases of several inspections (files, or directories of them) as one inspection; each case's "
               "inspection is its attribute 'inspection' (--by inspection)");
  app.add_option("--rules", o.rules_file, "Rule set: a built-in one's name (pdu-rate rules list) or a rules file; wins over an inspection file's rules: (default: hmip-pdu-2023)")
      ->type_name("FILE");
  add_input_options(app, o);
  add_what_if_options(app, o);
  add_analysis_options(app, o);
  add_output_options(app, o);
  // Group the options in --help by what they are for.
  const std::pair<const char*, const char*> groups[] = {
      {"--pool", "Input"},           {"--rules", "Input"},          {"--sheet", "Input"},          {"--delimiter", "Input"},
      {"--header-row", "Input"},     {"--encoding", "Input"},       {"--rating", "What if"},       {"--answer", "What if"},
      {"--exclude", "What if"},      {"--where", "What if"},        {"--shift", "What if"},
      {"--explain", "Explain and analyse"}, {"--pivotal", "Explain and analyse"},
      {"--by", "Explain and analyse"},      {"--confidence", "Explain and analyse"},
      {"--rri", "Explain and analyse"},     {"--probabilities", "Explain and analyse"},
      {"--seed", "Explain and analyse"},    {"--expect", "Checks"},   {"--strict", "Checks"},
      {"--require-all", "Checks"},
      {"--format", "Output"},        {"--output", "Output"},        {"--color", "Output"},
      {"--quiet", "Output"}};
  for (const auto& [name, group] : groups) app.get_option(name)->group(group);
}

// Several inputs, or a directory: one row each. One file is one inspection in every format.
bool is_batch(const RateOptions& o) {
  if (o.pool) return false;
  if (o.input.size() > 1) return true;
  std::error_code ec;
  return o.input[0] != "-" && std::filesystem::is_directory(o.input[0], ec);
}

// The options rating many inspections honours; any other given is refused, never ignored.
bool honoured_by_batch(std::string_view option) {
  for (std::string_view name : {"input", "--rules", "--sheet", "--delimiter", "--header-row", "--encoding", "--strict",
                                "--require-all", "--format", "--output", "--color", "--quiet"})
    if (option == name) return true;
  return false;
}

// Each given option that applies to one inspection only, refused with what to do instead.
bool refuse_one_inspection_options(const CLI::App& app) {
  bool refused = false;
  for (const CLI::Option* opt : app.get_options()) {
    const auto name = opt->get_name();
    if (opt->count() == 0 || honoured_by_batch(name)) continue;
    const std::string instead = name == "--rating"   ? "record the rating in each inspection file (ratings:), or "
                                : name == "--expect" ? "record the expectation in each inspection file (expect:), or "
                                                     : "";
    print_message(name + " applies to one inspection: " + instead + "rate one file at a time");
    refused = true;
  }
  return !refused;
}

// The options asking for more than the ratings, and what each asks a format to show.
constexpr std::pair<const char*, unsigned> kShownBy[] = {
    {"--explain", report::kExplanation},    {"--pivotal", report::kPivotal},
    {"--by", report::kBreakdown},           {"--rri", report::kRelativeRates},
    {"--probabilities", report::kProbabilities}, {"--seed", report::kProbabilities},
    {"--confidence", report::kIntervals}};

// Each given option whose output `format` has no place for, refused with the formats that show it.
bool refuse_unshown_options(const CLI::App& app, const report::Format& format) {
  bool refused = false;
  for (const auto& [name, shown] : kShownBy) {
    if (app.get_option(name)->count() == 0 || (format.shows & shown)) continue;
    std::string showing;  // "text, json or html"
    for (const auto& f : report::formats())
      if (f.inspection && (f.shows & shown)) showing += (showing.empty() ? "" : ", ") + std::string(f.name);
    if (const auto last = showing.rfind(", "); last != std::string::npos) showing.replace(last, 2, " or ");
    const auto why = format.note.empty() ? std::string() : " (" + std::string(format.note) + ")";
    print_message(fmt::format("{}: --format {} cannot show it{}: use --format {}, or leave out {}",
                              name, format.name, why, showing, name));
    refused = true;
  }
  return !refused;
}

// The table options, with --delimiter and --encoding (checked by CLI11 against these maps) decoded.
readers::TableOptions table_options(const RateOptions& o) {
  auto table = o.table;
  if (!o.delimiter.empty()) table.delimiter = kDelimiters.at(util::ascii_lowercase(o.delimiter));
  if (!o.encoding.empty()) table.encoding = kEncodings.at(util::ascii_lowercase(o.encoding));
  return table;
}

app::Request request(const RateOptions& o) {
  app::Request r;
  r.table = table_options(o);
  r.strict = o.strict;
  r.require_all = o.require_all;
  r.expects = o.expects;
  r.what_if = o.what_if;
  r.analysis = o.analysis;
  r.pivotal = o.pivotal;
  r.rules_given = !o.rules_file.empty();
  r.keep_cases = report::find_format(o.format)->needs_cases;
  return r;
}

}  // namespace

Command setup_rate(CLI::App& app) {
  app.footer(kFooter);
  auto o = std::make_shared<RateOptions>();
  setup_options(app, *o);
  return {&app, [&app, o] {
            if (o->input.empty()) {  // not required by CLI11: the subcommands take none
              print_message("input is required\nRun 'pdu-rate --help' for more information.");
              return kInputError;
            }
            if (!fit_for_output(*report::find_format(o->format), o->output)) return kInputError;
            if (!is_batch(*o)) {
              if (!refuse_unshown_options(app, *report::find_format(o->format))) return kInputError;
              return run_rate(*o);
            }
            if (!refuse_one_inspection_options(app)) return kInputError;
            // A format with a view of one inspection only (markdown): refused, never a crash.
            if (!report::find_format(o->format)->inspections) {
              print_message("--format " + o->format + " renders one inspection: rate one file at a time");
              return kInputError;
            }
            return run_batch(
                {o->input, o->rules_file, o->strict, o->require_all, table_options(*o), o->format, o->color, o->output,
                 o->quiet});
          }};
}

int run_rate(const RateOptions& o) {
  const auto rules = rules_option(o.rules_file);
  if (!rules) return kInputError;
  const auto progress = terminal_progress(o.quiet);
  auto req = request(o);
  req.progress = progress.get();
  const auto outcome = o.pool ? app::assess_pool(o.input, *rules, req) : app::assess(o.input.front(), *rules, req);
  if (outcome.status() == app::Status::Invalid) {
    print_problems(outcome.problems);
    return kInputError;
  }
  if (!clear_of_inputs("--output", o.output, with_rules(outcome.inputs, o.rules_file))) return kInputError;
  const auto& used = app::rules_of(outcome, *rules);  // the inspection file's own, unless --rules
  const report::Options options{use_color(o.color, o.output), o.explain};
  const auto* format = report::find_format(o.format);
  // A format with a table of many only (none yet) gives the one row.
  const auto text = format->inspection ? format->inspection(used, outcome, options)
                                       : format->inspections(used, std::vector<app::Outcome>{outcome}, options);
  if (!emit(text, o.output)) return kInputError;
  if (!(format->shows & report::kExpectations))
    for (const auto& e : outcome.rated->expectations)
      if (!e.met) print_message(report::unmet(e));
  for (const auto& note : outcome.notes) print_note(note);
  if (!o.analysis.seed.empty() && !o.analysis.probabilities)  // once the seed is known to be valid
    print_note("--seed changes nothing without --probabilities (it seeds their resampling)");
  for (const auto& notice : report::notices(used, outcome.rated->result)) print_note(notice);
  for (auto s : outcome.rated->unexplained_departures) print_message(report::unexplained_departure(used, s));
  return exit_status(outcome.status());
}

}  // namespace pdurate::cli
