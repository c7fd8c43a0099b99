// A fast 64-bit hash for short strings (case ids). Not cryptographic; callers that rely on it
// for equality confirm matches by comparing the strings.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace pdurate {

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
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * k;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ULL;
  return h ^ (h >> 32);
}

}  // namespace pdurate
