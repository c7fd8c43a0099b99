// What every SheetRows of a workbook reads with, shared (immutable) between them and the
// Workbook, so that each lives as long as the caller's bytes do, not as long as the Workbook.
#pragma once

#include <string_view>

#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/shared_strings.hpp"
#include "readers/xlsx/styles.hpp"

namespace pdurate::readers::xlsx {

struct WorkbookData {
  std::string_view bytes;  // the whole .xlsx file, the caller's
  Limits limits;
  bool date1904 = false;
  SharedStrings strings;
  CellStyles styles;
};

}  // namespace pdurate::readers::xlsx
