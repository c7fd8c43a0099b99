// The workbook writer (--format xlsx): its layout arithmetic (column widths, wrapped lines,
// sheet names, cutting text), and workbooks it writes read back with pdu-rate's own reader.
// tests/cli/xlsx_output.py reads them back with openpyxl, against the JSON.
#include <ostream>
#include <string>

#include <doctest/doctest.h>

#include "pdurate/report/xlsx.hpp"
#include "readers/xlsx/workbook.hpp"
#include "report/xlsx/layout.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;
using namespace pdurate::report::xlsx;

namespace {

// Every row of sheet `name` of a workbook's bytes, as text cells.
std::vector<std::vector<std::string>> sheet_rows(const std::string& bytes, std::string_view name) {
  readers::xlsx::Problem problem;
  auto book = readers::xlsx::Workbook::open(bytes, problem);
  REQUIRE(book);
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < book->sheets().size(); ++i) {
    if (book->sheets()[i].name != name) continue;
    auto rows = book->rows(i);
    while (rows.next()) {
      out.emplace_back();
      for (std::size_t c = 0; c < rows.size(); ++c) out.back().emplace_back(rows.cell(c));
    }
    CHECK_FALSE(rows.error());
  }
  return out;
}

std::vector<std::string> sheet_names(const std::string& bytes) {
  readers::xlsx::Problem problem;
  auto book = readers::xlsx::Workbook::open(bytes, problem);
  REQUIRE(book);
  std::vector<std::string> out;
  for (const auto& s : book->sheets()) out.push_back(s.name);
  return out;
}

}  // namespace

TEST_CASE("xlsx layout: lengths and cuts count characters, not bytes") {
  CHECK(display_length("") == 0);
  CHECK(display_length("abc") == 3);
  CHECK(display_length("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80") == 8);  // é, an em dash, an emoji
  CHECK(truncated("abcdef", 3) == "abc");
  CHECK(truncated("abc", 3) == "abc");
  CHECK(truncated("abc", 10) == "abc");
  CHECK(truncated("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xC3\xA9");  // never half an é
  CHECK(truncated("ab", 0).empty());
}

TEST_CASE("xlsx layout: a column is as wide as its longest text, within limits") {
  ColumnWidths w;
  CHECK(w.width(0) == 0);  // nothing seen: Excel's default
  w.see(0, "ab");
  CHECK(w.width(0) == ColumnWidths::kMinWidth);
  w.see(1, "a twelve-char");
  w.see(1, "short");
  CHECK(w.width(1) == doctest::Approx(15));  // 13 characters and 2 of margin
  w.see(2, std::string(200, 'x'));
  CHECK(w.width(2) == ColumnWidths::kMaxWidth);
  w.see_length(4, 20);
  CHECK(w.columns() == 5);
  CHECK(w.width(3) == 0);
  CHECK(w.width(4) == doctest::Approx(22));
}

TEST_CASE("xlsx layout: wrapped text takes as many lines as its width needs") {
  CHECK(wrapped_lines(0, 20) == 1);
  CHECK(wrapped_lines(19, 20) == 1);
  CHECK(wrapped_lines(20, 20) == 2);
  CHECK(wrapped_lines(95, 20) == 5);
  CHECK(wrapped_lines(5, 0) == 5);  // a column of no width: a character a line, never a division by zero
}

TEST_CASE("xlsx layout: sheet names Excel accepts, each once") {
  CHECK(sheet_name("By grade", {}) == "By grade");
  CHECK(sheet_name("By a/b:c*d?e[f]g\\h", {}) == "By a_b_c_d_e_f_g_h");
  CHECK(sheet_name("'quoted'", {}) == "quoted");
  CHECK(sheet_name("", {}) == "Sheet");
  CHECK(sheet_name("''", {}) == "Sheet");
  const std::string long_name = "By " + std::string(40, 'x');
  CHECK(display_length(sheet_name(long_name, {})) == 31);
  CHECK(sheet_name("By grade", {"Ratings", "by GRADE"}) == "By grade (2)");
  CHECK(sheet_name("By grade", {"By grade", "By grade (2)"}) == "By grade (3)");
  const auto first = sheet_name(long_name, {});
  const auto second = sheet_name(long_name, {first});
  CHECK(second != first);
  CHECK(display_length(second) == 31);
  CHECK(second.substr(second.size() - 4) == " (2)");
}

TEST_CASE("xlsx: one inspection's workbook reads back: ratings, score, overall, method") {
  const auto bytes = report::xlsx::inspection(R(), bradford_outcome());
  REQUIRE(bytes.size() > 4);
  CHECK(bytes.substr(0, 2) == "PK");
  const auto names = sheet_names(bytes);
  REQUIRE(names.size() >= 3);
  CHECK(names[0] == "Ratings");
  CHECK(names[1] == "Method");
  CHECK(names[2] == "Key questions");
  const auto rows = sheet_rows(bytes, "Ratings");
  REQUIRE(rows.size() > 3);
  CHECK(rows[0][0] == "Test \"quoted\" PDU");
  bool p13 = false, score = false, overall = false;
  for (const auto& r : rows) {
    if (r.size() > 4 && r[0] == "P1.3") p13 = r[3] == "Requires improvement" && r[4] == "1";
    if (r.size() > 4 && r[0] == "Score") score = r[3] == "1/21" && r[4] == "1";
    if (r.size() > 3 && r[0] == "Overall rating") overall = r[3] == "Inadequate";
  }
  CHECK(p13);
  CHECK(score);
  CHECK(overall);
  const auto method = sheet_rows(bytes, "Method");
  REQUIRE(method.size() > 4);
  CHECK(method[2][0] == "Rule");  // under the title and its line (the reader skips the empty row)
}

TEST_CASE("xlsx: key questions are numbers: counts, and % Yes as a fraction") {
  const auto bytes = report::xlsx::inspection(R(), bradford_outcome());
  const auto rows = sheet_rows(bytes, "Key questions");
  REQUIRE(rows.size() == 13);  // headings and twelve key questions
  CHECK(rows[0][4] == "Yes");
  CHECK(rows[0][8] == "% Yes");
  const auto& first = rows[1];  // 2.1.1: 36/79
  CHECK(first[1] == "2.1.1");
  CHECK(first[4] == "36");
  CHECK(first[7] == "79");
  CHECK(std::stod(first[8]) == doctest::Approx(36.0 / 79));  // a number, not text (shown 45.6%)
  CHECK(first[9] == "Inadequate");
}

TEST_CASE("xlsx: many inspections, one row each, invalid ones without figures") {
  const auto bytes = report::xlsx::batch(R(), three_rows());
  CHECK(sheet_names(bytes) == std::vector<std::string>{"Inspections"});
  const auto rows = sheet_rows(bytes, "Inspections");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0][0] == "file");
  CHECK(rows[1][0] == "bc/inspection.yaml");
  CHECK(rows[1][3] == "failed");
  CHECK(rows[3][0] == "broken.yaml");
  CHECK(rows[3][3] == "invalid");
  CHECK(rows[3].size() == 4);  // nothing after the status
}
