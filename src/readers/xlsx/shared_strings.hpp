// The shared strings table (xl/sharedStrings.xml), which cells of type `t="s"` index: each
// item's text, rich-text runs (<r><t>) joined, phonetic guides (<rPh>) left out. The text is
// held in one buffer, each string's place in another, within Limits::shared_string_bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/zip_archive.hpp"

namespace pdurate::readers::xlsx {

class SharedStrings {
 public:
  // A workbook without shared strings (openpyxl writes inline strings).
  SharedStrings() = default;
  // Each string is within Limits::cell_bytes, and the table within shared_string_bytes.
  static std::optional<SharedStrings> read(const ZipArchive& archive, const std::string& part, const Limits& limits,
                                           Problem& problem);
  std::size_t size() const { return ends_.size(); }
  // Valid while the table lives (the text is never moved after it is read).
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return {text_.data() + begin, ends_[i] - begin};
  }

 private:
  friend class SharedStringsHandler;
  std::string text_;
  std::vector<std::size_t> ends_;  // where each string ends in text_
};

}  // namespace pdurate::readers::xlsx
