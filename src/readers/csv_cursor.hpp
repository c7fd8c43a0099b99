// The CSV reader's Cursor for CaseTable (readers/case_table.hpp): records from CsvParser,
// places as line:column in the file.
#pragma once

#include <algorithm>
#include <fmt/format.h>
#include <string>

#include "pdurate/readers/source_text.hpp"
#include "pdurate/util/diagnostics.hpp"
#include "readers/csv_parser.hpp"

namespace pdurate::readers {

class CsvCursor {
 public:
  // `text` is the source's text, or a conversion of it with the same lines (readers/case_csv).
  CsvCursor(const SourceText& source, std::string_view text, char delimiter)
      : source_(source), text_(text), delimiter_(delimiter), csv_(text, delimiter),
        mapped_(text.data() == source.text().data()) {}

  static constexpr bool kDelimited = true;
  static constexpr const char* kKind = "file";

  bool next() { return csv_.next(); }
  std::size_t size() const { return csv_.size(); }
  std::string_view field(std::size_t i) const { return csv_.field(i); }
  CsvParser::Fields fields() const { return csv_.fields(); }
  util::Location at(std::size_t i) const { return where(i < csv_.size() ? csv_.field_offset(i) : csv_.record_end()); }
  util::Location at_row() const { return {source_.name(), csv_.line(), 1}; }
  util::Location whole() const { return {source_.name(), 0, 0}; }
  std::size_t row() const { return csv_.line(); }
  static std::string column_name(std::size_t i) { return fmt::format("column {}", i + 1); }
  static std::string row_name(std::size_t n) { return fmt::format("line {}", n); }
  const char* delimiter_name() const { return delimiter_ == ';' ? "semicolon" : delimiter_ == '\t' ? "tab" : "comma"; }
  void report_error(util::Diagnostics& errors) const {
    if (const auto& e = csv_.error()) errors.add(where(e->offset), e->message);
  }
  void set_width(std::size_t) { header_end_ = released_ = csv_.consumed(); }
  void rewind() { csv_ = CsvParser(text_, delimiter_); }

  // How far the reading has gone, and the whole: bytes of the text.
  std::size_t consumed() const { return csv_.consumed(); }
  std::size_t total() const { return text_.size(); }
  // Sizes the sink for the rows expected, and lets the pages already read leave memory.
  template <class Expect>
  void pace(std::size_t rows, Expect expect) {
    const std::size_t size = text_.size();
    if (rows == 1000) {  // as many rows as the first thousand's average length says
      const std::size_t length = std::max<std::size_t>((csv_.consumed() - header_end_) / rows, 1);
      expect((size - header_end_) / length);
    }
    // Bulk input: drop the pages already read from memory, so resident memory stays flat; and
    // estimate the rows again from all read so far, in case the first thousand misled.
    if (csv_.consumed() - released_ >= (std::size_t{2} << 20)) {
      if (mapped_) source_.release_before(csv_.consumed());
      released_ = csv_.consumed();
      if (rows >= 1000) expect(rows + (size - released_) * rows / (released_ - header_end_));
    }
  }

 private:
  util::Location where(std::size_t offset) const {
    const auto p = csv_.position(offset);
    return {source_.name(), p.line, p.column};
  }
  const SourceText& source_;
  std::string_view text_;
  char delimiter_;
  CsvParser csv_;
  bool mapped_;  // text_ is the source's own text (not a conversion), so its pages can be released
  std::size_t header_end_ = 0, released_ = 0;
};

}  // namespace pdurate::readers
