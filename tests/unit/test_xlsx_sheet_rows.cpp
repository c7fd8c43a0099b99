// The row cursor: each cell's text by its type, rows and cells without r=, skipped rows, the
// limits, and what is wrong with a sheet.
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

const std::string kDamagedEnd = ": the workbook is damaged; open it in Excel or LibreOffice and save it again";

// Styles: 0 General, 1 a date (built-in 14), 2 a custom date, 3 a time, 4 elapsed, 5 text.
const std::string kStyles = R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy\ hh:mm"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>
  <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="21"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs></styleSheet>)";

SheetText read(const std::string& sheet_data, const std::vector<std::string>& shared = {}, const Limits& limits = {}) {
  return sheet_text(xlsx_of(sheet_data, shared, kStyles), 0, limits);
}

// The problem that ended the sheet, as "row:column: message" (column "-" for the whole row).
std::string problem(const SheetText& text) {
  if (!text.error) return "no problem";
  const auto& e = *text.error;
  return std::to_string(e.row) + ":" + (e.column == SIZE_MAX ? "-" : column_name(e.column)) + ": " + e.message;
}

}  // namespace

TEST_CASE("each type of cell gives the text Excel shows") {
  const auto text = read(R"(<row r="1">)"
                         R"(<c r="A1" t="s"><v>0</v></c>)"
                         R"(<c r="B1" t="inlineStr"><is><t>inline</t></is></c>)"
                         R"(<c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>)"
                         R"(<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>)"
                         R"(<c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)"
                         R"(<c r="H1" t="n"><v>13</v></c><c r="I1"><v>0.1</v></c><c r="J1"><f>1+2</f><v>3</v></c>)"
                         R"(<c r="K1" t="d"><v>2024-03-05T00:00:00Z</v></c><c r="L1" t="s"><v>1</v></c>)"
                         "</row>",
                         {"Yes", "N/A"});
  CHECK(text.rows == Rows{"1: Yes|inline|ab|TRUE|FALSE|#N/A|#DIV/0!|13|0.1|3|2024-03-05|N/A"});
  CHECK(problem(text) == "no problem");
}

TEST_CASE("numbers under date and time styles are ISO dates and times") {
  const auto text = read(R"(<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356.604166666664</v></c>)"
                         R"(<c r="C1" s="3"><v>0.604166666666667</v></c><c r="D1" s="4"><v>1.5</v></c>)"
                         R"(<c r="E1" s="5"><v>7</v></c><c r="F1" s="99"><v>45356</v></c><c r="G1" s="1"><v>60</v></c>)"
                         R"(<c r="H1" s="1"><v>-3</v></c></row>)");
  CHECK(text.rows == Rows{"1: 2024-03-05|2024-03-05 14:30:00|14:30:00|36:00:00|7|45356|1900-02-29|-3"});
}

TEST_CASE("a date1904 workbook's dates count from 1904") {
  auto parts = xlsx_parts(R"(<row r="1"><c r="A1" s="1"><v>43894</v></c></row>)", {}, kStyles);
  parts = with_part(parts, "xl/workbook.xml",
                    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                    R"(<workbookPr date1904="true"/><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>)");
  CHECK(sheet_text(zip_of(parts)).rows == Rows{"1: 2024-03-05"});
}

TEST_CASE("inline strings and shared strings join their runs and leave out phonetic guides") {
  const auto text = read(R"(<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Cus</t></r><r><t>tody</t></r>)"
                         R"(<rPh><t>x</t></rPh></is></c><c r="B1" t="s"><v>0</v></c></row>)",
                         {"<r><t>Sus</t></r><r><t>pended</t></r><rPh><t>y</t></rPh>"});
  CHECK(text.rows == Rows{"1: Custody|Suspended"});
}

