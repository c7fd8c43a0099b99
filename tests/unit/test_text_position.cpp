// without_bom drops the byte-order mark; position_of / column_of turn byte offsets into the line:column users see (columns count UTF-8
// code points), and find_invalid_utf8 finds the first ill-formed byte.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "pdurate/util/text_position.hpp"

using pdurate::util::column_of;
using pdurate::util::find_invalid_utf8;
using pdurate::util::position_of;

namespace {

// "line:column" for compact checks.
std::string at(std::string_view text, std::size_t offset) {
  const auto p = position_of(text, offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

TEST_CASE("position_of counts lines at LF") {
  const std::string_view text = "ab\ncd\n\nef";
  CHECK(at(text, 0) == "1:1");
  CHECK(at(text, 1) == "1:2");
  CHECK(at(text, 2) == "1:3");  // the \n itself ends line 1
  CHECK(at(text, 3) == "2:1");
  CHECK(at(text, 4) == "2:2");
  CHECK(at(text, 6) == "3:1");  // the empty line
  CHECK(at(text, 7) == "4:1");
  CHECK(at(text, 8) == "4:2");
  CHECK(at(text, 9) == "4:3");  // end of text
  CHECK(at(text, 100) == "4:3");  // past the end: clamped
}

TEST_CASE("position_of treats CR before LF as part of the line ending") {
  const std::string_view text = "ab\r\ncd\r\nef";
  CHECK(at(text, 2) == "1:3");  // the \r
  CHECK(at(text, 3) == "1:4");  // the \n
  CHECK(at(text, 4) == "2:1");
  CHECK(at(text, 5) == "2:2");
  CHECK(at(text, 8) == "3:1");
  CHECK(at(text, 9) == "3:2");
}

TEST_CASE("position_of counts columns in code points") {
  // é is 2 bytes, 日 is 3 bytes, 😀 is 4 bytes.
  const std::string text = "\xC3\xA9x\n\xE6\x97\xA5\xE6\x97\xA5y\n\xF0\x9F\x98\x80z";
  CHECK(at(text, 2) == "1:2");   // x after é
  CHECK(at(text, 4) == "2:1");
  CHECK(at(text, 7) == "2:2");   // the second 日
  CHECK(at(text, 10) == "2:3");  // y
  CHECK(at(text, 12) == "3:1");
  CHECK(at(text, 16) == "3:2");  // z after 😀
}

TEST_CASE("without_bom drops a byte-order mark at the start only") {
  CHECK(pdurate::util::without_bom("\xEF\xBB\xBF" "ab") == "ab");
  CHECK(pdurate::util::without_bom("ab") == "ab");
  CHECK(pdurate::util::without_bom("") == "");
  CHECK(pdurate::util::without_bom("\xEF\xBB") == "\xEF\xBB");
  // A mark later in the text is an ordinary (invisible) character.
  CHECK(pdurate::util::without_bom("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF");
}

TEST_CASE("column_of counts code points from a line start") {
  const std::string text = "ab\n\xC3\xA9\xC3\xA9z";
  CHECK(column_of(text, 0, 0) == 1u);
  CHECK(column_of(text, 0, 2) == 3u);
  CHECK(column_of(text, 3, 3) == 1u);
  CHECK(column_of(text, 3, 5) == 2u);
  CHECK(column_of(text, 3, 7) == 3u);
  CHECK(column_of(text, 3, 99) == 4u);  // clamped to the end of the text
}

TEST_CASE("find_invalid_utf8 accepts well-formed text") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("plain ASCII, longer than eight bytes").has_value());
  CHECK_FALSE(find_invalid_utf8("\xC2\x80").has_value());          // U+0080, smallest 2-byte
  CHECK_FALSE(find_invalid_utf8("\xC3\xA9").has_value());          // é
  CHECK_FALSE(find_invalid_utf8("\xDF\xBF").has_value());          // U+07FF, largest 2-byte
  CHECK_FALSE(find_invalid_utf8("\xE0\xA0\x80").has_value());      // U+0800, smallest 3-byte
  CHECK_FALSE(find_invalid_utf8("\xE2\x82\xAC").has_value());      // €
  CHECK_FALSE(find_invalid_utf8("\xED\x9F\xBF").has_value());      // U+D7FF, just below the surrogates
  CHECK_FALSE(find_invalid_utf8("\xEE\x80\x80").has_value());      // U+E000, just above them
  CHECK_FALSE(find_invalid_utf8("\xEF\xBB\xBF").has_value());      // the BOM
  CHECK_FALSE(find_invalid_utf8("\xF0\x90\x80\x80").has_value());  // U+10000, smallest 4-byte
  CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80").has_value());  // 😀
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF, the largest
  CHECK_FALSE(find_invalid_utf8("caf\xC3\xA9, \xE2\x82\xAC" "5, \xF0\x9F\x98\x80!").has_value());
  CHECK_FALSE(find_invalid_utf8(std::string_view("a\0b", 3)).has_value());  // NUL is ASCII
}

TEST_CASE("find_invalid_utf8 rejects overlong forms") {
  CHECK(find_invalid_utf8("\xC0\x80") == 0u);          // overlong NUL
  CHECK(find_invalid_utf8("\xC1\xBF") == 0u);          // overlong U+007F
  CHECK(find_invalid_utf8("\xE0\x80\x80") == 0u);      // overlong 3-byte
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0u);      // overlong U+07FF
  CHECK(find_invalid_utf8("\xF0\x80\x80\x80") == 0u);  // overlong 4-byte
  CHECK(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);  // overlong U+FFFF
  CHECK(find_invalid_utf8("ab\xC0\x80") == 2u);
}

TEST_CASE("find_invalid_utf8 rejects surrogates and code points above U+10FFFF") {
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);      // U+D800
  CHECK(find_invalid_utf8("\xED\xBF\xBF") == 0u);      // U+DFFF
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0u);  // lead byte F5 and above never occur
  CHECK(find_invalid_utf8("\xFF") == 0u);
  CHECK(find_invalid_utf8("x\xFE") == 1u);
}

