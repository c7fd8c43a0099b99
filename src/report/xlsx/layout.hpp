// The arithmetic of a workbook's layout, apart from libxlsxwriter so that it can be tested:
// column widths (libxlsxwriter 1.1.4 has no autofit, so pdu-rate computes them from what it
// writes), sheet names Excel accepts, and text cut to Excel's limits without splitting a
// character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pdurate::report::xlsx {

// Characters (UTF-8 code points) in `text`: what a column must be wide enough for.
std::size_t display_length(std::string_view text);

// `text` cut to at most `limit` characters (code points), never inside one.
std::string truncated(std::string_view text, std::size_t limit);

// The widest text seen in each column, and the width (in Excel's units, characters of the
// default font) that shows it: the longest text plus a margin, at least kMinWidth, and at
// most kMaxWidth (a longer text wraps, or runs into the empty cell beside it).
class ColumnWidths {
 public:
  static constexpr double kMinWidth = 6;
  static constexpr double kMaxWidth = 50;

  void see(std::size_t column, std::string_view text);
  void see_length(std::size_t column, std::size_t length);
  std::size_t columns() const { return longest_.size(); }
  // 0 for a column nothing was seen in: leave Excel's default.
  double width(std::size_t column) const;

 private:
  std::vector<std::size_t> longest_;
};

// Lines a wrapped text of `length` characters takes in a column `width` wide (at least 1).
// Neither Excel nor LibreOffice fits a row's height to wrapped text written by libxlsxwriter
// reliably, so the sheet sets it from this.
std::size_t wrapped_lines(std::size_t length, double width);

// A name Excel accepts for a new sheet: `wanted` with the characters Excel forbids ([]:*?/\)
// as '_', no leading or trailing apostrophe, at most 31 characters, never empty, and different
// (ignoring ASCII case, as Excel compares) from every name in `taken`: " (2)", " (3)", ... added
// when it is not.
std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken);

}  // namespace pdurate::report::xlsx
