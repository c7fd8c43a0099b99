// Turning byte offsets into the line:column users see, and checking UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pdurate::readers {

struct TextPosition {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in characters (UTF-8 code points)
};

// The line and column of byte `offset` in `text`. Lines end at \n (a \r before it is part of the
// line ending). A UTF-8 byte-order mark at the start is not counted: editors do not show it.
// Computed by scanning, so call it for messages, not per field.
TextPosition position_of(std::string_view text, std::size_t offset);

// Column (1-based, in characters) of byte `offset` within a line starting at `line_start`.
std::size_t column_of(std::string_view text, std::size_t line_start, std::size_t offset);

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or nullopt if all is well.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace pdurate::readers
