// Where the case readers keep what they read: every case (StoreCases) or only the counts
// (CountOnly), and the layout of the table's columns. CountGroups (readers/group_sink.hpp)
// counts by attribute value. Shared by the CSV and workbook readers
// through readers/case_table.hpp.
#pragma once

#include <algorithm>
#include <array>
#include <cstring>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "pdurate/model/case_set.hpp"
#include "pdurate/util/hash.hpp"
#include "readers/fingerprint_set.hpp"

namespace pdurate::readers {

// What each column of the table feeds.
struct Layout {
  struct Slot {
    // Unheaded: a column with no heading, read only to check that it holds nothing (spreadsheets
    // save formatted but empty columns as trailing delimiters or empty cells).
    enum Kind { CaseId, Question, Attribute, Unheaded } kind = Attribute;
    std::size_t index = 0;  // Question: the answer slot; Attribute: the attribute
  };
  std::size_t case_id = 0;          // its column
  std::vector<Slot> slots;          // one per column of the header
  std::vector<std::string> attributes;
  std::vector<bool> present;        // per answer slot
  std::vector<std::size_t> unheaded;  // the Unheaded columns
  std::size_t headed_width = 0;     // one past the last column with a heading
  std::size_t header_width = 0;     // the header's fields, with any empty ones at its end
};

// Keeps every case (CaseDetail::Cases). Duplicate ids are found exactly, at once.
class StoreCases {
 public:
  StoreCases(model::CaseSet& cases, const Layout& layout) : cases_(cases) {
    for (std::size_t q = 0; q < layout.present.size(); ++q)
      if (layout.present[q]) cases_.mark_present(q);
    for (const auto& a : layout.attributes) cases_.add_attribute(a);
  }
  // The first line of a duplicate id, or 0 when the case is new.
  std::size_t add(std::string_view id, std::size_t line) {
    if (auto c = cases_.add_case(id, line)) {
      current_ = *c;
      return 0;
    }
    return cases_.line(*cases_.find(id));
  }
  void answer(std::size_t question, model::Answer a) { cases_.set_answer(current_, question, a); }
  void attribute(std::size_t attribute, std::string_view value) { cases_.set_attribute(current_, attribute, value); }
  // Reserves for the first estimate only: reserving again for each revised one would copy
  // every column each time (growth by doubling handles a low estimate).
  void expect(std::size_t cases) {
    if (!reserved_) cases_.reserve(cases);
    reserved_ = true;
  }
  static constexpr bool wants_answers = true, wants_attributes = true, wants_groups = false;

 private:
  model::CaseSet& cases_;
  std::size_t current_ = 0;
  bool reserved_ = false;
};

// Keeps only counts (CaseDetail::CountsOnly). Duplicate ids are found by a FingerprintSet of
// id hashes, about 8 bytes a case: a repeat marks a possible duplicate, which a second pass over
// the file confirms by comparing the ids themselves (and finds their lines). Each hash goes
// into the set a few rows after its slots are prefetched, so the cache miss of a large set
// overlaps the work on the rows between.
//
// Ids in increasing order (shorter first, then byte by byte: C9 before C10) cannot repeat, and
// exports of bulk input are usually so ordered: while they are, each id is only compared with
// the one before, and neither hashed nor kept. From the first id out of order on, every id is
// probed as above; the ids before it are then unhashed(), and the reader hands them back from a
// second pass over the rows before it (add_earlier) before asking for repeated(). (The set's
// random probes of a million ids were a fifth of the time of reading them, and a list of their
// hashes kept in case the order broke was 8 MB.)
class CountOnly {
 public:
  void expect(std::size_t cases) {
    expected_ = cases;
    if (!in_order_) ids_.expect(cases);
  }
  [[gnu::always_inline]] std::size_t add(std::string_view id, std::size_t /*line*/) {  // once a row
    if (in_order_) [[likely]] {
      const OrderKey key = order_key(id);
      if (id.size() <= kOrderedBytes && last_ < key) {
        last_ = key;
        ++unhashed_;
        return 0;
      }
      leave_order();
    }
    const std::uint64_t h = util::hash_id(id);
    ids_.prefetch(h);
    if (pending_count_ == kDelay) insert(pending_[pending_next_]);
    else ++pending_count_;
    pending_[pending_next_] = h;
    pending_next_ = (pending_next_ + 1) % kDelay;
    return 0;  // duplicates are reported by the second pass
  }
  void answer(std::size_t, model::Answer) {}
  void attribute(std::size_t, std::string_view) {}
  static constexpr bool wants_answers = false, wants_attributes = false, wants_groups = false;

