// read_case_xlsx and read_case_file on the committed workbooks (tests/data/xlsx/make_cases.py):
// which sheet is read, where problems are, and that a workbook reads as its CSV does.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/case_file.hpp"
#include "pdurate/readers/case_xlsx.hpp"
#include "readers/xlsx_cursor.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

std::string data(const std::string& name) { return std::string(PDURATE_SOURCE_DIR) + "/tests/data/" + name; }

Read read_file(const std::string& name, readers::TableOptions options = {},
               readers::CaseDetail detail = readers::CaseDetail::Cases) {
  Read r;
  auto source = readers::SourceText::open(data(name), r.errors);
  REQUIRE(source);
  r.inspection = readers::read_case_file(*source, R(), r.errors, detail, options);
  return r;
}

}  // namespace

TEST_CASE("a sheet name is quoted in a reference as Excel quotes it") {
  CHECK(readers::sheet_reference("Cases") == "Cases");
  CHECK(readers::sheet_reference("Case_data2") == "Case_data2");
  CHECK(readers::sheet_reference("Case data") == "'Case data'");
  CHECK(readers::sheet_reference("2024") == "'2024'");
  CHECK(readers::sheet_reference("O'Neil") == "'O''Neil'");
}

TEST_CASE("a workbook's cases read as the same cases in CSV do") {
  const auto csv = read_file("excel/plain.csv");
  REQUIRE(csv.inspection);
  for (const std::string book : {"xlsx/cases-openpyxl.xlsx", "xlsx/cases-xlsxwriter.xlsx", "xlsx/cases-libxlsxwriter.xlsx",
                           "xlsx/cases-libreoffice.xlsx"}) {
    CAPTURE(book);
    for (auto detail : {readers::CaseDetail::Cases, readers::CaseDetail::CountsOnly}) {
      const auto r = read_file(book, {}, detail);
      REQUIRE(r.inspection);
      CHECK(r.inspection->source.format == model::CaseSource::Format::Xlsx);
      // LibreOffice names the sheet of a converted CSV after the file.
      CHECK(r.inspection->source.sheet == (book.find("libreoffice") != std::string::npos ? "cases-libreoffice" : "Cases"));
      CHECK(r.inspection->rows_read == csv.inspection->rows_read);
      CHECK(r.inspection->counts.questions == csv.inspection->counts.questions);
      CHECK(r.inspection->counts.present == csv.inspection->counts.present);
    }
  }
}

TEST_CASE("the first sheet with a case_id heading is read, unless --sheet names one") {
  // cases-xlsxwriter.xlsx: "Read me" first, then "Cases".
  CHECK(read_file("xlsx/cases-xlsxwriter.xlsx").inspection->source.sheet == "Cases");
  CHECK(read_file("xlsx/cases-xlsxwriter.xlsx", {"2"}).inspection->source.sheet == "Cases");
  CHECK(read_file("xlsx/cases-xlsxwriter.xlsx", {"CASES"}).inspection->source.sheet == "Cases");
  const auto readme = read_file("xlsx/cases-xlsxwriter.xlsx", {"Read me"});
  CHECK_FALSE(readme.inspection);
  const auto d = readme.errors.listed().front();
  CHECK(d.where.label == "'Read me'!A1");
  CHECK(d.message == "no case_id column: add a column headed case_id with a unique id for each case");
  const auto none = read_file("xlsx/cases-xlsxwriter.xlsx", {"3"});
  CHECK(none.errors.listed().front().message ==
        "--sheet 3: no such sheet; the sheets are Read me, Cases (or give a number, 1 to 2)");
}

TEST_CASE("a workbook's problems are at their sheet and cell, in row order") {
  const auto r = read_file("xlsx/bad-answers.xlsx");
  CHECK_FALSE(r.inspection);
  const auto listed = r.errors.listed();
  REQUIRE(listed.size() == 6u);
  CHECK(listed[0].where.label == "Cases!C3");
  CHECK(listed[0].where.line == 3u);
  CHECK(listed[0].where.column == 3u);
  CHECK(util::format(listed[2]) ==
        data("xlsx/bad-answers.xlsx") + ":Cases!A4: duplicate case id 'C1' (first on row 2): each case appears once");
}

TEST_CASE("other spreadsheet formats and options for the other kind of file are refused") {
  const auto ods = read_file("xlsx/cases-libreoffice.ods");
  CHECK(ods.errors.listed().front().message.rfind("an OpenDocument spreadsheet (.ods)", 0) == 0);
  const auto xls = read_file("xlsx/cases-libreoffice.xls");
  CHECK(xls.errors.listed().front().message.rfind("an Excel 97-2003 workbook (.xls)", 0) == 0);
  readers::TableOptions semicolon;
  semicolon.delimiter = ';';
  CHECK(read_file("xlsx/cases-openpyxl.xlsx", semicolon).errors.count() == 1u);
  CHECK(read_file("excel/plain.csv", {"Cases"}).errors.count() == 1u);
}
