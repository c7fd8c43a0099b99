// The cases of one inspection: an id, the answer to each question and free-form attributes
// (case_type, grade, office, ...). Knows nothing of rules: questions are numbered 0..N-1 by
// whoever builds the set (the readers number them as the rules do).
//
// Stored by column: one byte per answer, attributes interned per column, ids in one arena, and
// an open-addressing id index of 4-byte slots: about 30 bytes a case with 12 questions and 3
// attributes.
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
  // A question is present when the input had a column (or key) for it. Cases added before a
  // question is marked present answer it N/A.
  void mark_present(std::size_t question);
  bool has_question(std::size_t question) const { return present_[question]; }

  // Attribute columns, in the order first seen. Adding one after cases exist gives them "".
  std::size_t add_attribute(std::string_view name);
  std::optional<std::size_t> find_attribute(std::string_view name) const;
  const std::vector<std::string>& attribute_names() const { return attribute_names_; }

  // Appends a case whose answers are all N/A and attributes all "". Returns its index, or
  // nullopt when the id is already taken (the set is unchanged; see find()).
  std::optional<std::size_t> add_case(std::string_view id, std::size_t line);
  void set_answer(std::size_t c, std::size_t question, Answer answer) {
    answers_[question][c] = static_cast<std::uint8_t>(answer);
  }
  void set_attribute(std::size_t c, std::size_t attribute, std::string_view value);

  std::size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }
  std::string_view id(std::size_t c) const;
  std::size_t line(std::size_t c) const { return lines_[c]; }  // 1-based source line, 0 if none
  Answer answer(std::size_t c, std::size_t question) const {
    return static_cast<Answer>(answers_[question][c]);
  }
  std::string_view attribute(std::size_t c, std::size_t attribute) const;
  std::optional<std::size_t> find(std::string_view id) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Attribute {
    std::vector<std::string> values;  // interned; values[0] == ""
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> codes_by_value;
    std::vector<std::uint32_t> codes;  // one per case
  };
  // The slot holding id, or the empty slot where it would go.
  std::size_t slot_for(std::string_view id) const;
  void grow_index();

  std::vector<std::vector<std::uint8_t>> answers_;  // [question][case]
  std::vector<bool> present_;
  std::vector<std::string> attribute_names_;
  std::vector<Attribute> attributes_;
  std::string id_arena_;
  std::vector<std::uint32_t> id_ends_;  // where each id ends in id_arena_ (it starts where the last ended)
  std::vector<std::uint32_t> lines_;
  std::vector<std::uint32_t> index_;  // case index + 1, or 0 for an empty slot; empty or a power of two
  // Every member is valid empty, so a moved-from set is an empty set (of no questions).
};

}  // namespace pdurate::model
