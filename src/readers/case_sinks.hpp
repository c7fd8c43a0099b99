// Where the case readers keep what they read: every case (StoreCases) or only the counts
// (CountOnly), and the layout of the table's columns. CountGroups (readers/group_sink.hpp)
// counts by attribute value. Shared by the CSV and workbook readers
// through readers/case_table.hpp.
#pragma once

#include <array>
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
class CountOnly {
 public:
  void expect(std::size_t cases) { ids_.expect(cases); }
  std::size_t add(std::string_view id, std::size_t /*line*/) {
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

  // The hashes seen more than once, once every row has been added.
  const std::unordered_set<std::uint64_t>& repeated() {
    const std::size_t oldest = (pending_next_ + kDelay - pending_count_) % kDelay;
    for (std::size_t i = 0; i < pending_count_; ++i) insert(pending_[(oldest + i) % kDelay]);
    pending_count_ = 0;
    return repeated_;
  }

 private:
  static constexpr std::size_t kDelay = 8;
  void insert(std::uint64_t h) {
    if (ids_.insert(h)) repeated_.insert(h);
  }
  FingerprintSet ids_;
  std::array<std::uint64_t, kDelay> pending_{};
  std::size_t pending_count_ = 0;
  std::size_t pending_next_ = 0;
  std::unordered_set<std::uint64_t> repeated_;
};

}  // namespace pdurate::readers
