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
    auto level = rating_named(rules, value, error);
    if (!level) return std::nullopt;
    e.kind = model::Expectation::Kind::Overall;
    e.level = *level;
    return e;
  }
  if (iequals(key, "score")) {
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
    auto level = rating_named(rules, value, error);
    if (!level) return std::nullopt;
    e.kind = model::Expectation::Kind::StandardRating;
    e.index = *s;
    e.level = *level;
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
