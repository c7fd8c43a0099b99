#include "cli/rules_option.hpp"

#include "cli/output.hpp"
#include "pdurate/app/pipeline.hpp"

namespace pdurate::cli {

std::optional<rules::Rules> rules_option(const std::string& file) {
  util::Diagnostics problems;
  auto rules = app::load_rules(file, problems);
  print_problems(problems);
  return rules;
}

}  // namespace pdurate::cli
