// A fast 64-bit hash for short strings (case ids). Not cryptographic; callers that rely on it
// for equality confirm matches by comparing the strings.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace pdurate::util {

inline std::uint64_t hash_id(std::string_view s) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = 0x243F6A8885A308D3ULL ^ (s.size() * k);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  // The last 0 to 7 bytes, read without a call to memcpy of a variable size: two overlapping
  // 4-byte reads for 4 to 7 bytes, else the first, middle and last byte (which, with the
  // length mixed in above, are all of 1 to 3 bytes).
  const std::size_t rest = s.size() - i;
  const char* p = s.data() + i;
  std::uint64_t tail = 0;
  if (rest >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + rest - 4, 4);
    tail = first | static_cast<std::uint64_t>(last) << 32;
  } else if (rest > 0) {
    const auto byte = [&](std::size_t j) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[j])); };
    tail = byte(0) | byte(rest / 2) << 8 | byte(rest - 1) << 16;
  }
  h = (h ^ tail) * k;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ULL;
  return h ^ (h >> 32);
}

}  // namespace pdurate::util
