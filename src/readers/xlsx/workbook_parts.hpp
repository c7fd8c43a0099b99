// Where a workbook's parts are: its sheets, in tab order, from xl/workbook.xml (each <sheet>'s
// name and relationship id) and xl/_rels/workbook.xml.rels (each relationship's target, relative
// to xl/ like "worksheets/sheet1.xml" or absolute like "/xl/worksheets/sheet1.xml"); whether
// dates count from 1904; and the shared strings and styles parts, if any.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/zip_archive.hpp"

namespace pdurate::readers::xlsx {

struct Sheet {
  std::string name;  // as Excel shows it on the tab
  std::string part;  // e.g. "xl/worksheets/sheet1.xml"
};

struct WorkbookParts {
  std::vector<Sheet> sheets;  // at least one, each part in the archive
  bool date1904 = false;
  std::string shared_strings;  // the part, or "" when there is none
  std::string styles;          // the part, or "" when there is none
};

// A sheet name, relationship id or target longer than this is an error (Excel's sheet names
// have at most 31 characters), which bounds what a hostile xl/workbook.xml makes us hold.
inline constexpr std::size_t kMaxNameBytes = 1024;

std::optional<WorkbookParts> read_workbook_parts(const ZipArchive& archive, const Limits& limits, Problem& problem);

// The part a relationship's target names, from a part in `folder` ("xl/"): "/xl/a.xml" and
// "a.xml" are "xl/a.xml"; "." and ".." are resolved.
std::string resolve_target(std::string_view folder, std::string_view target);

}  // namespace pdurate::readers::xlsx