TEST_CASE("text is kept as stored: spaces, N/A, escapes replaced") {
  const auto text = read(R"(<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Yes  </t></is></c>)"
                         R"(<c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>)"
                         R"(<c r="D1" t="inlineStr"><is><t>a_x000D__x000A_b</t></is></c><c r="E1" t="str"><v>c_x0009_d</v></c></row>)",
                         {"N/A", " No"});
  CHECK(text.rows == Rows{"1:   Yes  |N/A| No|a\r\nb|c\td"});
}

TEST_CASE("pretty-printed XML reads the same") {
  const auto text = read("\n  <row r=\"1\">\n    <c r=\"A1\" t=\"s\">\n      <v>\n        1\n      </v>\n    </c>\n"
                         "    <c r=\"B1\">\n      <v> 13 </v>\n    </c>\n    <c r=\"C1\" t=\"b\">\n      <v> 1 </v>\n    </c>\n"
                         "    <c r=\"D1\" t=\"b\"><v>false</v></c>\n  </row>\n",
                         {"a", "b"});
  CHECK(text.rows == Rows{"1: b|13|TRUE|FALSE"});
  CHECK(problem(text) == "no problem");
}

TEST_CASE("cells without r= follow the cell before; rows without r= the row before") {
  const auto text = read(R"(<row><c t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c><v>4</v></c></row>)"
                         R"(<row><c><v>1</v></c></row><row r="5"><c r="B5"><v>2</v></c></row><row><c r="A6"><v>3</v></c></row>)");
  CHECK(text.rows == Rows{"1: a||c|4", "2: 1", "5: |2", "6: 3"});
}

TEST_CASE("rows with no non-empty cell are skipped; a row ends at its last non-empty cell") {
  const auto text = read(R"(<row r="1" spans="1:3"><c r="A1" s="1"/><c r="B1" s="2"></c></row>)"
                         R"(<row r="2"><c r="A2" t="inlineStr"><is><t></t></is></c><c r="B2" t="s"><v>1</v></c><c r="C2"><v></v></c></row>)"
                         R"(<row r="3"/>)"
                         R"(<row r="4"><c r="A4"><v>1</v></c><c r="B4" s="1"/><c r="D4" t="s"><v>0</v></c><c r="E4" s="3"/></row>)"
                         R"(<row r="7" customHeight="1"><c r="C7" t="str"><f>""</f><v></v></c><c r="D7"><v>0</v></c></row>)",
                         {"x", ""});
  CHECK(text.rows == Rows{"4: 1|||x", "7: |||0"});
}

TEST_CASE("elements with a namespace prefix are read too, and what is not a cell is passed over") {
  const std::string ns = R"( xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  auto parts = xlsx_parts("");
  parts = with_part(parts, "xl/worksheets/sheet1.xml",
                    "<x:worksheet" + ns + R"(><x:sheetPr/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c>)"
                    R"(<x:extLst><x:c r="B1"><x:v>9</x:v></x:c></x:extLst></x:row></x:sheetData>)"
                    R"(<x:mergeCells><x:c><x:v>8</x:v></x:c></x:mergeCells></x:worksheet>)");
  CHECK(sheet_text(zip_of(parts)).rows == Rows{"1: pre"});
}

TEST_CASE("a formula with no saved value is a problem at its cell") {
  const std::string message = " holds a formula with no saved value (the program that wrote the file does not "
                              "calculate formulas): open the workbook in Excel or LibreOffice and save it";
  auto text = read(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="7"><c r="D7"><f>SUM(A1:A3)</f><v></v></c></row>)");
  CHECK(text.rows == Rows{"1: 1"});
  CHECK(problem(text) == "7:D: D7" + message);
  CHECK(problem(read(R"(<row r="2"><c r="B2" t="str"><f>A1</f></c></row>)")) == "2:B: B2" + message);
  CHECK(problem(read(R"(<row r="2"><c r="B2" t="b"><f>TRUE()</f><v/></c></row>)")) == "2:B: B2" + message);
  CHECK(problem(read(R"(<row r="2"><c r="B2" t="str"><f>""</f><v></v></c><c r="C2"><v>1</v></c></row>)")) == "no problem");
}

