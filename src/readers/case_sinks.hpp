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
// the one before and its hash appended to a list, read in order and never probed. The first id
// out of order moves the list into the set, and from then on every id is probed as above. (The
// set's random probes of a million ids were a fifth of the time of reading them.)
class CountOnly {
 public:
  void expect(std::size_t cases) {
    expected_ = cases;
    if (!in_order_) ids_.expect(cases);
    else if (cases > ordered_.capacity()) ordered_.reserve(cases + cases / 8);
  }
  std::size_t add(std::string_view id, std::size_t /*line*/) {
    const std::uint64_t h = util::hash_id(id);
    if (in_order_) [[likely]] {
      if (id.size() <= kLastBytes && follows(id)) {
        std::memcpy(last_.data(), id.data(), id.size());
        last_size_ = id.size();
        ordered_.push_back(h);
        return 0;
      }
      leave_order();
    }
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

  // The hashes seen more than once, once every row has been added.
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
  // Whether id comes after the last id in the order above.
  bool follows(std::string_view id) const {
    if (id.size() != last_size_) return id.size() > last_size_;
    return std::memcmp(id.data(), last_.data(), id.size()) > 0;
  }
  // The ids so far into the set (in order, distinct: any repeat the set reports is a hash
  // collision, for the second pass to rule out), and the list freed.
  void leave_order() {
    in_order_ = false;
    ids_.expect(std::max(expected_, ordered_.size()));
    for (const std::uint64_t h : ordered_) insert(h);
    std::vector<std::uint64_t>().swap(ordered_);
  }
  void insert(std::uint64_t h) {
    if (ids_.insert(h)) repeated_.insert(h);
  }
  // The last id, kept while in order: a longer id (no case id is) ends the order.
  static constexpr std::size_t kLastBytes = 64;
  bool in_order_ = true;
  std::array<char, kLastBytes> last_{};
  std::size_t last_size_ = 0;
  std::vector<std::uint64_t> ordered_;  // the hashes of the ids while in order
  std::size_t expected_ = 0;
  FingerprintSet ids_;
  std::array<std::uint64_t, kDelay> pending_{};
  std::size_t pending_count_ = 0;
  std::size_t pending_next_ = 0;
  std::unordered_set<std::uint64_t> repeated_;
};

}  // namespace pdurate::readers
