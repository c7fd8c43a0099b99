#include "cli/rules_command.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "pdurate/rules/load_rules.hpp"

namespace pdurate::cli {
namespace {

// Without its own footer, `rules --help` would show rating's exit statuses and examples.
constexpr const char* kFooter = R"(Exit status:
  0  listed, or shown
  2  no built-in rule set of that name, or usage error

Examples:
  pdu-rate rules list
  pdu-rate rules show > my-rules.yaml   # the default rule set, to edit
  pdu-rate cases.csv --rules my-rules.yaml)";

struct RulesOptions {
  std::string name;  // rules show NAME
};

// "13 (12 scored)" when some standard is not scored, else "7".
std::string standards_text(const rules::Rules& r) {
  const auto scored = std::count_if(r.standards.begin(), r.standards.end(), [](const auto& s) { return s.scored; });
  if (scored == std::ssize(r.standards)) return fmt::format("{}", r.standards.size());
  return fmt::format("{} ({} scored)", r.standards.size(), scored);
}

int run_list() {
  const auto& all = rules::all_builtin_rules();
  std::size_t id_width = 4, name_width = 9;
  for (const auto& r : all) {
    id_width = std::max(id_width, r.id.size());
    name_width = std::max(name_width, r.name.size());
  }
  fmt::print("{:<{}}  {:<{}}  {:<10}  {:<15}  {}\n", "name", id_width, "framework", name_width, "years", "standards",
             "max score");
  for (const auto& r : all)
    fmt::print("{:<{}}  {:<{}}  {:<10}  {:<15}  {}\n", r.id, id_width, r.name, name_width, r.years, standards_text(r),
               r.max_score());
  return kRated;
}

int run_show(std::string name) {
  if (name.empty()) name = rules::default_rules().id;
  const auto text = rules::builtin_rules_text(name);
  if (text.empty()) {
    std::vector<std::string> ids;
    for (const auto& r : rules::all_builtin_rules()) ids.push_back(r.id);
    print_message(fmt::format("rules show: no built-in rule set '{}': the built-in ones are {}", name,
                              fmt::join(ids, ", ")));
    return kInputError;
  }
  fmt::print("{}", text);
  return kRated;
}

}  // namespace

Command setup_rules(CLI::App& parent) {
  auto o = std::make_shared<RulesOptions>();
  CLI::App* sub = parent.add_subcommand("rules", "The built-in rule sets: list them, or show one's rules file");
  sub->require_subcommand(1);
  sub->footer(kFooter);
  CLI::App* list = sub->add_subcommand("list", "List the built-in rule sets: name, framework, years, standards, maximum score");
  CLI::App* show = sub->add_subcommand("show", "Print a built-in rule set's rules file (YAML)");
  for (CLI::App* leaf : {list, show}) leaf->footer(kFooter);
  show->add_option("name", o->name,
                   "The rule set's name, as rules list gives it (default: " + rules::default_rules().id + ")")
      ->type_name("NAME");
  return {sub, [list, o] { return list->parsed() ? run_list() : run_show(o->name); }};
}

}  // namespace pdurate::cli
