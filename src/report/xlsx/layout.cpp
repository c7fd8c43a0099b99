#include "report/xlsx/layout.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/util/ascii.hpp"

namespace pdurate::report::xlsx {
namespace {

constexpr std::size_t kSheetNameMax = 31;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool taken_name(const std::string& name, const std::vector<std::string>& taken) {
  return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return util::iequals(t, name); });
}

}  // namespace

std::size_t display_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !continuation(c); }));
}

std::string truncated(std::string_view text, std::size_t limit) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (continuation(text[i])) continue;
    if (seen++ == limit) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

void ColumnWidths::see(std::size_t column, std::string_view text) { see_length(column, display_length(text)); }

void ColumnWidths::see_length(std::size_t column, std::size_t length) {
  if (column >= longest_.size()) longest_.resize(column + 1, 0);
  longest_[column] = std::max(longest_[column], length);
}

double ColumnWidths::width(std::size_t column) const {
  if (column >= longest_.size() || longest_[column] == 0) return 0;
  // Two characters of margin: the filter button of a table's header, and air.
  return std::clamp(static_cast<double>(longest_[column]) + 2, kMinWidth, kMaxWidth);
}

std::size_t wrapped_lines(std::size_t length, double width) {
  // A character less than the width: the cell's padding, and words that do not fill a line.
  const auto per_line = static_cast<std::size_t>(std::max(1.0, width - 1));
  return std::max<std::size_t>(1, (length + per_line - 1) / per_line);
}

std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  std::string name;
  for (char c : wanted) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  while (!name.empty() && name.front() == '\'') name.erase(0, 1);
  name = truncated(name, kSheetNameMax);
  while (!name.empty() && name.back() == '\'') name.pop_back();
  if (name.empty()) name = "Sheet";
  if (!taken_name(name, taken)) return name;
  for (std::size_t n = 2;; ++n) {
    const std::string suffix = fmt::format(" ({})", n);
    std::string numbered = truncated(name, kSheetNameMax - suffix.size()) + suffix;
    if (!taken_name(numbered, taken)) return numbered;
  }
}

}  // namespace pdurate::report::xlsx
