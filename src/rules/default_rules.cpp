#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules_blob.hpp"
#include "pdurate/util/ascii.hpp"

namespace pdurate::rules {

std::string_view default_rules_name() { return builtin_rules_texts().front().name; }
std::string_view default_rules_text() { return builtin_rules_texts().front().text; }

namespace {

// A built-in rules file's framework id: its name without ".yaml" (compile_rules checks it).
std::string_view id_of(const EmbeddedText& file) {
  std::string_view name = file.name;
  name.remove_suffix(std::string_view(".yaml").size());
  return name;
}

// The built-in rule set at `index`, decoded from the form the build loaded and checked the first
// time it is asked for (microseconds, where parsing the YAML again would take milliseconds).
// One at a time: a run needs one rule set, and decoding all five was a tenth of the instructions
// of an 80-case run.
const Rules& decoded(std::size_t index) {
  struct Slot {
    std::once_flag once;
    std::optional<Rules> rules;
  };
  static const std::unique_ptr<Slot[]> slots(new Slot[builtin_rules_blobs().size()]);
  Slot& slot = slots[index];
  std::call_once(slot.once, [&] {
    slot.rules = decode(builtin_rules_blobs()[index].text);
    if (!slot.rules) throw std::logic_error("a built-in rules blob does not decode: the build is broken");
  });
  return *slot.rules;
}

}  // namespace

std::vector<const Rules*> all_builtin_rules() {
  std::vector<const Rules*> all;
  for (std::size_t i = 0; i < builtin_rules_blobs().size(); ++i) all.push_back(&decoded(i));
  return all;
}

const Rules& default_rules() { return decoded(0); }

std::vector<std::string> builtin_rules_ids() {
  std::vector<std::string> ids;
  for (const auto& file : builtin_rules_blobs()) ids.emplace_back(id_of(file));
  return ids;
}

const Rules* builtin_rules(std::string_view id) {
  const auto files = builtin_rules_blobs();
  for (std::size_t i = 0; i < files.size(); ++i)
    if (util::iequals(id_of(files[i]), id)) return &decoded(i);
  return nullptr;
}

std::string_view builtin_rules_text(std::string_view id) {
  const auto files = builtin_rules_texts();
  for (const auto& file : files)
    if (util::iequals(id_of(file), id)) return file.text;
  return {};
}

}  // namespace pdurate::rules
