// Whether to colour output: an explicit --color wins; otherwise colour only when the stream is
// a terminal and NO_COLOR is unset or empty (https://no-color.org).
#pragma once

#include <cstdio>
#include <string>

namespace pdurate::cli {

enum class ColorMode { Auto, Always, Never };

bool use_color(ColorMode mode, std::FILE* stream);

// "auto", "always" or "never" (anything else is Auto; the option parser has checked it).
ColorMode parse_color_mode(const std::string& text);

// Writes all of text to stream; false if the write failed (e.g. a closed pipe or a full disk).
bool write_all(std::FILE* stream, const std::string& text);

}  // namespace pdurate::cli
