// Cell text as Excel shows it: General numbers, ISO dates and times, ISO date cells, escapes.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "readers/xlsx/cell_text.hpp"

using namespace pdurate::readers::xlsx;

namespace {

std::string number(std::string_view v, NumberKind kind = NumberKind::Number, bool date1904 = false) {
  std::string out = "[";
  if (!append_number(v, kind, date1904, out)) return "not a number";
  return out.substr(1);
}

std::string date(double serial, NumberKind kind = NumberKind::Date, bool date1904 = false) {
  std::string out;
  return append_date(serial, kind, date1904, out) ? out : "out of range";
}

std::string unescaped(std::string text) {
  unescape_xstring(text, 0);
  return text;
}

}  // namespace

TEST_CASE("numbers are shown as Excel's General format shows them") {
  CHECK(number("13") == "13");
  CHECK(number("0") == "0");
  CHECK(number("-2") == "-2");
  CHECK(number("1.5") == "1.5");
  CHECK(number("0.1") == "0.1");
  CHECK(number("1.50") == "1.5");
  CHECK(number("0.30000000000000004") == "0.3");  // 15 significant digits
  CHECK(number("44927.000000000007") == "44927");
  CHECK(number("123456789012345") == "123456789012345");
  CHECK(number("1234567890123456") == "1.23456789012346E+15");
  CHECK(number("1E+20") == "1E+20");
  CHECK(number("1e20") == "1E+20");
  CHECK(number("0.00001") == "1E-05");
  CHECK(number("0.0001") == "0.0001");
  CHECK(number("-0") == "0");
  CHECK(number("-0.0") == "0");
  CHECK(number("007") == "7");
  CHECK(number(" 13 ") == "13");
}

TEST_CASE("a value that is not a finite number is refused") {
  for (const char* bad : {"", "abc", "1,5", "1.5x", "+1", "inf", "nan", "NaN", "1e999", "--1", "0x10"})
    CHECK_MESSAGE(number(bad) == "not a number", bad);
}

TEST_CASE("dates are ISO dates, with the time of day when there is one") {
  CHECK(number("45356", NumberKind::Date) == "2024-03-05");
  CHECK(number("45356.604166666664", NumberKind::Date) == "2024-03-05 14:30:00");
  CHECK(number("45356.99999999", NumberKind::Date) == "2024-03-06");  // rounded to the second
  CHECK(date(1) == "1900-01-01");
  CHECK(date(59) == "1900-02-28");
  CHECK(date(60) == "1900-02-29");  // Excel's (and Lotus 1-2-3's) 1900 leap-year bug
  CHECK(date(61) == "1900-03-01");
  CHECK(date(0) == "1900-01-00");   // as Excel shows serial 0
  CHECK(date(2958465) == "9999-12-31");
  CHECK(date(2958466) == "out of range");
  CHECK(date(-1) == "out of range");
  CHECK(number("-1", NumberKind::Date) == "-1");  // shown as a number instead
  CHECK(number("1E+300", NumberKind::Date) == "1E+300");
}

TEST_CASE("a date1904 workbook counts days from 1904-01-01") {
  CHECK(date(0, NumberKind::Date, true) == "1904-01-01");
  CHECK(date(43894, NumberKind::Date, true) == "2024-03-05");
  CHECK(date(60, NumberKind::Date, true) == "1904-03-01");  // no fictitious day
  CHECK(date(2957003, NumberKind::Date, true) == "9999-12-31");
  CHECK(date(2957004, NumberKind::Date, true) == "out of range");
}

TEST_CASE("times of day and elapsed times") {
  CHECK(date(0.604166666666667, NumberKind::Time) == "14:30:00");
  CHECK(date(0.5, NumberKind::Time) == "12:00:00");
  CHECK(date(1.5, NumberKind::Time) == "12:00:00");  // a time format shows the time of day
  CHECK(date(0, NumberKind::Time) == "00:00:00");
  CHECK(date(1.5, NumberKind::Duration) == "36:00:00");
  CHECK(date(0.00001, NumberKind::Duration) == "00:00:01");
}

TEST_CASE("t=\"d\" cells' ISO text takes the same form") {
  const auto iso = [](std::string_view v) {
    std::string out;
    append_iso_date(v, out);
    return out;
  };
  CHECK(iso("2024-03-05") == "2024-03-05");
  CHECK(iso("2024-03-05T00:00:00") == "2024-03-05");
  CHECK(iso("2024-03-05T00:00:00Z") == "2024-03-05");
  CHECK(iso("2024-03-05T14:30:00.000Z") == "2024-03-05 14:30:00");
  CHECK(iso("T14:30:00") == "14:30:00");
}

TEST_CASE("Excel's _xHHHH_ escapes become the characters they stand for") {
  CHECK(unescaped("line_x000D__x000A_next") == "line\r\nnext");
  CHECK(unescaped("_x005F_x000D_") == "_x000D_");  // an escaped underscore
  CHECK(unescaped("caf_x00E9_") == "caf\xC3\xA9");
  CHECK(unescaped("_x20AC_") == "\xE2\x82\xAC");
  CHECK(unescaped("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");  // a surrogate pair
  CHECK(unescaped("_xD83D_") == "_xD83D_");                  // a lone one is left
  CHECK(unescaped("_x0000_") == "_x0000_");
  CHECK(unescaped("_x00G0_ _x12_ x000D_ _X000D_") == "_x00G0_ _x12_ x000D_ _X000D_");
  CHECK(unescaped("plain") == "plain");
  std::string from = "_x0041_ and _x0041_";
  unescape_xstring(from, 6);
  CHECK(from == "_x0041_ and A");
}
