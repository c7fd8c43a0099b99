#include "readers/xlsx/cell_ref.hpp"

#include <algorithm>

namespace pdurate::readers::xlsx {

std::string column_name(std::size_t column) {
  // Bijective base 26: A..Z, then AA; each letter is 1..26, so subtract one before dividing.
  std::string name;
  std::size_t n = column;
  for (;;) {
    name.push_back(static_cast<char>('A' + n % 26));
    if (n < 26) break;
    n = n / 26 - 1;
  }
  std::reverse(name.begin(), name.end());
  return name;
}

std::string cell_name(std::size_t row, std::size_t column) {
  return column_name(column) + std::to_string(row);
}

std::optional<std::size_t> parse_row_number(std::string_view text) {
  if (text.empty() || text[0] == '0') return std::nullopt;
  std::size_t row = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    if (row <= kExcelRows) row = row * 10 + static_cast<std::size_t>(c - '0');  // no overflow: stops growing past the grid
  }
  return std::min(row, kExcelRows + 1);
}

std::optional<CellRef> parse_cell_ref(std::string_view text) {
  std::size_t letters = 0, column = 0;
  for (; letters < text.size(); ++letters) {
    char c = text[letters];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    column = std::min(column * 26 + static_cast<std::size_t>(c - 'A' + 1), kExcelColumns + 1);
  }
  if (letters == 0) return std::nullopt;
  const auto row = parse_row_number(text.substr(letters));
  if (!row) return std::nullopt;
  return CellRef{*row, column - 1};
}

}  // namespace pdurate::readers::xlsx
