// Which cell styles are dates or times: xl/styles.xml's cell formats (<cellXfs>), each with a
// number format, built in (by id) or custom (<numFmts>, by its format code). A cell's `s=`
// attribute indexes the cell formats; a style that the workbook does not have is General.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/cell_text.hpp"
#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/zip_archive.hpp"

namespace pdurate::readers::xlsx {

// At most this many cell formats and custom number formats (Excel allows 64,000): more is an
// error rather than memory.
inline constexpr std::size_t kMaxCellFormats = std::size_t{1} << 20;

// Built-in formats 14-22 and 45-47 are dates and times; the rest are not.
NumberKind builtin_format_kind(std::uint32_t id);
// A custom format code's kind: a date if it has d or y (or m, with no h or s: a month), a time
// if it has h, s, or m beside them, a duration if it has [h], [m] or [s]. Text in quotes, in
// other brackets ("[Red]", "[$-409]") and after \, _ or * is not format.
NumberKind format_kind(std::string_view code);

class CellStyles {
 public:
  // A workbook without xl/styles.xml: every style is General.
  CellStyles() = default;
  static std::optional<CellStyles> read(const ZipArchive& archive, const std::string& part, Problem& problem);
  NumberKind kind(std::size_t style) const { return style < kinds_.size() ? kinds_[style] : NumberKind::Number; }

 private:
  std::vector<NumberKind> kinds_;  // one a cell format
};

}  // namespace pdurate::readers::xlsx
