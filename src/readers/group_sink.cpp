#include "readers/group_sink.hpp"

#include <algorithm>

namespace pdurate::readers {

CountGroups::CountGroups(const Layout& layout, const Grouping& grouping, std::size_t columns)
    : layout_(layout), columns_(columns) {
  for (const auto& name : grouping.attributes) {
    const auto a = std::find(layout.attributes.begin(), layout.attributes.end(), name);
    if (a == layout.attributes.end()) continue;  // the option reports it
    const auto attribute = static_cast<std::size_t>(a - layout.attributes.begin());
    if (std::any_of(tracked_.begin(), tracked_.end(), [&](const Tracked& t) { return t.attribute == attribute; }))
      continue;
    Tracked t;
    t.attribute = attribute;
    for (std::size_t i = 0; i < layout.slots.size(); ++i)
      if (layout.slots[i].kind == Layout::Slot::Attribute && layout.slots[i].index == attribute) t.column = i;
    tracked_.push_back(std::move(t));
  }
  std::sort(tracked_.begin(), tracked_.end(), [](const Tracked& x, const Tracked& y) { return x.attribute < y.attribute; });
  for (const auto& id : grouping.case_ids)
    if (named_codes_.try_emplace(id, static_cast<std::uint32_t>(named_ids_.size())).second) named_ids_.push_back(id);
  found_.assign(named_ids_.size(), false);
  key_.assign(tracked_.size() + 1, 0);
}

std::uint32_t CountGroups::Tracked::code_of_new_or_many(std::string_view value) {
  const auto it = codes.find(value);
  if (it != codes.end()) return last = it->second;
  last = static_cast<std::uint32_t>(values.size());
  values.emplace_back(value);
  codes.emplace(values.back(), last);
  return last;
}

std::uint32_t CountGroups::group_of(const std::vector<std::uint32_t>& key) {
  const auto [it, fresh] = groups_.try_emplace(key, static_cast<std::uint32_t>(keys_.size()));
  if (fresh) {
    keys_.push_back(key);
    tallies_.emplace_back(columns_);
    cases_.push_back(0);
  }
  return it->second;
}

bool CountGroups::named_missing() const { return std::find(found_.begin(), found_.end(), false) != found_.end(); }

std::array<std::size_t, 3> CountGroups::column_counts(std::size_t k) {
  std::array<std::size_t, 3> sum{};
  for (auto& t : tallies_) {
    const auto c = t.counts(k);
    for (std::size_t i = 0; i < 3; ++i) sum[i] += c[i];
  }
  return sum;
}

model::CaseGroups CountGroups::finish(const std::vector<std::size_t>& questions, std::vector<std::string> all_ids) {
  model::CaseGroups out;
  out.attribute_names = layout_.attributes;
  out.present = layout_.present;
  for (auto& t : tracked_) {
    out.tracked.push_back(t.attribute);
    out.values.push_back(std::move(t.values));
  }
  out.named_ids = named_ids_;
  out.named_found = found_;
  out.all_ids = std::move(all_ids);
  for (std::size_t g = 0; g < keys_.size(); ++g) {
    model::CaseGroups::Group group;
    group.values.assign(keys_[g].begin(), keys_[g].end() - 1);
    group.named = keys_[g].back();
    group.tallies.cases = cases_[g];
    group.tallies.present = layout_.present;
    group.tallies.questions.resize(layout_.present.size());
    for (std::size_t q = 0; q < layout_.present.size(); ++q)
      if (!layout_.present[q]) group.tallies.questions[q].na = cases_[g];  // as count_answers()
    for (std::size_t k = 0; k < questions.size(); ++k) {
      const auto [yes, no, na] = tallies_[g].counts(k);
      group.tallies.questions[questions[k]] = {yes, no, na};
    }
    out.groups.push_back(std::move(group));
  }
  return out;
}

}  // namespace pdurate::readers
