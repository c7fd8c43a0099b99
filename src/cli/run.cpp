#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <new>
#include <vector>

#include "cli/agree_command.hpp"
#include "cli/check_command.hpp"
#include "cli/compare_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/plan_command.hpp"
#include "cli/rate_command.hpp"
#include "cli/rules_command.hpp"
#include "cli/sample_command.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/util/shared_library.hpp"
#include "pdurate/util/version.hpp"

namespace pdurate::cli {
namespace {

// The subcommands, in the order --help lists them. Rating is the root command itself.
constexpr Setup kSubcommands[] = {&setup_check, &setup_diff, &setup_rules, &setup_agree, &setup_compare, &setup_plan, &setup_sample};

// Options given before a subcommand belong to rating and would be silently ignored.
bool parent_options_given(const CLI::App& app) {
  for (const CLI::Option* opt : app.get_options())
    if (opt->count() > 0) return true;
  return false;
}

// Every long option name of `app` ("--format"), for suggestions.
std::vector<std::string> long_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options())
    for (const auto& name : opt->get_lnames()) names.push_back("--" + name);
  return names;
}

// The command whose options were being read when parsing failed: a subcommand given, else rating.
const CLI::App& failed_command(const CLI::App& app, const std::vector<Command>& subcommands) {
  for (const auto& sub : subcommands)
    if (sub.app->parsed()) return *sub.app;
  return app;
}

// "--formt": did you mean --format? Each unknown option of the command, with its closest name.
std::string suggestions(const CLI::App& command, int argc, char** argv) {
  const auto names = long_names(command);
  std::vector<std::pair<std::string, std::string>> guesses;  // typed, meant
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0 || arg == "--") continue;
    const auto name = arg.substr(0, arg.find('='));
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    if (auto guess = util::did_you_mean(name, names)) guesses.emplace_back(name, *guess);
  }
  if (guesses.size() == 1) return fmt::format(" (did you mean {}?)", guesses[0].second);
  std::string out;
  for (const auto& [typed, meant] : guesses) out += fmt::format("{}{} for {}", out.empty() ? "" : ", ", meant, typed);
  return out.empty() ? out : fmt::format(" (did you mean {}?)", out);
}

// The usage error CLI11 found, with a suggestion for a mistyped option and the help to read.
int usage_error(const CLI::ParseError& e, const CLI::App& app, const std::vector<Command>& subcommands, int argc,
                char** argv) {
  const auto& command = failed_command(app, subcommands);
  const std::string help = &command == &app ? "pdu-rate --help" : "pdu-rate " + command.get_name() + " --help";
  const bool unknown = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  print_message(fmt::format("{}{}\nRun '{}' for more information.", e.what(),
                            unknown ? suggestions(command, argc, argv) : "", help));
  return kInputError;
}

// `pdu-rate help [COMMAND]`: the help, as --help prints it (`help` is no file to rate).
int help(const CLI::App& app, int argc, char** argv) {
  if (argc == 2) return fmt::print("{}", app.help()), kRated;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == argv[2]) return fmt::print("{}", sub->help(app.get_name())), kRated;
  print_message(fmt::format("help: no command '{}': pdu-rate help, or pdu-rate help check, diff, rules, agree, compare, plan or sample", argv[2]));
  return kInputError;
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
  if (argc >= 2 && argc <= 3 && std::string_view(argv[1]) == "help") return help(app, argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help and the version to stdout (status 0); its own error codes (100-127)
    // become pdu-rate's usage-error status.
    if (e.get_exit_code() == 0) return app.exit(e);
    return usage_error(e, app, subcommands, argc, argv);
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
  } catch (const util::LibraryMissing& e) {
    print_message(e.what());  // libzip or libxlsxwriter, loaded for the first workbook, is missing
  } catch (const std::bad_alloc&) {
    print_message("out of memory");
  } catch (const std::exception& e) {
    print_message(std::string("internal error: ") + e.what());
  }
  return kInputError;
}

}  // namespace pdurate::cli
