#include "pdurate/model/case_set.hpp"

#include <limits>
#include <stdexcept>

#include "pdurate/util/hash.hpp"

namespace pdurate::model {

CaseSet::CaseSet(std::size_t question_count)
    : answers_(question_count), present_(question_count, false) {}

namespace {
constexpr std::uint64_t fingerprint(std::uint64_t hash) { return hash >> 32 << 32; }
constexpr std::size_t case_of(std::uint64_t entry) { return static_cast<std::uint32_t>(entry) - 1; }
}  // namespace

std::size_t CaseSet::slot_for(std::string_view wanted, std::uint64_t hash) const {
  const std::size_t mask = index_.size() - 1;
  const std::uint64_t tag = fingerprint(hash);
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint64_t entry = index_[slot];
    if (entry == 0 || (fingerprint(entry) == tag && id(case_of(entry)) == wanted)) return slot;
  }
}

void CaseSet::grow_index() { rehash(index_.empty() ? 16 : index_.size() * 2); }

// Places every case anew in `slots` slots. Ids are unique here, so only empty slots are sought.
void CaseSet::rehash(std::size_t slots) const {
  index_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (std::size_t c = 0; c < size(); ++c) {
    const std::uint64_t hash = util::hash_id(id(c));
    std::size_t slot = hash & mask;
    while (index_[slot] != 0) slot = (slot + 1) & mask;
    index_[slot] = fingerprint(hash) | (c + 1);
  }
  index_built_ = true;
}

void CaseSet::build_index() const {
  if (index_built_) return;
  std::size_t slots = 16;
  while (slots < 2 * (size() + 1)) slots *= 2;
  rehash(slots);
}

void CaseSet::mark_present(std::size_t question) {
  if (present_[question]) return;
  present_[question] = true;
  answers_[question].assign(size(), static_cast<std::uint8_t>(Answer::NotApplicable));
}

void CaseSet::reserve(std::size_t cases) {
  for (std::size_t q = 0; q < answers_.size(); ++q)
    if (present_[q]) answers_[q].reserve(cases);
  for (auto& a : attributes_) a.codes.reserve(cases);
  lines_.reserve(cases);
  id_ends_.reserve(cases);
  build_index();
  std::size_t slots = index_.empty() ? 16 : index_.size();
  while (slots < 2 * cases) slots *= 2;
  if (slots > index_.size()) rehash(slots);
}

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
  build_index();
  if (2 * (size() + 1) > index_.size()) grow_index();  // keep the index at most half full
  const std::uint64_t hash = util::hash_id(new_id);
  const std::size_t slot = slot_for(new_id, hash);
  if (index_[slot] != 0) return std::nullopt;
  if (id_arena_.size() + new_id.size() >= std::numeric_limits<std::uint32_t>::max() ||
      size() + 1 >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("too many cases for one inspection");
  const std::size_t c = size();
  id_arena_.append(new_id);
  id_ends_.push_back(static_cast<std::uint32_t>(id_arena_.size()));
  lines_.push_back(static_cast<std::uint32_t>(line));
  for (std::size_t q = 0; q < answers_.size(); ++q)
    if (present_[q]) answers_[q].push_back(static_cast<std::uint8_t>(Answer::NotApplicable));
  for (auto& a : attributes_) a.codes.push_back(0);
  index_[slot] = fingerprint(hash) | (c + 1);
  return c;
}

void CaseSet::set_attribute(std::size_t c, std::size_t attribute, std::string_view value) {
  auto& a = attributes_[attribute];
  if (a.values[a.last] == value) {  // no hashing when a row repeats the value before
    a.codes[c] = a.last;
    return;
  }
  if (auto it = a.codes_by_value.find(value); it != a.codes_by_value.end()) {
    a.codes[c] = a.last = it->second;
    return;
  }
  const auto code = static_cast<std::uint32_t>(a.values.size());
  a.values.emplace_back(value);
  a.codes_by_value.emplace(std::string(value), code);
  a.codes[c] = a.last = code;
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
  build_index();
  if (index_.empty()) return std::nullopt;
  const auto entry = index_[slot_for(wanted, util::hash_id(wanted))];
  if (entry == 0) return std::nullopt;
  return case_of(entry);
}

CaseSet CaseSet::subset(const std::vector<bool>& keep) const {
  CaseSet out(question_count());
  out.present_ = present_;
  out.attribute_names_ = attribute_names_;
  std::size_t n = 0;
  for (bool k : keep) n += k ? 1 : 0;
  for (std::size_t q = 0; q < answers_.size(); ++q) {
    if (!present_[q]) continue;
    out.answers_[q].reserve(n);
    for (std::size_t c = 0; c < size(); ++c)
      if (keep[c]) out.answers_[q].push_back(answers_[q][c]);
  }
  for (const auto& a : attributes_) {
    Attribute copy;
    copy.values = a.values;
    copy.codes_by_value = a.codes_by_value;
    copy.codes.reserve(n);
    for (std::size_t c = 0; c < size(); ++c)
      if (keep[c]) copy.codes.push_back(a.codes[c]);
    out.attributes_.push_back(std::move(copy));
  }
  out.lines_.reserve(n);
  out.id_ends_.reserve(n);
  for (std::size_t c = 0; c < size(); ++c) {
    if (!keep[c]) continue;
    out.id_arena_.append(id(c));
    out.id_ends_.push_back(static_cast<std::uint32_t>(out.id_arena_.size()));
    out.lines_.push_back(lines_[c]);
  }
  out.index_built_ = false;  // built if something looks an id up
  return out;
}

}  // namespace pdurate::model
