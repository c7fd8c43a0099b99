#include "cli/terminal.hpp"

#include <cstdlib>
#include <unistd.h>

namespace pdurate::cli {

bool use_color(ColorMode mode, std::FILE* stream) {
  if (mode != ColorMode::Auto) return mode == ColorMode::Always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(::fileno(stream)) == 1;
}

ColorMode parse_color_mode(const std::string& text) {
  if (text == "always") return ColorMode::Always;
  if (text == "never") return ColorMode::Never;
  return ColorMode::Auto;
}

bool write_all(std::FILE* stream, const std::string& text) {
  return std::fwrite(text.data(), 1, text.size(), stream) == text.size() && std::fflush(stream) == 0;
}

}  // namespace pdurate::cli
