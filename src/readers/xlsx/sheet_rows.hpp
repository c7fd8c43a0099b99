// The row cursor over one sheet: the sheet's XML streams out of the zip and is parsed as the
// rows are asked for, so memory is one chunk of XML and one row, whatever the sheet's size.
//
// A row's cells are the text a person sees in Excel (cell_text.hpp): shared strings (the
// table's text, not copied), inline strings, a formula's saved value (never its formula; a
// formula with no saved value is a problem), TRUE/FALSE, error values as stored ("#N/A"),
// numbers in General form or, under a date or time format, in ISO form. Text is as stored,
// spaces included. Cells without `r=` follow the cell before; rows without it, the row before.
//
// Problems: a formula without a saved value, a shared string index out of range, a number
// that is not one, a non-empty cell past Limits::columns, a cell longer than
// Limits::cell_bytes, rows or cells out of order or past Excel's grid, and any problem of the
// part (not well-formed, a DOCTYPE, past Limits::part_bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "readers/xlsx/limits.hpp"

namespace pdurate::readers::xlsx {

struct WorkbookData;

class SheetRows {
 public:
  ~SheetRows();
  SheetRows(SheetRows&&) noexcept;
  SheetRows& operator=(SheetRows&&) noexcept;

  // Advances to the next row that has at least one non-empty cell (rows missing from the XML or
  // holding only empty/styled cells are skipped; row_number() says where a row is). Returns false
  // at the end of the sheet or on a problem (then error() is set).
  bool next();
  std::size_t row_number() const;                     // 1-based, as Excel shows it
  std::size_t size() const;                           // one past the last non-empty cell's 0-based column
  std::string_view cell(std::size_t column) const;    // column < size(); "" for a blank or missing cell
  const std::optional<Problem>& error() const;
  // The sheet's XML inflated so far, and its size as the zip directory declares it (at least
  // what was inflated): how far the reading has gone, for progress.
  std::uint64_t consumed() const;
  std::uint64_t declared() const;
  // A cursor moved from has no rows (size() 0, next() false) and no problem.

 private:
  friend class Workbook;
  // Reads `part` of the workbook.
  SheetRows(std::shared_ptr<const WorkbookData> data, const std::string& part);
  // A cursor with no rows that reports `problem`.
  explicit SheetRows(Problem problem);
  class Reader;
  std::unique_ptr<Reader> reader_;
};

}  // namespace pdurate::readers::xlsx
