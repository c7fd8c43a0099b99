#include "pdurate/readers/case_columns.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "readers/heading_match.hpp"

namespace pdurate::readers {

namespace {

// "P2.1.3.z" or "F.oversite" (`id`, written in the heading `name`): name what the rules do have.
BadColumn unknown_finding(const rules::Rules& rules, std::string_view name, std::string_view id) {
  std::string message =
      fmt::format("'{}' looks like a finding id but the rules ({}) have no such finding", name, rules.id);
  std::vector<std::string> ids;
  for (const auto& f : rules.findings) ids.push_back(f.id);
  if (ids.empty()) return BadColumn{message + " (they define no findings)"};
  std::string_view wanted = id;
  if (!wanted.empty() && (wanted[0] == 'P' || wanted[0] == 'p')) wanted.remove_prefix(1);
  std::vector<std::string> candidates;
  for (const auto& f : rules.findings) candidates.push_back(f.short_id);
  if (auto guess = util::did_you_mean(wanted, candidates)) return BadColumn{message + fmt::format("; did you mean '{}'?", *guess)};
  return BadColumn{message + fmt::format(" (they are {})", fmt::join(ids, ", "))};
}

// "2.1.4" or "P9.9.9" (`id`, written in the heading `name`): name the questions its standard has,
// rather than guess one of them, or else the nearest.
BadColumn unknown_question(const rules::Rules& rules, std::string_view name, std::string_view id) {
  std::string message = fmt::format("'{}' looks like a key question id but the rules ({}) have no such question", name,
                                    rules.id);
  const std::string_view parent = id.substr(0, id.rfind('.'));
  const auto s = rules.find_standard_loosely(parent);
  if (s && rules.standards[*s].casework()) {
    std::vector<std::string> ids;
    for (auto q : rules.standards[*s].key_questions) ids.push_back(rules.questions[q].short_id);
    return BadColumn{message + fmt::format("; {} has {}", rules.standards[*s].id, fmt::join(ids, ", "))};
  }
  std::vector<std::string> ids;
  for (const auto& q : rules.questions) ids.push_back(q.short_id);
  std::string_view bare = id;
  if (!bare.empty() && (bare[0] == 'P' || bare[0] == 'p')) bare.remove_prefix(1);
  if (auto guess = util::did_you_mean(bare, ids)) return BadColumn{message + fmt::format("; did you mean '{}'?", *guess)};
  return BadColumn{message + fmt::format(" (they are {} to {})", ids.front(), ids.back())};
}

// A name shaped like a standard or key-question id ("P2.1", "2.1.4") that is no key question.
BadColumn id_column(const rules::Rules& rules, std::string_view name) {
  const auto s = rules.find_standard_loosely(name);
  if (!s) return unknown_question(rules, name, name);
  const auto& standard = rules.standards[*s];
  if (standard.casework())
    return BadColumn{fmt::format("'{}' is a standard, not a key question: give its key questions as columns "
                                 "({}.1, {}.2, ...)", name, rules::short_form(standard.id), rules::short_form(standard.id))};
  return BadColumn{fmt::format("'{}' is an organisational standard, rated by the inspectors: give its rating in "
                               "an inspection YAML file or with --rating {}=RATING, not as a case column",
                               name, standard.id)};
}

// "key question 2.1.1 (Does assessment focus sufficiently on engaging the person on probation?)"
std::string describe(const rules::Rules& rules, std::size_t slot) {
  const bool finding = rules.is_finding_slot(slot);
  const auto& text = finding ? rules.findings[slot - rules.questions.size()].text : rules.questions[slot].text;
  return fmt::format("{} {} ({})", finding ? "finding" : "key question", rules.slot_id(slot), text);
}

// "A", "A and B", "A, B and C" (or "or").
std::string listed(const std::vector<std::string>& items, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? fmt::format(" {} ", last) : ", ") + items[i];
  return out;
}

// "key question 2.1.3 (...), key question 2.2.3 (...) and ..."
std::string describe_all(const rules::Rules& rules, const std::vector<std::size_t>& slots) {
  std::vector<std::string> described;
  for (auto slot : slots) described.push_back(describe(rules, slot));
  return listed(described, "and");
}

// "head the column 2.1.1", or for several, which to choose from.
std::string head_it(const rules::Rules& rules, const std::vector<std::size_t>& slots) {
  std::vector<std::string> ids;
  for (auto slot : slots) ids.push_back(rules.slot_id(slot));
  if (ids.size() == 1) return fmt::format("head the column {}", ids.front());
  return fmt::format("head the column with the id of the one it answers ({})", listed(ids, "or"));
}

// A heading with one id in it ("Q2.1.1", "2,1,1", "2.1.1 Assessment engagement"): that question,
// unless the rules lack it or the heading's words are closer to another question's text.
Column id_in_heading(const rules::Rules& rules, std::string_view name, const std::string& id) {
  std::size_t slot = 0;
  if (auto q = rules.find_question(id)) slot = *q;
  else if (auto f = rules.find_finding(id)) slot = rules.finding_slot(*f);
  else if (rules::looks_like_finding_id(id)) return unknown_finding(rules, name, id);
  else return unknown_question(rules, name, id);
  const auto like = heading::resembled(rules, name);
  if (like.empty() || std::find(like.begin(), like.end(), slot) != like.end()) return QuestionColumn{slot};
  std::vector<std::size_t> choices{slot};
  choices.insert(choices.end(), like.begin(), like.end());
  return BadColumn{fmt::format("'{}' names {} but its words resemble {}: {}", name, describe(rules, slot),
                               describe_all(rules, like), head_it(rules, choices))};
}

// A heading that is no id or alias as written: a question it names once normalised ("2.1.1.",
// "Does assessment ... probation" without the '?'), an id in it, or an error for one whose words
// resemble a question's text; else an attribute.
Column inexact_column(const rules::Rules& rules, std::string_view name) {
  if (const auto named = heading::slots_named(rules, name); !named.empty())
    return named.size() == 1 ? Column{QuestionColumn{named.front()}}
                             : Column{BadColumn{fmt::format("'{}' names {}: {}", name, describe_all(rules, named),
                                                            head_it(rules, named))}};
  const auto ids = heading::ids_in(name);
  if (ids.size() > 1)
    return BadColumn{fmt::format("'{}' names more than one question ({}): give each its own column", name,
                                 listed(ids, "and"))};
  if (ids.size() == 1) return id_in_heading(rules, name, ids.front());
  if (const auto like = heading::resembled(rules, name); !like.empty())
    return BadColumn{fmt::format("'{}' resembles {}: {}", name, describe_all(rules, like), head_it(rules, like))};
  return AttributeColumn{std::string(name)};
}

}  // namespace

Column classify_column(const rules::Rules& rules, std::string_view name) {
  if (util::iequals(name, "case_id")) return CaseIdColumn{};
  if (auto q = rules.find_question(name)) return QuestionColumn{*q};
  if (auto f = rules.find_finding(name)) return QuestionColumn{rules.finding_slot(*f)};
  if (rules::looks_like_finding_id(name)) return unknown_finding(rules, name, name);
  if (rules::looks_like_id(name)) return id_column(rules, name);
  return inexact_column(rules, name);
}

std::string bad_answer_message(const rules::Rules& rules, std::size_t question, std::string_view case_id,
                               std::string_view text) {
  const auto& id = rules.slot_id(question);
  if (text.empty())
    return fmt::format("empty answer to {} in case {}: a missing judgement is not N/A; write {}", id, case_id,
                       model::answer_vocabulary());
  if (text.find('\r') != std::string_view::npos)  // CR CR LF leaves one at the end of a row
    return fmt::format("'{}' is not an answer to {} in case {}: {}", text, id, case_id, kCarriageReturnHint);
  return fmt::format("'{}' is not an answer to {} in case {}: write {}", text, id, case_id, model::answer_vocabulary());
}

}  // namespace pdurate::readers