TEST_CASE("a shared string index out of range is a problem at its cell") {
  CHECK(problem(read(R"(<row r="3"><c r="C3" t="s"><v>2</v></c></row>)", {"a", "b"})) ==
        "3:C: C3 refers to shared string \"2\", but the workbook has 2 shared strings (numbered from 0)" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="3"><c r="C3" t="s"><v>-1</v></c></row>)", {"a"})).starts_with("3:C: C3 refers to shared string \"-1\""));
  CHECK(problem(read(R"(<row r="3"><c r="C3" t="s"><v>0</v></c></row>)")).starts_with("3:C: C3 refers to shared string \"0\", but the workbook has 0"));
  CHECK(problem(read(R"(<row r="3"><c r="C3" t="s"><v>99999999999999999999</v></c></row>)", {"a"})).starts_with("3:C: C3 refers to shared string"));
}

TEST_CASE("values that are not of their cell's type are problems at the cell") {
  CHECK(problem(read(R"(<row r="1"><c r="A1"><v>abc</v></c></row>)")) == "1:A: A1 holds \"abc\" where a number belongs" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="1"><c r="A1" s="1"><v>1e999</v></c></row>)")) == "1:A: A1 holds \"1e999\" where a number belongs" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="1"><c r="A1" t="b"><v>yes</v></c></row>)")) == "1:A: A1 holds \"yes\" where TRUE (1) or FALSE (0) belongs" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="1"><c r="A1" t="x"><v>1</v></c></row>)")) == "1:A: A1 has an unknown type \"x\"" + kDamagedEnd);
}

TEST_CASE("a non-empty cell past Limits::columns is a problem; empty ones there are not") {
  Limits limits;
  limits.columns = 3;
  CHECK(read(R"(<row r="1"><c r="C1"><v>1</v></c><c r="D1" s="1"/><c r="XFD1" s="2"/></row>)", {}, limits).rows == Rows{"1: ||1"});
  CHECK(problem(read(R"(<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row>)", {}, limits)) ==
        "2:D: D2 is past column C, the last of the 3 columns read: delete or move what is beyond it");
  CHECK(problem(read(R"(<row r="2"><c r="ALM2"><v>2</v></c></row>)")) ==
        "2:ALM: ALM2 is past column ALL, the last of the 1000 columns read: delete or move what is beyond it");
}

TEST_CASE("rows and cells past Excel's grid, or out of order, are problems") {
  Limits wide;
  wide.columns = kExcelColumns;
  const auto last = read(R"(<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>)", {}, wide);
  CHECK(problem(last) == "no problem");
  REQUIRE(last.rows.size() == 1u);
  CHECK(last.rows[0].starts_with("1048576: ||"));
  CHECK(last.rows[0].size() == std::string("1048576: ").size() + kExcelColumns);
  CHECK(problem(read(R"(<row r="1"><c><v>1</v></c></row><row r="1048577"><c><v>1</v></c></row>)")) ==
        "0:-: xl/worksheets/sheet1.xml has a row numbered \"1048577\" after row 1, past Excel's last row, 1048576" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="99999999999999999999999999999999"><c><v>1</v></c></row>)")) ==
        "0:-: xl/worksheets/sheet1.xml has a row numbered \"99999999999999999999999999999999\" after row 0, past Excel's last row, 1048576" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="1048576"/><row><c><v>1</v></c></row>)")) ==
        "0:-: xl/worksheets/sheet1.xml has more than Excel's 1048576 rows" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="x1"/>)")) ==
        "0:-: xl/worksheets/sheet1.xml has a row numbered \"x1\" after row 0, which is not a row number" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="5"/><row r="5"/>)")) == "5:-: row 5 comes after row 5, out of order" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="5"/><row r="3"/>)")) == "3:-: row 3 comes after row 5, out of order" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)")) == "2:-: row 2 has a cell past Excel's last column, XFD" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="2"><c r="XFD2"/><c/></row>)")) == "2:-: row 2 has a cell past Excel's last column, XFD" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="2"><c r="2B"><v>1</v></c></row>)")) == "2:-: row 2 has a cell named \"2B\", which is not a cell reference" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="2"><c r="D2"><v>1</v></c><c r="B2"><v>1</v></c></row>)")) == "2:B: B2 comes after D2 in row 2, out of order" + kDamagedEnd);
  CHECK(problem(read(R"(<row r="2"><c r="D2"/><c r="D2"/></row>)")) == "2:D: D2 comes after D2 in row 2, out of order" + kDamagedEnd);
}

