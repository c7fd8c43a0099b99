#include "pdurate/readers/assignments.hpp"

#include <charconv>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <string>
#include <vector>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"

namespace pdurate::readers {
namespace {

std::optional<std::size_t> whole_number(std::string_view text) {
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<std::size_t> any_standard(const rules::Rules& rules, std::string_view id) {
  return rules.find_standard_loosely(id);
}

std::string unknown_standard(const rules::Rules& rules, std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& s : rules.standards)
    ids.push_back(s.id);
  std::string message = fmt::format("unknown standard '{}'", id);
  if (auto guess = util::did_you_mean(id, ids)) message += fmt::format("; did you mean {}?", *guess);
  else message += fmt::format(" (the standards are {})", fmt::join(ids, ", "));
  return message;
}

// Every way of reading text as "LOW to HIGH" (" to " in any case, spaces around the halves
// ignored), first split first. A rating name could itself contain " to ", so callers try each.
std::vector<std::pair<std::string_view, std::string_view>> range_splits(std::string_view text) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  const std::string lower = util::ascii_lowercase(text);
  for (auto pos = lower.find(" to "); pos != std::string::npos; pos = lower.find(" to ", pos + 1)) {
    auto low = text.substr(0, pos);
    auto high = text.substr(pos + 4);
    while (!low.empty() && low.back() == ' ') low.remove_suffix(1);
    while (!high.empty() && high.front() == ' ') high.remove_prefix(1);
    out.emplace_back(low, high);
  }
  return out;
}

// A rating, or a range of ratings "LOW to HIGH" (then e.range is set). The problem with a value
// that is neither is rating_named()'s, so a plain typo reads as before.
bool rating_or_range(const rules::Rules& rules, std::string_view value, model::Expectation& e,
                     const util::Origin& origin, util::Diagnostics& errors) {
  if (auto level = rules.find_rating(value)) {
    e.level = *level;
    return true;
  }
  for (auto [low, high] : range_splits(value)) {
    auto a = rules.find_rating(low);
    auto b = rules.find_rating(high);
    if (!a || !b) continue;
    if (*a >= *b) {
      errors.add(origin, *a == *b ? fmt::format("'{}' is not a range: write a known rating alone ('{}')", value,
                                                rules.rating_name(*a))
                                  : fmt::format("write the range '{}' lowest first: '{} to {}'", value,
                                                rules.rating_name(*b), rules.rating_name(*a)));
      return false;
    }
    e.range = true;
    e.level = *a;
    e.level_highest = *b;
    return true;
  }
  return rating_named(rules, value, origin, errors).has_value();
}

// A score, or "LOW to HIGH" scores (then e.range is set).
bool score_or_range(const rules::Rules& rules, std::string_view value, model::Expectation& e,
                    const util::Origin& origin, util::Diagnostics& errors) {
  const auto max = static_cast<std::size_t>(rules.max_score());
  const auto splits = range_splits(value);
  if (splits.empty()) {
    const auto score = whole_number(value);
    if (!score || *score > max) {
      errors.add(origin, fmt::format("score must be a whole number from 0 to {}, not '{}'", max, value));
      return false;
    }
    e.score = static_cast<int>(*score);
    return true;
  }
  const auto low = whole_number(splits[0].first);
  const auto high = whole_number(splits[0].second);
  if (splits.size() != 1 || !low || !high || *low >= *high || *high > max) {
    errors.add(origin, fmt::format("a score range is two whole numbers from 0 to {}, lowest first, e.g. '0 to 9', "
                                   "not '{}'", max, value));
    return false;
  }
  e.range = true;
  e.score = static_cast<int>(*low);
  e.score_highest = static_cast<int>(*high);
  return true;
}

// YES/RELEVANT counts of key question q.
bool counts(const rules::Rules& rules, std::size_t q, std::string_view value, model::Expectation& e,
            const util::Origin& origin, util::Diagnostics& errors) {
  const auto slash = value.find('/');
  const auto yes = whole_number(value.substr(0, slash));
  const auto relevant = slash == std::string_view::npos ? std::nullopt : whole_number(value.substr(slash + 1));
  if (!yes || !relevant || *yes > *relevant) {
    errors.add(origin, fmt::format("expected counts for {} are written YES/RELEVANT, e.g. 15/79, not '{}'",
                                   rules.questions[q].short_id, value));
    return false;
  }
  e.index = q;
  e.yes = yes;
  e.relevant = relevant;
  return true;
}

std::string unknown_key(const rules::Rules& rules, std::string_view key) {
  std::vector<std::string> keys{"overall", "score"};
  for (const auto& s : rules.standards) keys.push_back(s.id);
  for (const auto& q : rules.questions) keys.push_back(q.id);
  std::string message = fmt::format("cannot expect '{}'", key);
  if (auto guess = util::did_you_mean(key, keys)) message += fmt::format("; did you mean '{}'?", *guess);
  return message + " (expect overall, score, a standard such as P2.1, or a key question such as P2.1.3)";
}

}  // namespace

