#include "readers/xlsx/styles.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <utility>

#include "readers/xlsx/xml_stream.hpp"

namespace pdurate::readers::xlsx {
namespace {

std::uint32_t parse_id(std::optional<std::string_view> text) {
  std::uint32_t id = 0;
  if (!text) return 0;
  for (const char c : *text) {
    if (c < '0' || c > '9' || id > 100'000'000) return UINT32_MAX;
    id = id * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return id;
}

// Reads the custom number formats and each cell format's number format.
class StylesHandler : public XmlHandler {
 public:
  explicit StylesHandler(std::string part) : part_(std::move(part)) {}
  void start(std::string_view name, const char* const* attributes) override {
    ++depth_;
    if (name == "numFmts") in_formats_ = depth_;
    else if (name == "cellXfs") in_cell_formats_ = depth_;
    else if (name == "numFmt" && in_formats_ && depth_ == in_formats_ + 1)
      add(custom_, {parse_id(attribute(attributes, "numFmtId")), format_kind(attribute(attributes, "formatCode").value_or(""))});
    else if (name == "xf" && in_cell_formats_ && depth_ == in_cell_formats_ + 1)
      add(cell_formats_, parse_id(attribute(attributes, "numFmtId")));
  }
  void end(std::string_view) override {
    if (depth_ == in_formats_) in_formats_ = 0;
    if (depth_ == in_cell_formats_) in_cell_formats_ = 0;
    --depth_;
  }
  void text(std::string_view) override {}

  std::vector<NumberKind> kinds() {
    // A custom format may redefine a built-in id; the first definition of an id counts.
    std::stable_sort(custom_.begin(), custom_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<NumberKind> kinds;
    kinds.reserve(cell_formats_.size());
    for (const std::uint32_t id : cell_formats_) {
      const auto found = std::lower_bound(custom_.begin(), custom_.end(), id, [](const auto& f, std::uint32_t i) { return f.first < i; });
      kinds.push_back(found != custom_.end() && found->first == id ? found->second : builtin_format_kind(id));
    }
    return kinds;
  }

 private:
  template <class T>
  void add(std::vector<T>& list, T item) {
    if (list.size() < kMaxCellFormats) return list.push_back(std::move(item));
    fail({0, SIZE_MAX, fmt::format("{} has more than {} formats: {}", part_, kMaxCellFormats, kDamaged)});
  }
  std::string part_;
  std::size_t depth_ = 0, in_formats_ = 0, in_cell_formats_ = 0;  // 0: not inside; else its depth
  std::vector<std::pair<std::uint32_t, NumberKind>> custom_;
  std::vector<std::uint32_t> cell_formats_;
};

}  // namespace

NumberKind builtin_format_kind(std::uint32_t id) {
  if ((id >= 14 && id <= 17) || id == 22) return NumberKind::Date;
  if ((id >= 18 && id <= 21) || id == 45 || id == 47) return NumberKind::Time;
  if (id == 46) return NumberKind::Duration;
  return NumberKind::Number;
}

namespace {

// The bracketed text at code[at] ("[h]", "[Red]"): whether it is an elapsed-time token. Moves
// `at` to the closing bracket (or the end).
bool elapsed_token(std::string_view code, std::size_t& at) {
  const std::size_t close = code.find(']', at);
  const std::string_view inside = code.substr(at + 1, close == std::string_view::npos ? close : close - at - 1);
  at = close == std::string_view::npos ? code.size() : close;
  return !inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos;
}

}  // namespace

NumberKind format_kind(std::string_view code) {
  bool date = false, time = false, month = false, elapsed = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    switch (code[i]) {
      case '"': i = std::min(code.find('"', i + 1), code.size()); break;
      case '\\': case '_': case '*': ++i; break;
      case '[': elapsed = elapsed_token(code, i) || elapsed; break;
      case 'd': case 'D': case 'y': case 'Y': date = true; break;
      case 'h': case 'H': case 's': case 'S': time = true; break;
      case 'm': case 'M': month = true; break;
      default: break;
    }
  }
  // An m beside h or s is minutes; alone, a month.
  if (date || (month && !time && !elapsed)) return NumberKind::Date;
  if (elapsed) return NumberKind::Duration;
  return time ? NumberKind::Time : NumberKind::Number;
}

std::optional<CellStyles> CellStyles::read(const ZipArchive& archive, const std::string& part, Problem& problem) {
  StylesHandler handler(part);
  if (!parse_part(archive, part, handler, problem)) return std::nullopt;
  CellStyles styles;
  styles.kinds_ = handler.kinds();
  return styles;
}

}  // namespace pdurate::readers::xlsx
