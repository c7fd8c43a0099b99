// CountOnly: the duplicate-id hashes it reports, whether ids come in increasing order (checked
// against the one before only) or not (probed in a FingerprintSet), and when the order breaks
// (the ids before the break are handed back, as CaseTable does from a second pass).
#include <ostream>

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "pdurate/util/hash.hpp"
#include "readers/case_sinks.hpp"

using pdurate::readers::CountOnly;
using pdurate::util::hash_id;

namespace {
std::string id(int i) { return "C" + std::to_string(i); }
std::unordered_set<std::uint64_t> hashes(std::initializer_list<int> ids) {
  std::unordered_set<std::uint64_t> out;
  for (int i : ids) out.insert(hash_id(id(i)));
  return out;
}

// CountOnly as CaseTable drives it: every id add()ed, then, before repeated(), the first
// unhashed() of them handed back (CaseTable reads them again from the file).
class Reader {
 public:
  void expect(std::size_t cases) { sink_.expect(cases); }
  void add(std::string_view id) {
    seen_.emplace_back(id);
    sink_.add(id, 0);
  }
  bool in_order() const { return sink_.in_order(); }
  const std::unordered_set<std::uint64_t>& repeated() {
    while (sink_.unhashed() > 0) sink_.add_earlier(seen_[handed_++]);
    return sink_.repeated();
  }
  CountOnly& sink() { return sink_; }

 private:
  CountOnly sink_;
  std::vector<std::string> seen_;
  std::size_t handed_ = 0;
};
}  // namespace

TEST_CASE("ids in increasing order, shorter first, stay in order and repeat nothing") {
  Reader sink;
  for (int i = 1; i <= 20'000; ++i) sink.add(id(i));  // C9 before C10: shorter first
  CHECK(sink.in_order());
  CHECK(sink.repeated().empty());
}

TEST_CASE("the id that breaks the order is checked against every id before it") {
  for (int rows : {1, 2, 7, 8, 9, 1000, 70'000}) {
    CAPTURE(rows);
    Reader sink;
    if (rows > 500) sink.expect(rows / 2);  // an estimate that is low
    for (int i = 1; i <= rows; ++i) sink.add(id(i));
    sink.add(id((rows + 1) / 2));  // a repeat: not after the last id
    CHECK_FALSE(sink.in_order());
    sink.add(id(rows + 1));
    sink.add(id(1));  // the first id, again after the break
    CHECK(sink.repeated() == hashes({(rows + 1) / 2, 1}));
  }
}

TEST_CASE("an id equal to the one before breaks the order and is a repeat") {
  Reader sink;
  sink.add("B7");
  sink.add("B7");
  CHECK_FALSE(sink.in_order());
  CHECK(sink.repeated().size() == 1);
  CHECK(sink.repeated().count(hash_id("B7")) == 1);
}

TEST_CASE("ids in no order: only true repeats are reported") {
  Reader sink;
  sink.expect(10'000);
  for (int i = 10'000; i >= 1; --i) sink.add(id(i));  // decreasing: out of order from the second
  CHECK_FALSE(sink.in_order());
  CHECK(sink.repeated().empty());
  sink.add(id(10'000));
  sink.add(id(5));
  CHECK(sink.repeated() == hashes({10'000, 5}));
}

TEST_CASE("the order compares bytes after sizes: a longer id follows, a smaller one of the same size does not") {
  Reader sink;
  sink.add("Z");
  sink.add("AA");  // longer: follows
  sink.add("AB");
  CHECK(sink.in_order());
  sink.add("AA");  // same size, smaller bytes
  CHECK_FALSE(sink.in_order());
  CHECK(sink.repeated() == std::unordered_set<std::uint64_t>{hash_id("AA")});
}

TEST_CASE("an id longer than 16 bytes ends the order, and repeats are still found across it") {
  const std::string long_id(17, 'Q');
  Reader sink;
  sink.add("A1");
  sink.add(long_id);  // longer, so after in the order; too long to compare without memcmp
  CHECK_FALSE(sink.in_order());
  sink.add("A2");
  sink.add("A1");
  sink.add(long_id);
  CHECK(sink.repeated() == std::unordered_set<std::uint64_t>{hash_id("A1"), hash_id(long_id)});
}

// The order is compared without memcmp, from words read at both ends of the id: for ids of
// every size up to 16 bytes (and bytes of 0x80 or more), two ids of the same size stay in order
// exactly when the second is greater byte by byte.
TEST_CASE("ids of the same size are in order exactly when memcmp says so") {
  std::uint64_t state = 7;
  const auto random = [&](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % below;
  };
  const std::string alphabet = std::string("09AZaz-/") + '\x80' + '\xFF';
  for (std::size_t size = 1; size <= 16; ++size) {
    for (int pair = 0; pair < 400; ++pair) {
      std::string a(size, '0'), b;
      for (auto& c : a) c = alphabet[random(alphabet.size())];
      b = a;
      for (auto k = 1 + random(3); k > 0; --k) b[random(size)] = alphabet[random(alphabet.size())];  // in up to 3 bytes
      CAPTURE(size);
      CAPTURE(a);
      CAPTURE(b);
      Reader sink;
      sink.add(a);
      sink.add(b);
      CHECK(sink.in_order() == (std::memcmp(a.data(), b.data(), size) < 0));
    }
  }
}

TEST_CASE("ids in order are not hashed: a repeat of one is found once they are handed back after the break") {
  CountOnly sink;
  for (int i = 1; i <= 100; ++i) sink.add(id(i), 0);
  CHECK(sink.unhashed() == 0);  // while in order: nothing to hand back
  sink.add(id(50), 0);          // breaks the order
  CHECK_FALSE(sink.in_order());
  CHECK(sink.unhashed() == 100);
  CHECK(sink.repeated().empty());  // C50's first occurrence is not in the set yet
  for (int i = 100; i >= 1; --i) sink.add_earlier(id(i));  // in any order
  CHECK(sink.unhashed() == 0);
  CHECK(sink.repeated() == hashes({50}));
}
