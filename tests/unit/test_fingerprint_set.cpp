// FingerprintSet: every repeated hash is reported, across every growth of the set, and it
// stays within its memory bound.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "pdurate/util/hash.hpp"
#include "readers/fingerprint_set.hpp"

using pdurate::readers::FingerprintSet;

namespace {
std::uint64_t key(std::uint64_t i) { return pdurate::util::hash_id(std::to_string(i)); }
}  // namespace

TEST_CASE("a hash inserted again is reported, however much the set grew in between") {
  FingerprintSet set;  // never told what to expect: grows table by table
  std::size_t false_repeats = 0;
  for (std::uint64_t i = 0; i < 200'000; ++i) false_repeats += set.insert(key(i));
  CHECK(false_repeats <= 1);  // fingerprints are 32 bits: a false repeat is possible, rarely
  std::size_t missed = 0;
  for (std::uint64_t i = 0; i < 200'000; i += 997) missed += !set.insert(key(i));
  CHECK(missed == 0);
  CHECK(set.size() == 200'000 - false_repeats);
}

TEST_CASE("the first hashes move into the table sized by expect(), and repeats are still found") {
  FingerprintSet set;
  for (std::uint64_t i = 0; i < 500; ++i) CHECK_FALSE(set.insert(key(i)));
  set.expect(100'000);
  for (std::uint64_t i = 500; i < 100'000; ++i) set.insert(key(i));
  CHECK(set.insert(key(0)));
  CHECK(set.insert(key(499)));
  CHECK(set.insert(key(99'999)));
  CHECK_FALSE(set.insert(key(100'000)));
}

TEST_CASE("a hash is found when its probe run wraps around the end of the table") {
  // Hashes whose high bits are all ones start probing at the last group of slots.
  FingerprintSet set;
  std::mt19937_64 random(7);
  std::vector<std::uint64_t> high;
  for (int i = 0; i < 300; ++i) high.push_back(~std::uint64_t{0} << 40 | (random() >> 24));
  for (auto h : high) set.insert(h);
  std::size_t missed = 0;
  for (auto h : high) missed += !set.insert(h);
  CHECK(missed == 0);
}

TEST_CASE("about 9 bytes a hash once sized by expect() (twice the slots, an eighth to spare)") {
  FingerprintSet set;
  set.expect(1'000'000);
  for (std::uint64_t i = 0; i < 1'000'000; ++i) set.insert(key(i));
  CHECK(set.bytes() <= 1'000'000 * 9 + 64);
}

TEST_CASE("a revised estimate: the first hashes move into the new table, and repeats are found across tables") {
  FingerprintSet set;
  set.expect(10'000);  // a low first estimate
  for (std::uint64_t i = 0; i < 20'000; ++i) set.insert(key(i));
  set.expect(300'000);  // revised while every hash so far is still known in full
  const std::size_t one_table = set.bytes();
  CHECK(one_table <= 2 * (300'000 + 300'000 / 8) * 4 + 64);  // the first tables are gone
  for (std::uint64_t i = 20'000; i < 200'000; ++i) set.insert(key(i));
  set.expect(400'000);  // revised again, too late to move the hashes: a table for the rest
  CHECK(set.bytes() > one_table);
  for (std::uint64_t i = 200'000; i < 400'000; ++i) set.insert(key(i));
  std::size_t missed = 0;
  for (std::uint64_t i = 0; i < 400'000; i += 101) missed += !set.insert(key(i));
  CHECK(missed == 0);
  CHECK(set.size() >= 400'000 - 2);
}
