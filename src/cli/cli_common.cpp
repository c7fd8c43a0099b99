#include "cli/cli_common.hpp"

#include <fmt/format.h>

#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/load_rules.hpp"

namespace pdurate::cli {

void print_errors(const std::vector<Diagnostic>& errors) {
  for (const auto& d : errors) fmt::print(stderr, "pdu-rate: {}\n", format(d));
}

std::optional<rules::Rules> load_rules_file(const std::string& file, Diagnostics& errors) {
  if (file.empty()) return rules::default_rules();
  auto source = readers::SourceText::open(file, errors);
  if (!source) return std::nullopt;
  return rules::load_rules(source->text(), source->name(), errors);
}

std::string rules_description(const rules::Rules& rules) { return fmt::format("{} ({})", rules.id, rules.file); }

}  // namespace pdurate::cli
