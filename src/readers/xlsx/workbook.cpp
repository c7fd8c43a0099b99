#include "readers/xlsx/workbook.hpp"

#include <fmt/format.h>

#include "readers/xlsx/workbook_data.hpp"
#include "readers/xlsx/zip_archive.hpp"

namespace pdurate::readers::xlsx {

Workbook::Workbook(std::shared_ptr<const WorkbookData> data, std::vector<Sheet> sheets)
    : data_(std::move(data)), sheets_(std::move(sheets)) {}

std::optional<Workbook> Workbook::open(std::string_view bytes, Problem& problem, const Limits& limits) {
  const auto archive = ZipArchive::open(bytes, limits, problem);
  if (!archive) return std::nullopt;
  auto parts = read_workbook_parts(*archive, limits, problem);
  if (!parts) return std::nullopt;
  auto data = std::make_shared<WorkbookData>();
  data->bytes = bytes;
  data->limits = limits;
  data->date1904 = parts->date1904;
  if (!parts->shared_strings.empty()) {
    auto strings = SharedStrings::read(*archive, parts->shared_strings, limits, problem);
    if (!strings) return std::nullopt;
    data->strings = std::move(*strings);
  }
  if (!parts->styles.empty()) {
    auto styles = CellStyles::read(*archive, parts->styles, problem);
    if (!styles) return std::nullopt;
    data->styles = std::move(*styles);
  }
  return Workbook(std::move(data), std::move(parts->sheets));
}

SheetRows Workbook::rows(std::size_t sheet) const {
  if (sheet < sheets_.size()) return SheetRows(data_, sheets_[sheet].part);
  return SheetRows(Problem{0, SIZE_MAX, fmt::format("the workbook has {} sheets: there is no sheet {}", sheets_.size(), sheet + 1)});
}

}  // namespace pdurate::readers::xlsx
