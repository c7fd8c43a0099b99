// Text as users see it: the byte-order mark, line:column positions, well-formed UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pdurate::util {

// `text` without a UTF-8 byte-order mark at its start: the one place the mark is handled.
// Inputs drop it as they are read (readers/source_text), so no reader sees it and line 1
// column 1 is the first character a user sees.
constexpr std::string_view without_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

struct TextPosition {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in characters (UTF-8 code points)
};

// The line and column of byte `offset` in `text`. Lines end at \n (a \r before it is part of the
// line ending). Computed by scanning, so call it for messages, not per field.
TextPosition position_of(std::string_view text, std::size_t offset);

// Column (1-based, in characters) of byte `offset` within a line starting at `line_start`.
std::size_t column_of(std::string_view text, std::size_t line_start, std::size_t offset);

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or nullopt if all is well.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace pdurate::util
