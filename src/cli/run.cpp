#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <new>
#include <vector>

#include "cli/check_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rate_command.hpp"
#include "cli/rules_command.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/util/version.hpp"

namespace pdurate::cli {
namespace {

// The subcommands, in the order --help lists them. Rating is the root command itself.
constexpr Setup kSubcommands[] = {&setup_check, &setup_diff, &setup_rules};

// Options given before a subcommand belong to rating and would be silently ignored.
bool parent_options_given(const CLI::App& app) {
  for (const CLI::Option* opt : app.get_options())
    if (opt->count() > 0) return true;
  return false;
}

int parse_and_run(int argc, char** argv) {
  CLI::App app{"pdu-rate: rate a probation inspection (HM Inspectorate of Probation PDU standards) from its case judgements"};
  app.name("pdu-rate");
  app.set_version_flag("--version", "pdu-rate " + std::string(util::version()));
  const Command rate = setup_rate(app);
  // The input is a list (several inspections rate as a batch): --rating FILE must not take FILE.
  one_value_per_use(app);
  std::vector<Command> subcommands;
  for (Setup setup : kSubcommands) subcommands.push_back(setup(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help and the version to stdout (status 0); its own error codes (100-127)
    // become pdu-rate's usage-error status.
    if (e.get_exit_code() == 0) return app.exit(e);
    print_message(std::string(e.what()) + "\nRun 'pdu-rate --help' for more information.");
    return kInputError;
  }
  for (const auto& sub : subcommands) {
    if (!sub.app->parsed()) continue;
    if (parent_options_given(app)) {
      const auto& name = sub.app->get_name();
      print_message(name + ": give " + name + "'s options after '" + name + "' (see pdu-rate " + name + " --help)");
      return kInputError;
    }
    return sub.run();
  }
  return rate.run();
}

}  // namespace

int run(int argc, char** argv) {
  try {
    return parse_and_run(argc, argv);
  } catch (const report::Error& e) {
    print_message(e.what());  // a report that could not be made (a workbook's temporary file)
  } catch (const std::bad_alloc&) {
    print_message("out of memory");
  } catch (const std::exception& e) {
    print_message(std::string("internal error: ") + e.what());
  }
  return kInputError;
}

}  // namespace pdurate::cli
