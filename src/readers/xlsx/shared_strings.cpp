#include "readers/xlsx/shared_strings.hpp"

#include <fmt/format.h>

#include "readers/xlsx/cell_text.hpp"
#include "readers/xlsx/xml_stream.hpp"

namespace pdurate::readers::xlsx {

// <sst><si> holds a <t>, or runs <r> each with a <t>; anything else in it (<rPh>, <rPr>,
// <phoneticPr>) is skipped with all it holds.
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& table, std::string part, const Limits& limits)
      : table_(table), part_(std::move(part)), limits_(limits) {}

  void start(std::string_view name, const char* const*) override {
    if (skip_ > 0 || state_ == Text) return void(++skip_);
    if (state_ == Outside && name == "si") {
      state_ = Item;
      item_start_ = table_.text_.size();
    } else if (state_ != Outside && name == "t") {
      text_in_ = state_;
      state_ = Text;
    } else if (state_ == Item && name == "r") {
      state_ = Run;
    } else if (state_ != Outside) {
      ++skip_;
    }
  }
  void end(std::string_view) override {
    if (skip_ > 0) return void(--skip_);
    if (state_ == Text) state_ = text_in_;
    else if (state_ == Run) state_ = Item;
    else if (state_ == Item) end_item();
  }
  void text(std::string_view text) override {
    if (state_ != Text || skip_ > 0) return;
    std::string& all = table_.text_;
    if (all.size() - item_start_ + text.size() > limits_.cell_bytes)
      return fail({0, SIZE_MAX, fmt::format("{} has a string of more than {} (string {}), more than any cell of a "
                                            "case sheet holds: is it the right workbook?", part_,
                                            byte_count(limits_.cell_bytes), table_.ends_.size() + 1)});
    // Each string's place counts too: a table of millions of empty strings is not free.
    if (all.size() + text.size() + 8 * (table_.ends_.size() + 1) > limits_.shared_string_bytes) return too_much();
    all.append(text);
  }

 private:
  enum State { Outside, Item, Run, Text };
  void end_item() {
    state_ = Outside;
    unescape_xstring(table_.text_, item_start_);
    if (table_.text_.size() + 8 * (table_.ends_.size() + 1) > limits_.shared_string_bytes) return too_much();
    table_.ends_.push_back(table_.text_.size());
  }
  void too_much() {
    fail({0, SIZE_MAX, fmt::format("{} holds more than {} of text: is it a zip bomb? If the workbook is real, save "
                                   "its sheet as CSV", part_, byte_count(limits_.shared_string_bytes))});
  }
  SharedStrings& table_;
  std::string part_;
  const Limits& limits_;
  State state_ = Outside, text_in_ = Outside;
  std::size_t skip_ = 0;        // depth inside elements skipped
  std::size_t item_start_ = 0;  // where the current item's text starts
};

std::optional<SharedStrings> SharedStrings::read(const ZipArchive& archive, const std::string& part,
                                                 const Limits& limits, Problem& problem) {
  SharedStrings table;
  SharedStringsHandler handler(table, part, limits);
  if (!parse_part(archive, part, handler, problem)) return std::nullopt;
  table.text_.shrink_to_fit();
  table.ends_.shrink_to_fit();
  return table;
}

}  // namespace pdurate::readers::xlsx