TEST_CASE("find_invalid_utf8 rejects truncated sequences and stray continuation bytes") {
  CHECK(find_invalid_utf8("\xC3") == 0u);              // 2-byte lead at the end
  CHECK(find_invalid_utf8("\xE2\x82") == 0u);          // 3-byte sequence cut short
  CHECK(find_invalid_utf8("\xF0\x9F\x98") == 0u);      // 4-byte sequence cut short
  CHECK(find_invalid_utf8("ab\xE2\x82") == 2u);
  CHECK(find_invalid_utf8("\xC3x") == 0u);             // lead followed by ASCII
  CHECK(find_invalid_utf8("\xE2\x82x") == 0u);         // third byte not a continuation
  CHECK(find_invalid_utf8("\xF0\x9F\x98x") == 0u);     // fourth byte not a continuation
  CHECK(find_invalid_utf8("\x80") == 0u);              // lone continuation byte
  CHECK(find_invalid_utf8("\xC3\xA9\xA9") == 2u);      // one continuation too many
  CHECK(find_invalid_utf8("abc\xBF" "def") == 3u);
}

TEST_CASE("find_invalid_utf8 reports the offset around the 8-byte ASCII fast path") {
  // The scan checks eight ASCII bytes at a time: a bad byte just before, at and just after a
  // word boundary must all be found at their exact offset.
  for (std::size_t offset : {0u, 1u, 7u, 8u, 9u, 15u, 16u, 17u, 23u}) {
    std::string text(24, 'a');
    text[offset] = '\x80';
    CAPTURE(offset);
    CHECK(find_invalid_utf8(text) == offset);
  }
  // A valid multi-byte character straddling the boundary, then a bad byte after it.
  std::string text = "abcdefg\xC3\xA9" "abcdefgh";
  CHECK_FALSE(find_invalid_utf8(text).has_value());
  text += '\xFF';
  CHECK(find_invalid_utf8(text) == 17u);
  // A truncated sequence as the last byte after several full words.
  CHECK(find_invalid_utf8(std::string(16, 'x') + "\xE2") == 16u);
}
