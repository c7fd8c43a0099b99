// A workbook being written with libxlsxwriter, in C++ terms: sheets that remember how wide
// their columns must be, the few cell styles pdu-rate uses, and the finished file's bytes.
// libxlsxwriter 1.1.4 writes only to a named file (no memory buffer), so the workbook is made
// in a private temporary directory and read back; every file is removed however it ends.
// Failure to make it (no room, an unwritable TMPDIR) throws report::Error.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/xlsx/layout.hpp"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace pdurate::report::xlsx {

enum class Style {
  Plain,
  Title,     // a sheet's title: large and bold; not counted in column widths
  Subtitle,  // a line under it; not counted in column widths
  Header,    // a table's headings: bold, filled, bottom border
  Bold,
  Integer,   // counts
  Percent,   // a fraction shown as 45.6%
  Wrap,      // long text, wrapped at the column's width
  Decimal,   // a coefficient shown with two decimals, 0.58
  Count,     // the number of styles
};

class Workbook;

class Sheet {
 public:
  Sheet(Workbook& book, lxw_worksheet* sheet, std::string name) : book_(book), sheet_(sheet), name_(std::move(name)) {}

  void text(std::size_t row, std::size_t col, std::string_view text, Style style = Style::Plain);
  void number(std::size_t row, std::size_t col, double value, Style style = Style::Integer);
  void count(std::size_t row, std::size_t col, std::size_t value) { number(row, col, static_cast<double>(value)); }
  // A fraction (0.456) shown as a percentage with one decimal; nothing when there is none.
  void fraction(std::size_t row, std::size_t col, std::optional<double> value);
  // Headings in `row`, from column 0.
  void header(std::size_t row, const std::vector<std::string>& headings);
  // An Excel table named `name` (banded, with a filter button on each heading) over `headings`
  // in row 0 and the `rows` rows below; nothing when there are no rows (a table needs one).
  void table(std::string_view name, const std::vector<std::string>& headings, std::size_t rows);
  // Keeps the first `rows` rows and `cols` columns in view when scrolling, and repeats the
  // last of those rows (the headings) on every printed page.
  void freeze(std::size_t rows, std::size_t cols = 0);
  // Counts `length` characters towards the width of `col` (text written by other means).
  void widen(std::size_t col, std::size_t length) { widths_.see_length(col, length); }
  // Sets every column's width from what was written, and the height of rows with wrapped text
  // (Workbook::bytes calls it).
  void set_widths();

  lxw_worksheet* raw() const { return sheet_; }
  const std::string& name() const { return name_; }
  Workbook& book() const { return book_; }

 private:
  Workbook& book_;
  lxw_worksheet* sheet_;
  std::string name_;
  ColumnWidths widths_;
  struct WrappedCell {
    std::size_t row, col, length;
  };
  std::vector<WrappedCell> wrapped_;  // rows are made tall enough for them once the widths are known
};

class Workbook {
 public:
  Workbook();
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // A new sheet, named as close to `name` as Excel allows (layout.hpp's sheet_name).
  Sheet& add_sheet(std::string_view name);
  // The document's title and subject (File > Properties).
  void properties(const std::string& title, const std::string& subject);
  lxw_format* format(Style style) const { return formats_[static_cast<std::size_t>(style)]; }
  lxw_workbook* raw() const { return book_; }

  // Closes the workbook and returns the file's bytes. Call once.
  std::string bytes();

 private:
  void make_formats();
  void remove_files() noexcept;

  std::filesystem::path dir_;
  std::filesystem::path file_;
  lxw_workbook* book_ = nullptr;
  std::array<lxw_format*, static_cast<std::size_t>(Style::Count)> formats_{};
  std::deque<Sheet> sheets_;
  std::vector<std::string> names_;
};

}  // namespace pdurate::report::xlsx
