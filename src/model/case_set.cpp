#include "pdurate/model/case_set.hpp"

#include <limits>
#include <stdexcept>

#include "pdurate/hash.hpp"

namespace pdurate::model {

CaseSet::CaseSet(std::size_t question_count)
    : answers_(question_count), present_(question_count, false) {}

std::size_t CaseSet::slot_for(std::string_view wanted) const {
  const std::size_t mask = index_.size() - 1;
  for (std::size_t slot = hash_id(wanted) & mask;; slot = (slot + 1) & mask)
    if (index_[slot] == 0 || id(index_[slot] - 1) == wanted) return slot;
}

void CaseSet::grow_index() {
  std::vector<std::uint32_t> old(index_.empty() ? 16 : index_.size() * 2, 0);
  old.swap(index_);
  for (auto entry : old)
    if (entry != 0) index_[slot_for(id(entry - 1))] = entry;
}

void CaseSet::mark_present(std::size_t question) { present_[question] = true; }

std::size_t CaseSet::add_attribute(std::string_view name) {
  if (auto existing = find_attribute(name)) return *existing;
  attribute_names_.emplace_back(name);
  Attribute a;
  a.values.emplace_back();
  a.codes_by_value.emplace(std::string(), 0);
  a.codes.assign(size(), 0);
  attributes_.push_back(std::move(a));
  return attributes_.size() - 1;
}

std::optional<std::size_t> CaseSet::find_attribute(std::string_view name) const {
  for (std::size_t i = 0; i < attribute_names_.size(); ++i)
    if (attribute_names_[i] == name) return i;
  return std::nullopt;
}

std::optional<std::size_t> CaseSet::add_case(std::string_view new_id, std::size_t line) {
  if (2 * (size() + 1) > index_.size()) grow_index();  // keep the index at most half full
  const std::size_t slot = slot_for(new_id);
  if (index_[slot] != 0) return std::nullopt;
  if (id_arena_.size() + new_id.size() >= std::numeric_limits<std::uint32_t>::max() ||
      size() + 1 >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("too many cases for one inspection");
  const std::size_t c = size();
  id_arena_.append(new_id);
  id_ends_.push_back(static_cast<std::uint32_t>(id_arena_.size()));
  lines_.push_back(static_cast<std::uint32_t>(line));
  for (auto& column : answers_) column.push_back(static_cast<std::uint8_t>(Answer::NotApplicable));
  for (auto& a : attributes_) a.codes.push_back(0);
  index_[slot] = static_cast<std::uint32_t>(c + 1);
  return c;
}

void CaseSet::set_attribute(std::size_t c, std::size_t attribute, std::string_view value) {
  auto& a = attributes_[attribute];
  if (auto it = a.codes_by_value.find(value); it != a.codes_by_value.end()) {
    a.codes[c] = it->second;
    return;
  }
  const auto code = static_cast<std::uint32_t>(a.values.size());
  a.values.emplace_back(value);
  a.codes_by_value.emplace(std::string(value), code);
  a.codes[c] = code;
}

std::string_view CaseSet::id(std::size_t c) const {
  const std::uint32_t begin = c == 0 ? 0 : id_ends_[c - 1];
  return std::string_view(id_arena_).substr(begin, id_ends_[c] - begin);
}

std::string_view CaseSet::attribute(std::size_t c, std::size_t attribute) const {
  const auto& a = attributes_[attribute];
  return a.values[a.codes[c]];
}

std::optional<std::size_t> CaseSet::find(std::string_view wanted) const {
  if (index_.empty()) return std::nullopt;
  const auto entry = index_[slot_for(wanted)];
  if (entry == 0) return std::nullopt;
  return entry - 1;
}

}  // namespace pdurate::model
