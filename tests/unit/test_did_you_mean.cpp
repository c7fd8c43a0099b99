// util::did_you_mean: the suggestion offered for a mistyped name.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pdurate/util/did_you_mean.hpp"

using pdurate::util::did_you_mean;

TEST_CASE("did_you_mean offers the closest candidate within reach") {
  const std::vector<std::string> keys{"inspection", "ratings", "cases", "expect"};
  CHECK(did_you_mean("rating", keys) == "ratings");
  CHECK(did_you_mean("ratigns", keys) == "ratings");     // a transposition is two edits
  CHECK(did_you_mean("CASES", keys) == "cases");         // case-insensitive
  CHECK(did_you_mean("inspektion", keys) == "inspection");
  CHECK(did_you_mean("expected", keys) == "expect");     // two insertions
  CHECK_FALSE(did_you_mean("zzz", keys).has_value());
  CHECK_FALSE(did_you_mean("score", keys).has_value());  // too far from every key
  CHECK_FALSE(did_you_mean("x", {}).has_value());
}

TEST_CASE("did_you_mean allows more edits for longer words and keeps the first of a tie") {
  // Up to max(2, length / 3) edits.
  CHECK(did_you_mean("abcdefghi", {"abcdefxyz"}) == "abcdefxyz");  // 9 letters: 3 edits allowed
  CHECK_FALSE(did_you_mean("abcdefgh", {"abcdefxyz"}).has_value());  // 8 letters: 2 allowed, 3 needed
  CHECK(did_you_mean("ab", {"xy"}) == "xy");  // short words still get 2
  CHECK(did_you_mean("2.1.4", {"2.1.1", "2.1.2", "2.1.3"}) == "2.1.1");
  CHECK(did_you_mean("2.1.4", {"2.4.1", "2.1.3"}) == "2.1.3");  // the closer wins over the first
}
