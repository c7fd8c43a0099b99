#include "pdurate/rules/rules.hpp"

#include <algorithm>
#include <cctype>

#include "pdurate/ascii.hpp"

namespace pdurate::rules {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]) ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string_view to_string(Comparison c) { return c == Comparison::Exact ? "exact" : "rounded"; }

std::optional<std::size_t> Rules::find_standard(std::string_view wanted) const {
  for (std::size_t i = 0; i < standards.size(); ++i)
    if (iequals(standards[i].id, wanted)) return i;
  return std::nullopt;
}

std::optional<std::size_t> Rules::find_question(std::string_view wanted) const {
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    if (iequals(q.id, wanted) || iequals(q.short_id, wanted)) return i;
    for (const auto& alias : q.aliases)
      if (iequals(alias, wanted)) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Rules::find_finding(std::string_view wanted) const {
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& f = findings[i];
    if (iequals(f.id, wanted) || iequals(f.short_id, wanted)) return i;
    for (const auto& alias : f.aliases)
      if (iequals(alias, wanted)) return i;
  }
  return std::nullopt;
}

std::optional<Level> Rules::find_rating(std::string_view wanted) const {
  for (Level i = 0; i < scale.size(); ++i)
    if (iequals(scale[i].name, wanted)) return i;
  return std::nullopt;
}

int Rules::max_score() const { return points(top()) * static_cast<int>(standards.size()); }

Level Rules::band(std::size_t yes, std::size_t relevant, Comparison how) const {
  Level result = bands.front().rating;
  for (const auto& b : bands) {
    const auto min = static_cast<std::size_t>(b.min_percent);
    const bool reached = how == Comparison::Exact
                             ? 100 * yes >= min * relevant
                             // round(100*yes/relevant) half-up == floor((200*yes + relevant) / (2*relevant))
                             : (200 * yes + relevant) / (2 * relevant) >= min;
    if (reached) result = b.rating;
  }
  return result;
}

std::optional<std::size_t> Rules::min_yes(std::size_t relevant, Level level, Comparison how) const {
  // The lowest band at or above `level` decides (bands ascend); a level with no band of its own
  // is reached by the next band up.
  for (const auto& b : bands) {
    if (b.rating < level) continue;
    const auto min = static_cast<std::size_t>(b.min_percent);
    // exact:   100 * yes >= min * relevant
    // rounded: (200 * yes + relevant) / (2 * relevant) >= min  <=>  200 * yes >= relevant * (2 * min - 1)
    const std::size_t need = how == Comparison::Exact
                                 ? (min * relevant + 99) / 100
                                 : (min == 0 ? 0 : (relevant * (2 * min - 1) + 199) / 200);
    if (need <= relevant) return need;
    return std::nullopt;
  }
  return std::nullopt;
}

Level Rules::overall(int score) const {
  for (const auto& b : score_bands)
    if (score >= b.min && score <= b.max) return b.rating;
  return score < score_bands.front().min ? score_bands.front().rating : score_bands.back().rating;
}

int Rules::threshold(Level level) const {
  for (const auto& b : bands)
    if (b.rating == level) return b.min_percent;
  return 0;
}

bool looks_like_id(std::string_view t) {
  // [Pp]? digits ( . digits )+
  std::size_t i = 0;
  if (i < t.size() && (t[i] == 'P' || t[i] == 'p')) ++i;
  int groups = 0;
  while (i < t.size()) {
    const std::size_t start = i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i == start) return false;
    ++groups;
    if (i == t.size()) break;
    if (t[i] != '.') return false;
    ++i;
    if (i == t.size()) return false;
  }
  return groups >= 2;
}

bool looks_like_finding_id(std::string_view t) {
  if (t.size() > 2 && (t[0] == 'F' || t[0] == 'f') && t[1] == '.') {
    for (char c : t.substr(2))
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
  }
  // A key-question-shaped id, ".", letters.
  const auto dot = t.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == t.size()) return false;
  for (char c : t.substr(dot + 1))
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return looks_like_id(t.substr(0, dot));
}

std::optional<std::string> did_you_mean(std::string_view text, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, text.size() / 3) + 1;
  for (const auto& c : candidates) {
    const auto d = edit_distance(text, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace pdurate::rules
