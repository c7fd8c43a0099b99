// A streaming reader of Excel .xlsx workbooks (libzip and expat): the sheet list, then each
// sheet's rows as the text a person sees in Excel (sheet_rows.hpp), in bounded memory. Every
// problem a file can cause, hostile ones included, is a Problem value (limits.hpp), never an
// exception, a crash or unbounded memory or time.
//
// Use: open the bytes of the file; list sheets(); for a sheet, rows(i) and next() until false,
// then check error(). A Workbook and each SheetRows may be used from different threads (each
// cursor reads its own copy of the zip directory; the shared tables are read-only).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/cell_ref.hpp"
#include "readers/xlsx/limits.hpp"
#include "readers/xlsx/sheet_rows.hpp"
#include "readers/xlsx/workbook_parts.hpp"

namespace pdurate::readers::xlsx {

struct WorkbookData;

class Workbook {
 public:
  // `bytes` is the whole .xlsx file; it must outlive the Workbook and every SheetRows made from it.
  // Reads the sheet list, shared strings and styles. On failure returns nullopt with the problem
  // (not a zip; a zip that is not a workbook; a broken part; a limit exceeded: each message names
  // the part and says what to do, e.g. "not an Excel workbook: it has no xl/workbook.xml").
  static std::optional<Workbook> open(std::string_view bytes, Problem& problem, const Limits& limits = {});
  const std::vector<Sheet>& sheets() const { return sheets_; }
  // Streams one sheet's rows, front to back, in bounded memory (chunks of ~64 KiB from the zip).
  // A sheet number past the list gives a cursor with no rows and a problem.
  SheetRows rows(std::size_t sheet) const;

 private:
  Workbook(std::shared_ptr<const WorkbookData> data, std::vector<Sheet> sheets);
  std::shared_ptr<const WorkbookData> data_;
  std::vector<Sheet> sheets_;
};

}  // namespace pdurate::readers::xlsx
