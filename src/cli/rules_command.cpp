#include "cli/rules_command.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>
#include <string>
#include <vector>

#include "cli/exit_status.hpp"
#include "cli/output.hpp"
#include "cli/rules_option.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/util/did_you_mean.hpp"

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
  std::string name;                // rules show NAME
  std::vector<std::string> files;  // rules check FILE...
};

// "13 (12 scored)" when some standard is not scored, else "7".
std::string standards_text(const rules::Rules& r) {
  const auto scored = std::count_if(r.standards.begin(), r.standards.end(), [](const auto& s) { return s.scored; });
  if (scored == std::ssize(r.standards)) return fmt::format("{}", r.standards.size());
  return fmt::format("{} ({} scored)", r.standards.size(), scored);
}

int run_list() {
  const auto all = rules::all_builtin_rules();
  std::size_t id_width = 4, name_width = 9;
  for (const auto* r : all) {
    id_width = std::max(id_width, r->id.size());
    name_width = std::max(name_width, r->name.size());
  }
  fmt::print("{:<{}}  {:<{}}  {:<10}  {:<15}  {}\n", "name", id_width, "framework", name_width, "years", "standards",
             "max score");
  for (const auto* r : all)
    fmt::print("{:<{}}  {:<{}}  {:<10}  {:<15}  {}\n", r->id, id_width, r->name, name_width, r->years, standards_text(*r),
               r->max_score());
  return kRated;
}

int run_show(std::string name) {
  if (name.empty()) name = rules::default_rules().id;
  const auto text = rules::builtin_rules_text(name);
  if (text.empty()) {
    const auto ids = rules::builtin_rules_ids();
    const auto guess = util::did_you_mean(name, ids);
    print_message(fmt::format("rules show: no built-in rule set '{}'{}: the built-in ones are {}", name,
                              guess ? fmt::format(" (did you mean '{}'?)", *guess) : "", fmt::join(ids, ", ")));
    return kInputError;
  }
  fmt::print("{}", text);
  return kRated;
}

// Loads each rules file (or built-in name) as rating would, every problem printed; a line per
// good one says what it holds. Exit 2 when any has a problem.
int run_check(const std::vector<std::string>& files) {
  bool all_good = true;
  for (const auto& file : files) {
    const auto rules = rules_option(file);
    if (!rules) {
      all_good = false;
      continue;
    }
    const auto scored = std::count_if(rules->standards.begin(), rules->standards.end(), [](const auto& s) { return s.scored; });
    fmt::print("{}: {} ({}): {} standards{}, score 0-{}\n", file, rules->id, rules->name, rules->standards.size(),
               scored == std::ssize(rules->standards) ? "" : fmt::format(" ({} scored)", scored), rules->max_score());
  }
  return all_good ? kRated : kInputError;
}

}  // namespace

Command setup_rules(CLI::App& parent) {
  auto o = std::make_shared<RulesOptions>();
  CLI::App* sub = parent.add_subcommand("rules", "The rule sets: list the built-in ones, show one's rules file, check a rules file");
  sub->require_subcommand(1);
  sub->footer(kFooter);
  CLI::App* list = sub->add_subcommand("list", "List the built-in rule sets: name, framework, years, standards, maximum score");
  CLI::App* show = sub->add_subcommand("show", "Print a built-in rule set's rules file (YAML)");
  for (CLI::App* leaf : {list, show}) leaf->footer(kFooter);
  show->add_option("name", o->name,
                   "The rule set's name, as rules list gives it (default: " + rules::default_rules().id + ")")
      ->type_name("NAME");
  CLI::App* check = sub->add_subcommand("check", "Check rules files (a new framework's, an edited copy): every problem at its line");
  check->footer(kFooter);
  check->add_option("file", o->files, "A rules file (or a built-in name)")->required()->type_name("FILE");
  return {sub, [list, check, o] {
            if (list->parsed()) return run_list();
            return check->parsed() ? run_check(o->files) : run_show(o->name);
          }};
}

}  // namespace pdurate::cli
