#include <stdexcept>

#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules_blob.hpp"
#include "pdurate/util/ascii.hpp"

namespace pdurate::rules {

std::string_view default_rules_name() { return builtin_rules_texts().front().name; }
std::string_view default_rules_text() { return builtin_rules_texts().front().text; }

const std::vector<Rules>& all_builtin_rules() {
  // Decoded from the form the build loaded and checked: microseconds, where parsing the YAML
  // again would take milliseconds at every start.
  static const std::vector<Rules> all = [] {
    std::vector<Rules> out;
    for (const auto& blob : builtin_rules_blobs()) {
      auto decoded = decode(blob.text);
      if (!decoded) throw std::logic_error("a built-in rules blob does not decode: the build is broken");
      out.push_back(std::move(*decoded));
    }
    return out;
  }();
  return all;
}

const Rules& default_rules() { return all_builtin_rules().front(); }

std::vector<std::string> builtin_rules_ids() {
  std::vector<std::string> ids;
  for (const auto& rules : all_builtin_rules()) ids.push_back(rules.id);
  return ids;
}

const Rules* builtin_rules(std::string_view id) {
  for (const auto& rules : all_builtin_rules())
    if (util::iequals(rules.id, id)) return &rules;
  return nullptr;
}

std::string_view builtin_rules_text(std::string_view id) {
  const auto& all = all_builtin_rules();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (util::iequals(all[i].id, id)) return builtin_rules_texts()[i].text;
  return {};
}

}  // namespace pdurate::rules
