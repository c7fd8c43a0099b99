#include "pdurate/readers/case_columns.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"

namespace pdurate::readers {

namespace {

// "P2.1.3.z" or "F.oversite": name what the rules do have.
BadColumn unknown_finding(const rules::Rules& rules, std::string_view name) {
  std::string message =
      fmt::format("'{}' looks like a finding id but the rules ({}) have no such finding", name, rules.id);
  std::vector<std::string> ids;
  for (const auto& f : rules.findings) ids.push_back(f.id);
  if (ids.empty()) return BadColumn{message + " (they define no findings)"};
  std::string_view wanted = name;
  if (!wanted.empty() && (wanted[0] == 'P' || wanted[0] == 'p')) wanted.remove_prefix(1);
  std::vector<std::string> candidates;
  for (const auto& f : rules.findings) candidates.push_back(f.short_id);
  if (auto guess = util::did_you_mean(wanted, candidates)) return BadColumn{message + fmt::format("; did you mean '{}'?", *guess)};
  return BadColumn{message + fmt::format(" (they are {})", fmt::join(ids, ", "))};
}

}  // namespace

Column classify_column(const rules::Rules& rules, std::string_view name) {
  if (util::iequals(name, "case_id")) return CaseIdColumn{};
  if (auto q = rules.find_question(name)) return QuestionColumn{*q};
  if (auto f = rules.find_finding(name)) return QuestionColumn{rules.finding_slot(*f)};
  if (rules::looks_like_finding_id(name)) return unknown_finding(rules, name);
  if (!rules::looks_like_id(name)) return AttributeColumn{std::string(name)};

  auto as_standard = rules.find_standard(name);
  if (!as_standard && !name.empty() && name[0] != 'P' && name[0] != 'p') as_standard = rules.find_standard("P" + std::string(name));
  if (auto s = as_standard) {
    const auto& standard = rules.standards[*s];
    if (standard.casework())
      return BadColumn{fmt::format("'{}' is a standard, not a key question: give its key questions as columns "
                                   "({}.1, {}.2, ...)", name, standard.id.substr(1), standard.id.substr(1))};
    return BadColumn{fmt::format("'{}' is an organisational standard, rated by the inspectors: give its rating in "
                                 "an inspection YAML file or with --rating {}=RATING, not as a case column",
                                 name, standard.id)};
  }
  std::string message = fmt::format("'{}' looks like a key question id but the rules ({}) have no such question", name,
                                    rules.id);
  // "2.1.4": name the questions its standard does have rather than guess one of them.
  const std::string_view parent = name.substr(0, name.rfind('.'));
  auto s = rules.find_standard(parent);
  if (!s) s = rules.find_standard("P" + std::string(parent));
  if (s && rules.standards[*s].casework()) {
    std::vector<std::string> ids;
    for (auto q : rules.standards[*s].key_questions) ids.push_back(rules.questions[q].short_id);
    message += fmt::format("; {} has {}", rules.standards[*s].id, fmt::join(ids, ", "));
  } else {
    std::vector<std::string> ids;
    for (const auto& q : rules.questions) ids.push_back(q.short_id);
    std::string_view bare = name;
    if (!bare.empty() && (bare[0] == 'P' || bare[0] == 'p')) bare.remove_prefix(1);
    if (auto guess = util::did_you_mean(bare, ids)) message += fmt::format("; did you mean '{}'?", *guess);
    else message += fmt::format(" (they are {} to {})", ids.front(), ids.back());
  }
  return BadColumn{std::move(message)};
}

std::string bad_answer_message(const rules::Rules& rules, std::size_t question, std::string_view case_id,
                               std::string_view text) {
  const auto& id = rules.slot_id(question);
  if (text.empty())
    return fmt::format("empty answer to {} in case {}: a missing judgement is not N/A; write {}", id, case_id,
                       model::answer_vocabulary());
  return fmt::format("'{}' is not an answer to {} in case {}: write {}", text, id, case_id, model::answer_vocabulary());
}

}  // namespace pdurate::readers
