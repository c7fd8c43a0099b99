#include "cli/command.hpp"

#include <CLI/CLI.hpp>

namespace pdurate::cli {

CLI::App* add_paths_subcommand(CLI::App& parent, const std::string& name, const std::string& description,
                               const std::string& footer, std::vector<std::string>& paths) {
  CLI::App* sub = parent.add_subcommand(name, description);
  sub->footer(footer);
  sub->add_option("path", paths, "Inspection files, and directories to search for them")->required()->type_name("PATH");
  return sub;
}

void one_value_per_use(CLI::App& app) {
  for (CLI::Option* opt : app.get_options())
    if (!opt->get_positional()) opt->allow_extra_args(false);
}

}  // namespace pdurate::cli
