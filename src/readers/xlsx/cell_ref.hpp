// Cell and column names as Excel shows them ("D7", "AA"), and reading them from a sheet's
// `r=` attributes. Rows are 1-based, columns 0-based (column 0 is "A").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pdurate::readers::xlsx {

// Excel's grid: rows 1 to 1,048,576, columns A to XFD.
inline constexpr std::size_t kExcelRows = 1'048'576;
inline constexpr std::size_t kExcelColumns = 16'384;

// "A", "Z", "AA", ... for a 0-based column; "D7" for (row 7, column 3).
std::string column_name(std::size_t column);
std::string cell_name(std::size_t row, std::size_t column);

struct CellRef {
  std::size_t row = 0;
  std::size_t column = 0;
};

// A row number as in <row r="7">: 1 or more; nullopt for anything else. Numbers past Excel's
// last row are returned as kExcelRows + 1 (so that any length of digits is read in bounded time
// without overflow), for the caller to report.
std::optional<std::size_t> parse_row_number(std::string_view text);
// A cell reference as in <c r="D7">: letters then a row number (lower-case letters are taken
// too). A column past XFD is returned as kExcelColumns, a row past Excel's as kExcelRows + 1.
std::optional<CellRef> parse_cell_ref(std::string_view text);

}  // namespace pdurate::readers::xlsx
