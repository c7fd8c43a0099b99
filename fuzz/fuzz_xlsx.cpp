// libFuzzer target: the .xlsx reader (src/readers/xlsx/). Any input must give either a workbook
// or a problem; a workbook's every sheet must read to its end or to a problem; every problem
// must be worded as the reader promises and placed sensibly; rows must come in order, each
// ending in a non-empty cell within the limits. Two cursors over the first sheet, advanced in
// turn, must read the same rows (cursors share no state).
//
// An input that starts with '<' is not a file but the XML of a sheet, then (after a NUL byte) of
// its shared strings and (after another) of its styles, zipped here into a workbook: mutations
// then reach the XML readers without breaking the zip around them.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "zip_workbook.hpp"
#include "readers/xlsx/workbook.hpp"

using namespace pdurate::readers;

namespace {

// "D7 holds ..." starts with a cell's name; every other message in lower case.
bool starts_well(std::string_view m) {
  std::size_t letters = 0;
  while (letters < m.size() && m[letters] >= 'A' && m[letters] <= 'Z') ++letters;
  if (letters == 0) return !std::isupper(static_cast<unsigned char>(m[0]));
  return letters < m.size() && m[letters] >= '1' && m[letters] <= '9';
}

void check_problem(const xlsx::Problem& p) {
  FUZZ_CHECK(!p.message.empty());
  FUZZ_CHECK(starts_well(p.message));
  FUZZ_CHECK(p.message.back() != '.');
  FUZZ_CHECK(p.row <= xlsx::kExcelRows);
  FUZZ_CHECK(p.column == SIZE_MAX || (p.row > 0 && p.column < xlsx::kExcelColumns));
}

std::vector<std::string> row_of(const xlsx::SheetRows& rows, const xlsx::Limits& limits) {
  FUZZ_CHECK(rows.size() > 0 && rows.size() <= limits.columns);
  FUZZ_CHECK(!rows.cell(rows.size() - 1).empty());
  std::vector<std::string> cells;
  for (std::size_t c = 0; c < rows.size(); ++c) {
    FUZZ_CHECK(rows.cell(c).size() <= limits.cell_bytes);
    cells.emplace_back(rows.cell(c));
  }
  return cells;
}

void read_sheet(const xlsx::Workbook& workbook, std::size_t sheet, const xlsx::Limits& limits) {
  auto rows = workbook.rows(sheet);
  auto twin = workbook.rows(sheet);
  const bool compare = sheet == 0;
  std::size_t last = 0;
  while (rows.next()) {
    FUZZ_CHECK(rows.row_number() > last && rows.row_number() <= xlsx::kExcelRows);
    last = rows.row_number();
    const auto cells = row_of(rows, limits);
    if (compare) {
      FUZZ_CHECK(twin.next());
      FUZZ_CHECK(twin.row_number() == last);
      FUZZ_CHECK(row_of(twin, limits) == cells);
    }
  }
  if (rows.error()) check_problem(*rows.error());
  if (compare) {
    FUZZ_CHECK(!twin.next());
    FUZZ_CHECK(twin.error().has_value() == rows.error().has_value());
    if (rows.error()) FUZZ_CHECK(twin.error()->message == rows.error()->message);
  }
  FUZZ_CHECK(!rows.next());  // stays at its end
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string bytes = fuzz::workbook_bytes(input);
  const xlsx::Limits limits;
  xlsx::Problem problem;
  const auto workbook = xlsx::Workbook::open(bytes, problem, limits);
  if (!workbook) {
    check_problem(problem);
    FUZZ_CHECK(problem.row == 0);
    return 0;
  }
  FUZZ_CHECK(!workbook->sheets().empty());
  for (std::size_t s = 0; s < workbook->sheets().size(); ++s) read_sheet(*workbook, s, limits);
  auto past = workbook->rows(workbook->sheets().size());
  FUZZ_CHECK(!past.next() && past.error());
  return 0;
}
