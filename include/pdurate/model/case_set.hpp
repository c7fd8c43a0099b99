// The cases of one inspection: an id, the answer to each question and free-form attributes
// (case_type, grade, office, ...). Knows nothing of rules: questions are numbered 0..N-1 by
// whoever builds the set (the readers number them as the rules do).
//
// Stored by column: one byte per answer, attributes interned per column, ids in one arena, and
// an open-addressing id index whose 8-byte slots hold a case's number and a fingerprint of its
// id (so a probe reads the id itself only when the fingerprints match): about 45 bytes a case
// with 12 questions and 3 attributes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>
#include <vector>

#include "pdurate/model/answer.hpp"

namespace pdurate::model {

class CaseSet {
 public:
  explicit CaseSet(std::size_t question_count = 0);

  std::size_t question_count() const { return answers_.size(); }
  // A question is present when the input had a column (or key) for it. Only present questions
  // store answers; an absent one answers N/A for every case, as does a case added before its
  // question was marked present.
  void mark_present(std::size_t question);
  // Room for this many cases without regrowing (a hint from the reader's estimate).
  void reserve(std::size_t cases);
  bool has_question(std::size_t question) const { return present_[question]; }

  // Attribute columns, in the order first seen. Adding one after cases exist gives them "".
  std::size_t add_attribute(std::string_view name);
  std::optional<std::size_t> find_attribute(std::string_view name) const;
  const std::vector<std::string>& attribute_names() const { return attribute_names_; }

  // Appends a case whose answers are all N/A and attributes all "". Returns its index, or
  // nullopt when the id is already taken (the set is unchanged; see find()).
  std::optional<std::size_t> add_case(std::string_view id, std::size_t line);
  // An answer makes its question present (the input has it).
  void set_answer(std::size_t c, std::size_t question, Answer answer) {
    if (!present_[question]) mark_present(question);
    answers_[question][c] = static_cast<std::uint8_t>(answer);
  }
  void set_attribute(std::size_t c, std::size_t attribute, std::string_view value);

  std::size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }
  std::string_view id(std::size_t c) const;
  std::size_t line(std::size_t c) const { return lines_[c]; }  // 1-based source line, 0 if none
  Answer answer(std::size_t c, std::size_t question) const {
    return present_[question] ? static_cast<Answer>(answers_[question][c]) : Answer::NotApplicable;
  }
  std::string_view attribute(std::size_t c, std::size_t attribute) const;
  std::optional<std::size_t> find(std::string_view id) const;

  // The cases with keep[c] true, in order, with every question, attribute and line: a copy made
  // column by column (what-if filters), cheaper than adding the cases one by one.
  CaseSet subset(const std::vector<bool>& keep) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Attribute {
    std::vector<std::string> values;  // interned; values[0] == ""
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> codes_by_value;
    std::vector<std::uint32_t> codes;  // one per case
    std::uint32_t last = 0;             // the code set last: rows often repeat the value before
  };
  // The slot holding id, or the empty slot where it would go. The index must be built.
  std::size_t slot_for(std::string_view id, std::uint64_t hash) const;
  void grow_index();
  void rehash(std::size_t slots) const;  // touches only the mutable index
  void build_index() const;  // if index_built_ is false (after subset())

  std::vector<std::vector<std::uint8_t>> answers_;  // [question][case]; empty for an absent question
  std::vector<bool> present_;
  std::vector<std::string> attribute_names_;
  std::vector<Attribute> attributes_;
  std::string id_arena_;
  std::vector<std::uint32_t> id_ends_;  // where each id ends in id_arena_ (it starts where the last ended)
  std::vector<std::uint32_t> lines_;
  // (fingerprint << 32) | (case + 1), or 0 for an empty slot; empty or a power of two in size.
  // Built on first use after subset(), which may never need it.
  mutable std::vector<std::uint64_t> index_;
  mutable bool index_built_ = true;
  // Every member is valid empty, so a moved-from set is an empty set (of no questions).
};

}  // namespace pdurate::model