  // Once the order has broken: how many of the first ids added (all before the break) are still
  // to be handed back with add_earlier(), each once, in any order. 0 while the order holds.
  std::size_t unhashed() const { return in_order_ ? 0 : unhashed_; }
  void add_earlier(std::string_view id) {
    insert(util::hash_id(id));
    --unhashed_;
  }

  // The hashes seen more than once, once every row has been added (and every unhashed() id
  // handed back).
  const std::unordered_set<std::uint64_t>& repeated() {
    const std::size_t oldest = (pending_next_ + kDelay - pending_count_) % kDelay;
    for (std::size_t i = 0; i < pending_count_; ++i) insert(pending_[(oldest + i) % kDelay]);
    pending_count_ = 0;
    return repeated_;
  }
  // Whether every id so far came in increasing order (for tests).
  bool in_order() const { return in_order_; }

 private:
  static constexpr std::size_t kDelay = 8;
  // An id of up to 16 bytes as its size and its bytes as big-endian numbers, compared in that
  // order: the order above, with no copy of the id and no call to memcmp. Bytes are read from
  // the front and the back, overlapping: for ids of the same size, comparing the first eight
  // (four, or one) and then the last eight is comparing every byte in turn.
  struct OrderKey {
    std::uint64_t size = 0, front = 0, back = 0;
    friend bool operator<(const OrderKey& a, const OrderKey& b) {
      if (a.size != b.size) return a.size < b.size;
      return a.front != b.front ? a.front < b.front : a.back < b.back;
    }
  };
  static constexpr std::size_t kOrderedBytes = 16;  // a longer id ends the order
  static OrderKey order_key(std::string_view id) {
    const char* p = id.data();
    const std::size_t n = id.size();
    const auto load = [&](std::size_t at, auto word) {
      std::memcpy(&word, p + at, sizeof word);
      return static_cast<std::uint64_t>(byteswap(word));
    };
    if (n >= 8) return {n, load(0, std::uint64_t{}), load(n - 8, std::uint64_t{})};
    if (n >= 4) return {n, load(0, std::uint32_t{}), load(n - 4, std::uint32_t{})};
    if (n == 0) return {0, 0, 0};
    const auto byte = [&](std::size_t at) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[at])); };
    return {n, byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1), 0};
  }
  static std::uint64_t byteswap(std::uint64_t v) { return __builtin_bswap64(v); }
  static std::uint32_t byteswap(std::uint32_t v) { return __builtin_bswap32(v); }
  [[gnu::noinline]] void leave_order() {  // once at most
    in_order_ = false;
    ids_.expect(std::max(expected_, unhashed_));
  }
  void insert(std::uint64_t h) {
    if (ids_.insert(h)) repeated_.insert(h);
  }
  bool in_order_ = true;
  OrderKey last_;  // of the last id, while in order (size 0: before the first)
  std::size_t unhashed_ = 0;  // ids added in order, less those handed back since
  std::size_t expected_ = 0;
  FingerprintSet ids_;
  std::array<std::uint64_t, kDelay> pending_{};
  std::size_t pending_count_ = 0;
  std::size_t pending_next_ = 0;
  std::unordered_set<std::uint64_t> repeated_;
};

}  // namespace pdurate::readers
