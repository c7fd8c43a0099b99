// Conversions that make text from other systems plain UTF-8 with LF line ends: Windows-1252
// (what Excel on Windows saves as "CSV" in Western locales) and classic Mac OS CR line ends.
#pragma once

#include <string>
#include <string_view>

namespace pdurate::util {

// Each byte as the Windows-1252 character it encodes, in UTF-8. The five bytes the code page
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD, so the result is always UTF-8.
std::string windows1252_to_utf8(std::string_view text);

// True when the text's first line end is a CR not followed by LF (a file saved with CR-only line
// ends). Reads only up to that line end.
bool has_cr_line_ends(std::string_view text);

// Every CR not followed by LF becomes LF: lines, and so line numbers, stay where they were.
std::string cr_line_ends_to_lf(std::string_view text);

}  // namespace pdurate::util
