// The sink of CaseDetail::Groups: each case counted into the group of its values of the tracked
// attributes (those a --by, --rri or --where names) and of whether its id is one --exclude
// names, with CountOnly's detection of duplicate ids; nothing of the case is kept. Each group
// has an AnswerTally of its own, so a row costs what the counting path costs plus finding its
// group: a comparison with the row before, else a hash lookup per attribute and one for the group.
// Memory grows with the number of distinct groups, not of cases.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pdurate/model/case_groups.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "readers/answer_tally.hpp"
#include "readers/case_sinks.hpp"

namespace pdurate::readers {

class CountGroups {
 public:
  // `columns`: the question columns of the table, in table order (an AnswerTally's columns).
  CountGroups(const Layout& layout, const Grouping& grouping, std::size_t columns);

  void expect(std::size_t cases) { ids_.expect(cases); }
  std::size_t add(std::string_view id, std::size_t line) {
    ids_.add(id, line);
    named_ = 0;
    if (!named_codes_.empty())
      if (const auto it = named_codes_.find(id); it != named_codes_.end()) {
        named_ = it->second + 1;
        found_[it->second] = true;
      }
    return 0;  // duplicates are reported by the second pass (CountOnly)
  }
  void answer(std::size_t, model::Answer) {}
  void attribute(std::size_t, std::string_view) {}
  static constexpr bool wants_answers = false, wants_attributes = false, wants_groups = true;

  // The tally of the group of the row just add()ed; `field(column)` is a column's trimmed text.
  template <class Field>
  AnswerTally& tally(const Field& field) {
    for (std::size_t t = 0; t < tracked_.size(); ++t) key_[t] = tracked_[t].code(field(tracked_[t].column));
    key_.back() = named_;
    // A direct-mapped cache of the groups found: a few distinct groups hit it nearly always.
    std::uint32_t& slot = cache_[KeyHash{}(key_) % cache_.size()];
    if (slot == 0 || !same_key(keys_[slot - 1])) slot = group_of(key_) + 1;
    ++cases_[slot - 1];
    return tallies_[slot - 1];
  }

  CountOnly& ids() { return ids_; }
  // True when a named id is on no case: the caller reads every id for a suggestion.
  bool named_missing() const;
  // Column k's Yes, No and N/A counts over every group.
  std::array<std::size_t, 3> column_counts(std::size_t k);
  // The groups as read. `questions[k]` is the answer slot of question column k.
  model::CaseGroups finish(const std::vector<std::size_t>& questions, std::vector<std::string> all_ids);

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct KeyHash {  // inline: once a row
    std::size_t operator()(const std::vector<std::uint32_t>& key) const {
      std::uint64_t h = 0x9E3779B97F4A7C15ULL;
      for (const auto k : key) h = (h ^ k) * 0xFF51AFD7ED558CCDULL;
      return static_cast<std::size_t>(h ^ (h >> 32));
    }
  };
  // Whether `key` is key_: a loop over its few codes, where != on vectors calls memcmp.
  bool same_key(const std::vector<std::uint32_t>& key) const {
    for (std::size_t i = 0; i < key_.size(); ++i)
      if (key[i] != key_[i]) return false;
    return true;
  }
  using Codes = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;
  struct Tracked {
    std::size_t attribute = 0, column = 0;
    std::vector<std::string> values;  // in the order first seen
    Codes codes;
    std::uint32_t last = 0;           // the value coded last: rows often repeat the value before
    std::uint32_t code(std::string_view value) {
      if (!values.empty() && values[last] == value) return last;
      // A few values (grades, case types) are found faster by comparing than by hashing.
      for (std::uint32_t i = 0; i < values.size() && i < 8; ++i)
        if (values[i] == value) return last = i;
      return code_of_new_or_many(value);
    }
    std::uint32_t code_of_new_or_many(std::string_view value);
  };
  std::uint32_t group_of(const std::vector<std::uint32_t>& key);

  const Layout& layout_;
  std::size_t columns_;
  CountOnly ids_;
  std::vector<Tracked> tracked_;
  std::vector<std::string> named_ids_;
  Codes named_codes_;
  std::vector<bool> found_;
  std::uint32_t named_ = 0;
  std::vector<std::uint32_t> key_;
  std::array<std::uint32_t, 64> cache_{};  // 1 + a group, or 0
  std::unordered_map<std::vector<std::uint32_t>, std::uint32_t, KeyHash> groups_;
  std::vector<std::vector<std::uint32_t>> keys_;  // per group
  std::vector<AnswerTally> tallies_;              // per group
  std::vector<std::size_t> cases_;                // per group
};

}  // namespace pdurate::readers
