// Workbooks as each writer users have writes them (tests/data/xlsx/, made by make_fixtures.py
// and make_libxlsxwriter.c) read the same; what is wrong with a workbook is a problem, never a
// crash; cursors outlive the Workbook and share no state.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readers/xlsx/workbook.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using namespace pdurate::test;

namespace {

using Rows = std::vector<std::string>;

const Rows kCases{"1: case_id|case_type|2.1.1|2.1.2|2.1.3",
                  "2: C001|Community|Yes|No|N/A",
                  "3: 1002|Licence|No|  Yes  |Yes",
                  "4: C003|Custody|N/A||No",
                  "5: C004|2024-03-05|TRUE|Yes|3",
                  "6: C005|Community|Yes|No|0.1"};
const Rows kNotes{"1: note|when", "2: reviewed|2024-03-05 14:30:00", "4: time|14:30:00"};

std::vector<std::string> names(const Workbook& workbook) {
  std::vector<std::string> all;
  for (const auto& sheet : workbook.sheets()) all.push_back(sheet.name + " " + sheet.part);
  return all;
}

}  // namespace

TEST_CASE("every writer's workbook reads as the same cells") {
  for (const char* file : {"openpyxl.xlsx", "xlsxwriter.xlsx", "libxlsxwriter.xlsx", "libreoffice-resaved.xlsx"}) {
    CAPTURE(file);
    const std::string bytes = data_file(std::string("xlsx/") + file);
    Problem problem;
    const auto workbook = Workbook::open(bytes, problem);
    REQUIRE_MESSAGE(workbook, problem.message);
    CHECK(names(*workbook) == Rows{"Cases xl/worksheets/sheet1.xml", "Notes xl/worksheets/sheet2.xml"});
    const auto cases = sheet_text(bytes, 0), notes = sheet_text(bytes, 1);
    CHECK(cases.rows == kCases);
    CHECK_FALSE(cases.error);
    CHECK(notes.rows == kNotes);
    CHECK_FALSE(notes.error);
  }
}

TEST_CASE("LibreOffice's conversion of the CSV reads as the CSV does") {
  const std::string bytes = data_file("xlsx/libreoffice.xlsx");
  Problem problem;
  const auto workbook = Workbook::open(bytes, problem);
  REQUIRE_MESSAGE(workbook, problem.message);
  CHECK(names(*workbook) == Rows{"libreoffice xl/worksheets/sheet1.xml"});
  CHECK(sheet_text(bytes).rows == kCases);
  CHECK_FALSE(sheet_text(bytes).error);
}

TEST_CASE("openpyxl's formulas have no saved value: the rows before are read, then the problem") {
  const auto text = sheet_text(data_file("xlsx/openpyxl-formulas.xlsx"));
  CHECK(text.rows == Rows(kCases.begin(), kCases.begin() + 4));
  REQUIRE(text.error);
  CHECK(text.error->row == 5u);
  CHECK(text.error->column == 4u);
  CHECK(text.error->message == "E5 holds a formula with no saved value (the program that wrote the file does not "
                               "calculate formulas): open the workbook in Excel or LibreOffice and save it");
}

TEST_CASE("what is not a workbook, or a damaged one, is a problem saying what to do") {
  CHECK(open_problem("") == "an empty file, not an Excel workbook: save the workbook from Excel as .xlsx");
  CHECK(open_problem(data_file("xlsx/libreoffice.csv")) ==
        "not an Excel workbook: it is not a zip archive, as .xlsx files are; save it from Excel as Excel Workbook (.xlsx)");
  CHECK(open_problem(zip_of({{"docProps/app.xml", "<Properties/>"}})) ==
        "not an Excel workbook: it has no xl/workbook.xml; save it from Excel as Excel Workbook (.xlsx)");
  const std::string whole = data_file("xlsx/openpyxl.xlsx");
  CHECK(open_problem(whole.substr(0, whole.size() - 100)) ==
        "a truncated or damaged .xlsx file: its zip archive has no directory at its end; copy or save the file again");
  const auto parts = xlsx_parts("", {"a"}, "<styleSheet/>");
  CHECK(open_problem(zip_of(with_part(parts, "xl/workbook.xml", "<workbook><sheets>"))).starts_with(
      "xl/workbook.xml is not well-formed XML (line 1, column 19: no element found)"));
  CHECK(open_problem(zip_of(with_part(parts, "xl/sharedStrings.xml", "<!DOCTYPE sst><sst/>"))).starts_with(
      "xl/sharedStrings.xml has a DOCTYPE declaration"));
  CHECK(open_problem(zip_of(with_part(parts, "xl/styles.xml", "<styleSheet>"))).starts_with(
      "xl/styles.xml is not well-formed XML"));
}

TEST_CASE("a bomb in the shared strings or styles ends the opening at the part's limit") {
  Limits limits;
  limits.part_bytes = 1 << 20;
  const std::string padding(2 << 20, ' ');
  for (const char* part : {"xl/sharedStrings.xml", "xl/styles.xml"}) {
    CAPTURE(part);
    const auto parts = with_part(xlsx_parts("", {"a"}, "<styleSheet/>"), part, "<sst>" + padding + "</sst>");
    CHECK(open_problem(zip_of(parts), limits) == std::string(part) + " expands to more than 1 MiB: is it a zip bomb? "
                                                 "If the workbook is real, split the sheet or save it as CSV");
  }
}

TEST_CASE("a cursor outlives its Workbook, and cursors of one workbook share no state") {
  const std::string bytes = data_file("xlsx/xlsxwriter.xlsx");
  std::optional<SheetRows> first, again;
  {
    Problem problem;
    auto workbook = Workbook::open(bytes, problem);
    REQUIRE(workbook);
    const Workbook moved = std::move(*workbook);
    first.emplace(moved.rows(0));
    again.emplace(moved.rows(0));
  }
  auto notes_bytes = bytes;  // a third cursor, over another copy, interleaved with both
  Problem problem;
  const auto other = Workbook::open(notes_bytes, problem);
  auto notes = other->rows(1);
  for (std::size_t i = 0; i < kCases.size(); ++i) {
    REQUIRE(first->next());
    REQUIRE(again->next());
    CHECK(first->row_number() == again->row_number());
    CHECK(first->size() == again->size());
    for (std::size_t c = 0; c < first->size(); ++c) CHECK(first->cell(c) == again->cell(c));
    if (i < 3) CHECK(notes.next());
  }
  CHECK(first->cell(0) == "C005");
  CHECK_FALSE(first->next());
  CHECK_FALSE(first->error());
  CHECK(notes.cell(1) == "14:30:00");
  SheetRows moved = std::move(*again);
  CHECK_FALSE(moved.next());
  CHECK_FALSE(moved.error());
  CHECK_FALSE(again->next());  // moved from: no rows, no problem
  CHECK(again->size() == 0u);
  CHECK_FALSE(again->error());
}

TEST_CASE("a sheet past the list gives a cursor with a problem") {
  const std::string bytes = xlsx_of("");
  Problem problem;
  const auto workbook = Workbook::open(bytes, problem);
  REQUIRE(workbook);
  auto rows = workbook->rows(1);
  CHECK_FALSE(rows.next());
  REQUIRE(rows.error());
  CHECK(rows.error()->message == "the workbook has 1 sheets: there is no sheet 2");
  CHECK(sheet_text(bytes).rows.empty());
  CHECK_FALSE(sheet_text(bytes).error);
}
