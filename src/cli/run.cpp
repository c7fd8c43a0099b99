#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <fmt/format.h>
#include <new>

#include "cli/exit_status.hpp"
#include "cli/rate_command.hpp"

namespace pdurate::cli {
namespace {

constexpr const char* kFooter = R"(Exit status:
  0  rated, and every check passed
  1  a check failed: an --expect or an inspection file's expect: was not met,
     or --strict found a guidance departure with no recorded reason
  2  usage error or invalid input (nothing is printed on stdout)

Examples:
  pdu-rate examples/bradford-calderdale/inspection.yaml
  pdu-rate cases.csv --rating P1.1=Good --rating P1.2=Good --rating P1.3=Good
  pdu-rate inspection.yaml --format json
  pdu-rate inspection.yaml --expect overall=Inadequate --expect score=1)";

}  // namespace

int run(int argc, char** argv) {
  try {
    CLI::App app{"pdu-rate: rate a probation inspection (HM Inspectorate of Probation PDU standards) from its case judgements"};
    app.name("pdu-rate");
    app.set_version_flag("--version", std::string("pdu-rate ") + PDURATE_VERSION);
    app.footer(kFooter);
    RateOptions options;
    setup_rate_options(app, options);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      // CLI11 prints help/version to stdout (status 0) and errors to stderr; its own codes
      // (100-127) become pdu-rate's usage-error status.
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version: stdout, status 0
      fmt::print(stderr, "pdu-rate: {}\nRun 'pdu-rate --help' for more information.\n", e.what());
      return kInputError;
    }
    return run_rate(options);
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "pdu-rate: out of memory\n");
  } catch (const std::exception& e) {
    fmt::print(stderr, "pdu-rate: internal error: {}\n", e.what());
  }
  return kInputError;
}

}  // namespace pdurate::cli
