// Cell and column names as Excel shows them, and reading them from `r=` attributes.
#include <ostream>

#include <doctest/doctest.h>

#include "readers/xlsx/cell_ref.hpp"

using namespace pdurate::readers::xlsx;

TEST_CASE("columns are named A to Z, then AA, AB ... up to XFD") {
  CHECK(column_name(0) == "A");
  CHECK(column_name(25) == "Z");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(27) == "AB");
  CHECK(column_name(51) == "AZ");
  CHECK(column_name(52) == "BA");
  CHECK(column_name(701) == "ZZ");
  CHECK(column_name(702) == "AAA");
  CHECK(column_name(999) == "ALL");
  CHECK(column_name(kExcelColumns - 1) == "XFD");
  CHECK(column_name(SIZE_MAX).size() < 20);  // any column has a name
}

TEST_CASE("a cell is named by its column and row") {
  CHECK(cell_name(7, 3) == "D7");
  CHECK(cell_name(1, 0) == "A1");
  CHECK(cell_name(kExcelRows, kExcelColumns - 1) == "XFD1048576");
}

TEST_CASE("row numbers are 1 or more, in digits; beyond Excel's last row they read as one past it") {
  CHECK(parse_row_number("1") == 1u);
  CHECK(parse_row_number("1048576") == kExcelRows);
  CHECK(parse_row_number("1048577") == kExcelRows + 1);
  CHECK(parse_row_number("99999999999999999999999999999999999999") == kExcelRows + 1);
  CHECK_FALSE(parse_row_number(""));
  CHECK_FALSE(parse_row_number("0"));
  CHECK_FALSE(parse_row_number("07"));
  CHECK_FALSE(parse_row_number("-1"));
  CHECK_FALSE(parse_row_number("1.5"));
  CHECK_FALSE(parse_row_number(" 1"));
}

TEST_CASE("cell references are letters then a row number, and read back as the names they are") {
  for (const std::size_t column : {0u, 25u, 26u, 701u, 702u, 16383u}) {
    const auto ref = parse_cell_ref(cell_name(42, column));
    REQUIRE(ref);
    CHECK(ref->column == column);
    CHECK(ref->row == 42u);
  }
  CHECK(parse_cell_ref("d7")->column == 3u);  // lower case is taken too
  CHECK(parse_cell_ref("XFE1")->column == kExcelColumns);
  CHECK(parse_cell_ref("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1")->column == kExcelColumns);
  CHECK(parse_cell_ref("A99999999999999")->row == kExcelRows + 1);
  for (const char* bad : {"", "7", "D", "7D", "D0", "D-1", "$D$7", "D7 ", "Ä7"}) CHECK_FALSE(parse_cell_ref(bad));
}