TEST_CASE("a cell longer than Limits::cell_bytes is a problem") {
  Limits limits;
  limits.cell_bytes = 8;
  CHECK(read(R"(<row r="1"><c t="inlineStr"><is><r><t>1234</t></r><r><t>5678</t></r></is></c><c><v>12345678</v></c></row>)", {}, limits).rows ==
        Rows{"1: 12345678|12345678"});
  const std::string message = " holds more than 8 bytes of text, more than any cell of a case sheet: is it the right sheet?";
  CHECK(problem(read(R"(<row r="1"><c t="inlineStr"><is><r><t>1234</t></r><r><t>56789</t></r></is></c></row>)", {}, limits)) == "1:A: A1" + message);
  CHECK(problem(read(R"(<row r="1"><c r="B1" t="str"><v>123456789</v></c></row>)", {}, limits)) == "1:B: B1" + message);
  CHECK(problem(read(R"(<row r="1"><c r="C1" t="e"><v>#123456789</v></c></row>)", {}, limits)) == "1:C: C1" + message);
}

TEST_CASE("problems of the part itself: not well-formed, a DOCTYPE") {
  CHECK(problem(read(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c></row>)")) ==
        "0:-: xl/worksheets/sheet1.xml is not well-formed XML (line 1, column 144: mismatched tag)" + kDamagedEnd);
  auto parts = with_part(xlsx_parts(""), "xl/worksheets/sheet1.xml", R"(<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet/>)");
  CHECK(problem(sheet_text(zip_of(parts))).starts_with("0:-: xl/worksheets/sheet1.xml has a DOCTYPE declaration"));
}

TEST_CASE("rows are given as the sheet streams: a bomb's first rows come before the limit stops it") {
  // ~8 MiB of rows deflate to a few KiB; with a 1 MiB limit the rows before it are read, one
  // chunk of XML at a time, and then the problem: memory is one chunk and one row, by construction.
  std::string rows;
  for (int r = 1; r <= 200000; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c t=\"inlineStr\"><is><t>Yes</t></is></c></row>";
  Limits limits;
  limits.part_bytes = std::uint64_t{1} << 20;
  const auto text = read(rows, {}, limits);
  CHECK(text.rows.size() > 10000u);
  CHECK(text.rows.size() < 30000u);
  CHECK(text.rows.front() == "1: Yes");
  CHECK(problem(text).starts_with("0:-: xl/worksheets/sheet1.xml expands to more than 1 MiB: is it a zip bomb?"));
}

TEST_CASE("the cursor stays at its end, or at its problem") {
  const std::string bytes = xlsx_of(R"(<row r="1"><c><v>1</v></c></row><row r="2"><c><v>x</v></c></row>)");
  Problem p;
  const auto workbook = Workbook::open(bytes, p);
  REQUIRE(workbook);
  auto rows = workbook->rows(0);
  REQUIRE(rows.next());
  CHECK(rows.size() == 1u);
  CHECK_FALSE(rows.next());
  REQUIRE(rows.error());
  CHECK_FALSE(rows.next());
  CHECK(rows.error()->row == 2u);
}
