#include <doctest/doctest.h>

#include "pdurate/util/diagnostics.hpp"

using pdurate::util::Diagnostic;
using pdurate::util::format;
using pdurate::util::Location;

TEST_CASE("a problem is shown GNU style, as much of its place as is known") {
  CHECK(format({Location{"cases.csv", 3, 7}, "bad"}) == "cases.csv:3:7: bad");
  CHECK(format({Location{"cases.csv", 3, 0}, "bad"}) == "cases.csv:3: bad");
  CHECK(format({Location{"cases.csv", 0, 0}, "bad"}) == "cases.csv: bad");
  CHECK(format({Location{}, "--by: bad"}) == "--by: bad");
  CHECK(format({Location{"cases.xlsx", 7, 4, "Sheet1!D7"}, "bad"}) == "cases.xlsx:Sheet1!D7: bad");
}

TEST_CASE("a problem is one line: control characters quoted from the input are made visible") {
  CHECK(format({Location{"a.csv", 3, 113}, "'No\r' is not an answer"}) == "a.csv:3:113: 'No\\r' is not an answer");
  CHECK(format({Location{"a.csv", 2, 5}, "'Ye\ns\t' is not\x01 an answer\x7F"}) ==
        "a.csv:2:5: 'Ye\\ns\\t' is not\\x01 an answer\\x7F");
  CHECK(format({Location{"line\nbreak.csv", 1, 1}, "bad"}) == "line\\nbreak.csv:1:1: bad");
  CHECK(format({Location{"a.csv", 1, 1}, "caf\xC3\xA9 \xE2\x80\x93 kept"}) == "a.csv:1:1: caf\xC3\xA9 \xE2\x80\x93 kept");
}
