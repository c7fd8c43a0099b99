#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <fmt/format.h>
#include <new>

#include "cli/batch.hpp"
#include "cli/check_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/rate_command.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Exit status:
  0  rated, and every check passed
  1  a check failed: an --expect or an inspection file's expect: was not met,
     or --strict found a guidance departure with no recorded reason
  2  usage error or invalid input (nothing is printed on stdout; with several
     inputs the others are still rated, and the invalid ones marked)

Examples:
  pdu-rate examples/bradford-calderdale/inspection.yaml
  pdu-rate cases.csv --rating P1.1=Good --rating P1.2=Good --rating P1.3=Good
  pdu-rate inspection.yaml --format json
  pdu-rate inspection.yaml --expect overall=Inadequate --expect score=1
  pdu-rate examples --format csv          # every inspection under a directory, one row each
  pdu-rate check examples/regression      # see pdu-rate check --help
  pdu-rate diff --rules new.yaml examples # see pdu-rate diff --help)";

// Options given before a subcommand belong to rating and would be silently ignored.
bool parent_options_given(const CLI::App& app) {
  for (const CLI::Option* opt : app.get_options())
    if (opt->count() > 0) return true;
  return false;
}

}  // namespace

int run(int argc, char** argv) {
  try {
    CLI::App app{"pdu-rate: rate a probation inspection (HM Inspectorate of Probation PDU standards) from its case judgements"};
    app.name("pdu-rate");
    app.set_version_flag("--version", std::string("pdu-rate ") + PDURATE_VERSION);
    app.footer(kFooter);
    RateOptions options;
    setup_rate_options(app, options);
    // The input is a list (several inspections rate as a batch): a repeatable option such as
    // --rating must take one value per use, not swallow the file names after it.
    for (CLI::Option* opt : app.get_options())
      if (!opt->get_positional()) opt->allow_extra_args(false);
    CheckOptions check;
    const CLI::App* check_app = setup_check_command(app, check);
    DiffOptions diff;
    const CLI::App* diff_app = setup_diff_command(app, diff);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      // CLI11 prints help/version to stdout (status 0) and errors to stderr; its own codes
      // (100-127) become pdu-rate's usage-error status.
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version: stdout, status 0
      fmt::print(stderr, "pdu-rate: {}\nRun 'pdu-rate --help' for more information.\n", e.what());
      return kInputError;
    }
    for (const CLI::App* sub : {check_app, diff_app}) {
      if (!sub->parsed()) continue;
      if (parent_options_given(app)) {
        fmt::print(stderr, "pdu-rate: {0}: give {0}'s options after '{0}' (see pdu-rate {0} --help)\n", sub->get_name());
        return kInputError;
      }
      return sub == check_app ? run_check(check) : run_diff(diff);
    }
    if (options.input.empty()) {  // not required by CLI11: the subcommands take none
      fmt::print(stderr, "pdu-rate: input is required\nRun 'pdu-rate --help' for more information.\n");
      return kInputError;
    }
    if (is_batch(options)) return run_batch(options);
    return run_rate(options);
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "pdu-rate: out of memory\n");
  } catch (const std::exception& e) {
    fmt::print(stderr, "pdu-rate: internal error: {}\n", e.what());
  }
  return kInputError;
}

}  // namespace pdurate::cli
