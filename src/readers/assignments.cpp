#include "pdurate/readers/assignments.hpp"

#include <charconv>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/ascii.hpp"

namespace pdurate::readers {
namespace {

std::optional<std::size_t> whole_number(std::string_view text) {
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<std::size_t> any_standard(const rules::Rules& rules, std::string_view id) {
  if (auto s = rules.find_standard(id)) return s;
  if (!id.empty() && id[0] != 'P' && id[0] != 'p') return rules.find_standard("P" + std::string(id));
  return std::nullopt;
}

std::string unknown_standard(const rules::Rules& rules, std::string_view id, bool organisational_only) {
  std::vector<std::string> ids;
  for (const auto& s : rules.standards)
    if (!organisational_only || !s.casework()) ids.push_back(s.id);
  std::string message = fmt::format("unknown standard '{}'", id);
  if (auto guess = rules::did_you_mean(id, ids)) message += fmt::format("; did you mean {}?", *guess);
  else message += fmt::format(" (the standards are {})", fmt::join(ids, ", "));
  return message;
}

// Every way of reading text as "LOW to HIGH" (" to " in any case, spaces around the halves
// ignored), first split first. A rating name could itself contain " to ", so callers try each.
std::vector<std::pair<std::string_view, std::string_view>> range_splits(std::string_view text) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  const std::string lower = ascii_lowercase(text);
  for (auto pos = lower.find(" to "); pos != std::string::npos; pos = lower.find(" to ", pos + 1)) {
    auto low = text.substr(0, pos);
    auto high = text.substr(pos + 4);
    while (!low.empty() && low.back() == ' ') low.remove_suffix(1);
    while (!high.empty() && high.front() == ' ') high.remove_prefix(1);
    out.emplace_back(low, high);
  }
  return out;
}

// A rating, or a range of ratings "LOW to HIGH" (then e.range is set). The message for a value
// that is neither is rating_named()'s, so a plain typo reads as before.
bool rating_or_range(const rules::Rules& rules, std::string_view value, model::Expectation& e, std::string& error) {
  if (auto level = rules.find_rating(value)) {
    e.level = *level;
    return true;
  }
  for (auto [low, high] : range_splits(value)) {
    auto a = rules.find_rating(low);
    auto b = rules.find_rating(high);
    if (!a || !b) continue;
    if (*a >= *b) {
      error = *a == *b ? fmt::format("'{}' is not a range: write a known rating alone ('{}')", value, rules.rating_name(*a))
                       : fmt::format("write the range '{}' lowest first: '{} to {}'", value, rules.rating_name(*b),
                                     rules.rating_name(*a));
      return false;
    }
    e.range = true;
    e.level = *a;
    e.level_highest = *b;
    return true;
  }
  return rating_named(rules, value, error).has_value();
}

// "LOW to HIGH" scores (then e.range is set); nullopt when the value has no " to ".
std::optional<bool> score_range(const rules::Rules& rules, std::string_view value, model::Expectation& e,
                                std::string& error) {
  const auto splits = range_splits(value);
  if (splits.empty()) return std::nullopt;
  const std::size_t max = static_cast<std::size_t>(rules.max_score());
  auto low = whole_number(splits[0].first);
  auto high = whole_number(splits[0].second);
  if (splits.size() != 1 || !low || !high || *low >= *high || *high > max) {
    error = fmt::format("a score range is two whole numbers from 0 to {}, lowest first, e.g. '0 to 9', not '{}'", max,
                        value);
    return false;
  }
  e.range = true;
  e.score = static_cast<int>(*low);
  e.score_highest = static_cast<int>(*high);
  return true;
}

}  // namespace

std::optional<rules::Level> rating_named(const rules::Rules& rules, std::string_view name, std::string& error) {
  if (auto level = rules.find_rating(name)) return level;
  std::vector<std::string> names;
  for (const auto& l : rules.scale) names.push_back(fmt::format("'{}'", l.name));
  error = fmt::format("unknown rating '{}': the ratings are {}", name, fmt::join(names, ", "));
  return std::nullopt;
}

std::optional<std::size_t> organisational_standard(const rules::Rules& rules, std::string_view id,
                                                   std::string& error) {
  auto s = any_standard(rules, id);
  if (!s) {
    error = unknown_standard(rules, id, true);
    return std::nullopt;
  }
  if (rules.standards[*s].casework()) {
    error = fmt::format("{} {} is rated from the cases, not by the inspectors: change answers instead", rules.standards[*s].id,
                        rules.standards[*s].name);
    return std::nullopt;
  }
  return s;
}

std::optional<model::Expectation> expectation(const rules::Rules& rules, std::string_view key,
                                              std::string_view value, const Location& where, std::string& error) {
  model::Expectation e;
  e.key = std::string(key);
  e.where = where;
  if (iequals(key, "overall")) {
    if (!rating_or_range(rules, value, e, error)) return std::nullopt;
    e.kind = model::Expectation::Kind::Overall;
    return e;
  }
  if (iequals(key, "score")) {
    e.kind = model::Expectation::Kind::Score;
    if (auto ok = score_range(rules, value, e, error)) return *ok ? std::optional(e) : std::nullopt;
    auto score = whole_number(value);
    if (!score || *score > static_cast<std::size_t>(rules.max_score())) {
      error = fmt::format("score must be a whole number from 0 to {}, not '{}'", rules.max_score(), value);
      return std::nullopt;
    }
    e.kind = model::Expectation::Kind::Score;
    e.score = static_cast<int>(*score);
    return e;
  }
  if (auto q = rules.find_question(key)) {
    const auto slash = value.find('/');
    auto yes = whole_number(value.substr(0, slash));
    auto relevant = slash == std::string_view::npos ? std::nullopt : whole_number(value.substr(slash + 1));
    if (!yes || !relevant || *yes > *relevant) {
      error = fmt::format("expected counts for {} are written YES/RELEVANT, e.g. 15/79, not '{}'",
                          rules.questions[*q].short_id, value);
      return std::nullopt;
    }
    e.kind = model::Expectation::Kind::KeyQuestionCounts;
    e.index = *q;
    e.yes = yes;
    e.relevant = relevant;
    return e;
  }
  if (auto s = any_standard(rules, key)) {
    if (!rating_or_range(rules, value, e, error)) return std::nullopt;
    e.kind = model::Expectation::Kind::StandardRating;
    e.index = *s;
    return e;
  }
  std::vector<std::string> keys{"overall", "score"};
  for (const auto& s : rules.standards) keys.push_back(s.id);
  for (const auto& q : rules.questions) keys.push_back(q.id);
  error = fmt::format("cannot expect '{}'", key);
  if (auto guess = rules::did_you_mean(key, keys)) error += fmt::format("; did you mean '{}'?", *guess);
  error += " (expect overall, score, a standard such as P2.1, or a key question such as P2.1.3)";
  return std::nullopt;
}

}  // namespace pdurate::readers
