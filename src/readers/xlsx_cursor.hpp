// The workbook reader's Cursor for CaseTable (readers/case_table.hpp): one sheet's rows from
// xlsx::SheetRows, places as FILE:Sheet!Cell. Rows are as wide as the header at least: a blank
// cell at the end of a row is not stored in the file, but is a blank field here, as in CSV.
#pragma once

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <string>

#include "pdurate/util/diagnostics.hpp"
#include "readers/xlsx/cell_ref.hpp"
#include "readers/xlsx/workbook.hpp"

namespace pdurate::readers {

// 'Case data'!D7 or Cases!D7: a sheet name as Excel writes it in a reference.
std::string sheet_reference(const std::string& sheet);

class XlsxCursor {
 public:
  XlsxCursor(const xlsx::Workbook& book, std::size_t sheet, std::string file)
      : book_(book), sheet_(sheet), file_(std::move(file)), reference_(sheet_reference(book.sheets()[sheet].name)),
        rows_(book.rows(sheet)) {}

  static constexpr bool kDelimited = false;
  static constexpr const char* kKind = "sheet";

  // Cells as CaseTable's decoder takes them: no fast path, each cell's size and first bytes.
  class Fields {
   public:
    explicit Fields(const XlsxCursor& c) : c_(c) {}
    static bool plain() { return false; }
    std::size_t size(std::size_t i) const { return c_.field(i).size(); }
    std::uint32_t head(std::size_t i) const {
      const auto f = c_.field(i);
      std::uint32_t h = 0;
      if (!f.empty()) std::memcpy(&h, f.data(), std::min<std::size_t>(f.size(), 4));  // a missing cell's view is null
      return h;
    }
    std::size_t plain_size(std::size_t i) const { return size(i); }
    std::uint32_t plain_head(std::size_t i) const { return head(i); }
    static const char* plain_text() { return nullptr; }
    static const std::size_t* plain_bounds() { return nullptr; }

   private:
    const XlsxCursor& c_;
  };

  bool next() { return rows_.next(); }
  std::size_t size() const { return std::max(rows_.size(), width_); }
  std::string_view field(std::size_t i) const { return i < rows_.size() ? rows_.cell(i) : std::string_view(); }
  Fields fields() const { return Fields(*this); }
  util::Location at(std::size_t i) const { return cell(rows_.row_number(), i); }
  util::Location at_row() const { return cell(rows_.row_number(), 0); }
  util::Location whole() const { return {file_, 0, 0, reference_}; }
  std::size_t row() const { return rows_.row_number(); }
  static std::string column_name(std::size_t i) { return "column " + xlsx::column_name(i); }
  static std::string row_name(std::size_t n) { return fmt::format("row {}", n); }
  void report_error(util::Diagnostics& errors) const {
    const auto& p = rows_.error();
    if (!p) return;
    errors.add(p->row == 0 ? whole() : cell(p->row, p->column == SIZE_MAX ? 0 : p->column), p->message);
  }
  void set_width(std::size_t width) { width_ = width; }
  void rewind() {
    rows_ = book_.rows(sheet_);
    paced_ = 0;
  }
  // How far the reading has gone, and the whole: bytes of the sheet's XML, inflated.
  std::size_t consumed() const { return static_cast<std::size_t>(rows_.consumed()); }
  std::size_t total() const { return static_cast<std::size_t>(rows_.declared()); }
  // At the first row and every 2 MB of XML (CsvCursor's pace), so that the progress line, which
  // goes with the sink's expect, starts and moves. No more rows than read are expected: the
  // declared size may be any number in a hostile file, and the sinks grow by themselves.
  template <class Expect>
  void pace(std::size_t rows, Expect expect) {
    if (rows != 1 && consumed() - paced_ < (std::size_t{2} << 20)) return;
    paced_ = consumed();
    expect(rows);
  }

 private:
  util::Location cell(std::size_t row, std::size_t column) const {
    return {file_, row, column + 1, reference_ + "!" + xlsx::cell_name(row, column)};
  }
  const xlsx::Workbook& book_;
  std::size_t sheet_;
  std::string file_;
  std::string reference_;
  xlsx::SheetRows rows_;
  std::size_t width_ = 0;
  std::size_t paced_ = 0;  // consumed() when pace() last called expect
};

}  // namespace pdurate::readers