std::optional<rules::Level> rating_named(const rules::Rules& rules, std::string_view name, const util::Origin& origin,
                                         util::Diagnostics& errors) {
  if (auto level = rules.find_rating(name)) return level;
  std::vector<std::string> names;
  for (const auto& l : rules.scale) names.push_back(fmt::format("'{}'", l.name));
  errors.add(origin, fmt::format("unknown rating '{}': the ratings are {}", name, fmt::join(names, ", ")));
  return std::nullopt;
}

std::optional<std::size_t> given_standard(const rules::Rules& rules, std::string_view id,
                                          const std::vector<bool>* present, const util::Origin& origin,
                                          util::Diagnostics& errors) {
  const auto s = any_standard(rules, id);
  if (!s) {
    errors.add(origin, unknown_standard(rules, id));
    return std::nullopt;
  }
  const auto& def = rules.standards[*s];
  if (!def.casework() || !present) return s;
  std::vector<std::string> answered;
  for (auto q : def.key_questions)
    if (q < present->size() && (*present)[q]) answered.push_back(rules.questions[q].short_id);
  if (answered.empty()) return s;
  errors.add(origin, fmt::format("{} {} is rated from the cases, which answer its key questions ({}): change "
                                 "answers instead (--answer, --shift)",
                                 def.id, def.name, fmt::join(answered, ", ")));
  return std::nullopt;
}

// "4.1: not rated": only a standard the rules let be not rated by design can be expected so.
bool expect_not_rated(const rules::Rules& rules, model::Expectation& e, const util::Origin& origin,
                      util::Diagnostics& errors) {
  const auto& def = rules.standards[e.index];
  if (!def.may_be_not_rated()) {
    errors.add(origin, fmt::format("{} {} is never 'not rated' by design under {}: expect its rating, or, while an "
                                   "input is missing, the range still possible (e.g. 'Inadequate to Good')",
                                   def.id, def.name, rules.id));
    return false;
  }
  e.not_rated = true;
  return true;
}

std::optional<model::Expectation> expectation(const rules::Rules& rules, std::string_view key, std::string_view value,
                                              const util::Origin& key_origin, const util::Origin& value_origin,
                                              util::Diagnostics& errors) {
  using Kind = model::Expectation::Kind;
  model::Expectation e;
  e.key = std::string(key);
  e.where = key_origin.where;
  bool ok = false;
  if (util::iequals(key, "overall")) {
    e.kind = Kind::Overall;
    ok = rating_or_range(rules, value, e, key_origin, errors);
  } else if (util::iequals(key, "score")) {
    e.kind = Kind::Score;
    ok = score_or_range(rules, value, e, key_origin, errors);
  } else if (auto q = rules.find_question(key)) {
    e.kind = Kind::KeyQuestionCounts;
    ok = counts(rules, *q, value, e, value_origin, errors);
  } else if (auto s = any_standard(rules, key)) {
    e.kind = Kind::StandardRating;
    e.index = *s;
    ok = util::iequals(value, "not rated") ? expect_not_rated(rules, e, key_origin, errors)
                                           : rating_or_range(rules, value, e, key_origin, errors);
  } else {
    errors.add(key_origin, unknown_key(rules, key));
  }
  if (!ok) return std::nullopt;
  return e;
}

std::optional<model::Expectation> expectation_option(const rules::Rules& rules, std::string_view text,
                                                     util::Diagnostics& errors) {
  const util::Origin origin({}, fmt::format("--expect '{}'", text));
  const auto eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size()) {
    errors.add(origin, "write KEY=VALUE, e.g. overall=Inadequate");
    return std::nullopt;
  }
  return expectation(rules, text.substr(0, eq), text.substr(eq + 1), origin, origin, errors);
}

}  // namespace pdurate::readers
