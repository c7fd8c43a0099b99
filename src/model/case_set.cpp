#include "pdurate/model/case_set.hpp"

#include <functional>
#include <limits>
#include <stdexcept>

namespace pdurate::model {
namespace {
constexpr std::uint32_t kProbe = std::numeric_limits<std::uint32_t>::max();
}

CaseSet::CaseSet(std::size_t question_count)
    : answers_(question_count),
      present_(question_count, false),
      id_offsets_{0},
      index_(16, IdHash{this}, IdEqual{this}) {}

CaseSet::CaseSet(const CaseSet& o)
    : answers_(o.answers_),
      present_(o.present_),
      attribute_names_(o.attribute_names_),
      attributes_(o.attributes_),
      id_arena_(o.id_arena_),
      id_offsets_(o.id_offsets_),
      lines_(o.lines_),
      index_(16, IdHash{this}, IdEqual{this}) {
  rebuild_index();
}

CaseSet& CaseSet::operator=(const CaseSet& o) {
  if (this != &o) {
    CaseSet copy(o);
    *this = std::move(copy);
  }
  return *this;
}

CaseSet::CaseSet(CaseSet&& o) noexcept
    : answers_(std::move(o.answers_)),
      present_(std::move(o.present_)),
      attribute_names_(std::move(o.attribute_names_)),
      attributes_(std::move(o.attributes_)),
      id_arena_(std::move(o.id_arena_)),
      id_offsets_(std::move(o.id_offsets_)),
      lines_(std::move(o.lines_)),
      index_(16, IdHash{this}, IdEqual{this}) {
  // The index's hash and equality point at their owner, so it is rebuilt, not moved.
  rebuild_index();
  o = CaseSet();
}

CaseSet& CaseSet::operator=(CaseSet&& o) noexcept {
  if (this != &o) {
    answers_ = std::move(o.answers_);
    present_ = std::move(o.present_);
    attribute_names_ = std::move(o.attribute_names_);
    attributes_ = std::move(o.attributes_);
    id_arena_ = std::move(o.id_arena_);
    id_offsets_ = std::move(o.id_offsets_);
    lines_ = std::move(o.lines_);
    index_ = IdIndex(16, IdHash{this}, IdEqual{this});
    rebuild_index();
    o.answers_.clear();
    o.present_.clear();
    o.attribute_names_.clear();
    o.attributes_.clear();
    o.id_arena_.clear();
    o.id_offsets_.assign(1, 0);
    o.lines_.clear();
    o.index_ = IdIndex(16, IdHash{&o}, IdEqual{&o});
  }
  return *this;
}

CaseSet::~CaseSet() = default;

void CaseSet::rebuild_index() {
  index_.clear();
  index_.reserve(size());
  for (std::uint32_t c = 0; c < size(); ++c) index_.insert(c);
}

std::size_t CaseSet::IdHash::operator()(std::uint32_t c) const {
  return std::hash<std::string_view>{}(c == kProbe ? set->probe_ : set->id(c));
}

bool CaseSet::IdEqual::operator()(std::uint32_t a, std::uint32_t b) const {
  auto name = [this](std::uint32_t c) { return c == kProbe ? set->probe_ : set->id(c); };
  return name(a) == name(b);
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

std::optional<std::size_t> CaseSet::add_case(std::string_view id, std::size_t line) {
  if (find(id)) return std::nullopt;
  if (id_arena_.size() + id.size() > std::numeric_limits<std::uint32_t>::max() - 1 ||
      size() + 1 >= kProbe)
    throw std::length_error("too many cases for one inspection");
  const std::size_t c = size();
  id_arena_.append(id);
  id_offsets_.push_back(static_cast<std::uint32_t>(id_arena_.size()));
  lines_.push_back(static_cast<std::uint32_t>(line));
  for (auto& column : answers_) column.push_back(static_cast<std::uint8_t>(Answer::NotApplicable));
  for (auto& a : attributes_) a.codes.push_back(0);
  index_.insert(static_cast<std::uint32_t>(c));
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
  return std::string_view(id_arena_).substr(id_offsets_[c], id_offsets_[c + 1] - id_offsets_[c]);
}

std::string_view CaseSet::attribute(std::size_t c, std::size_t attribute) const {
  const auto& a = attributes_[attribute];
  return a.values[a.codes[c]];
}

std::optional<std::size_t> CaseSet::find(std::string_view id) const {
  // The probe sentinel lets the index look up a string that is not stored yet.
  probe_ = id;
  auto it = index_.find(kProbe);
  probe_ = {};
  if (it == index_.end()) return std::nullopt;
  return *it;
}

}  // namespace pdurate::model
