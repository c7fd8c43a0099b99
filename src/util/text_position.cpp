#include "pdurate/util/text_position.hpp"

#include <cstdint>
#include <cstring>

namespace pdurate::util {

std::size_t column_of(std::string_view text, std::size_t line_start, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = line_start; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
  return column;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition p;
  std::size_t line_start = 0;
  const char* base = text.data();
  const std::size_t end = offset < text.size() ? offset : text.size();
  for (const char* q = base; (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(base + end - q))));) {
    ++p.line;
    ++q;
    line_start = static_cast<std::size_t>(q - base);
  }
  p.column = column_of(text, line_start, offset);
  return p;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;   // no overlong forms
      if (c == 0xED) hi = 0x9F;   // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;   // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace pdurate::util
