// hash_id: equal ids hash equal; different ids (every length, every byte position) rarely collide.
// Its callers confirm matches exactly, so a collision costs time, never a wrong answer; these
// tests guard the time.
#include <string>
#include <unordered_set>

#include <doctest/doctest.h>

#include "pdurate/util/hash.hpp"

using pdurate::util::hash_id;

TEST_CASE("hash_id depends on every byte of ids of every length up to 24") {
  for (std::size_t length = 1; length <= 24; ++length) {
    const std::string base(length, 'a');
    std::unordered_set<std::uint64_t> seen{pdurate::util::hash_id(base)};
    for (std::size_t at = 0; at < length; ++at) {
      std::string changed = base;
      changed[at] = 'b';
      CAPTURE(length);
      CAPTURE(at);
      CHECK(seen.insert(pdurate::util::hash_id(changed)).second);
    }
  }
}

TEST_CASE("hash_id tells apart ids that differ only in length or in trailing NULs") {
  CHECK(pdurate::util::hash_id("") != pdurate::util::hash_id(std::string(1, '\0')));
  CHECK(pdurate::util::hash_id("C1") != pdurate::util::hash_id(std::string("C1\0", 3)));
  CHECK(pdurate::util::hash_id("abcd") != pdurate::util::hash_id("abcda"));
}

TEST_CASE("hash_id has no collisions among a million sequential case ids") {
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(1 << 20);
  std::size_t collisions = 0;
  for (int i = 0; i < 1'000'000; ++i) collisions += !seen.insert(pdurate::util::hash_id("C" + std::to_string(i))).second;
  CHECK(collisions == 0);
}

TEST_CASE("equal ids hash equal, wherever they are stored") {
  const std::string a = "xxC0000042yy";
  CHECK(pdurate::util::hash_id(std::string_view(a).substr(2, 8)) == pdurate::util::hash_id("C0000042"));
}
