#include "pdurate/rules/rules.hpp"

#include <algorithm>
#include <cctype>

#include "pdurate/util/ascii.hpp"

namespace pdurate::rules {

std::string_view to_string(Comparison c) { return c == Comparison::Exact ? "exact" : "rounded"; }

std::optional<std::size_t> Rules::find_standard(std::string_view wanted) const {
  for (std::size_t i = 0; i < standards.size(); ++i)
    if (util::iequals(standards[i].id, wanted)) return i;
  return std::nullopt;
}

std::string_view short_form(std::string_view id) {
  return !id.empty() && (id[0] == 'P' || id[0] == 'p') ? id.substr(1) : id;
}

std::optional<std::size_t> Rules::find_standard_loosely(std::string_view wanted) const {
  if (auto s = find_standard(wanted)) return s;
  for (std::size_t i = 0; i < standards.size(); ++i)
    if (util::iequals(short_form(standards[i].id), short_form(wanted))) return i;
  return std::nullopt;
}

namespace {

// The first item whose id, short id or alias is `wanted` (any case).
template <class Item>
std::optional<std::size_t> find_named(const std::vector<Item>& items, std::string_view wanted) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    if (util::iequals(item.id, wanted) || util::iequals(item.short_id, wanted)) return i;
    for (const auto& alias : item.aliases)
      if (util::iequals(alias, wanted)) return i;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> Rules::find_question(std::string_view wanted) const { return find_named(questions, wanted); }

std::optional<std::size_t> Rules::find_finding(std::string_view wanted) const { return find_named(findings, wanted); }

std::optional<Level> Rules::find_rating(std::string_view wanted) const {
  for (Level i = 0; i < scale.size(); ++i)
    if (util::iequals(scale[i].name, wanted)) return i;
  return std::nullopt;
}

int Rules::max_score() const {
  const auto scored = std::count_if(standards.begin(), standards.end(), [](const Standard& s) { return s.scored; });
  return points(top()) * static_cast<int>(scored);
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
}  // namespace pdurate::rules
