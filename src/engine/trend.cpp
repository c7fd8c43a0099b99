#include "pdurate/engine/trend.hpp"

#include <algorithm>
#include <string_view>

#include "pdurate/util/ascii.hpp"

namespace pdurate::engine {
namespace {

template <class Items>
std::optional<std::size_t> index_of(const Items& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (util::iequals(items[i].id, id)) return i;
  return std::nullopt;
}

const StandardResult* standard_result(const Result& result, std::size_t standard) {
  for (const auto& s : result.standards)
    if (s.standard == standard) return &s;
  return nullptr;
}

// The ids of `Items` (Rules::questions or Rules::standards) in every inspection: the latest
// rules' first, in their order, then each earlier rules' that are new. Case-insensitive, as
// diff matches them.
template <class Items>
std::vector<std::string> ids(const std::vector<TrendInput>& inputs, Items rules::Rules::*items) {
  std::vector<std::string> out;
  for (auto in = inputs.rbegin(); in != inputs.rend(); ++in)
    for (const auto& item : (*in->rules).*items)
      if (std::none_of(out.begin(), out.end(), [&](const std::string& id) { return util::iequals(id, item.id); }))
        out.push_back(item.id);
  return out;
}

QuestionPoint point(const TrendInput& in, std::size_t q) {
  const auto& rules = *in.rules;
  QuestionPoint p;
  p.in_rules = true;
  const auto* s = standard_result(*in.result, rules.questions[q].standard);
  if (!s) return p;
  for (const auto& kq : s->key_questions)
    if (kq.question == q) {
      p.state.present = kq.present;
      p.state.tally = kq.tally;
      if (kq.band) p.state.band = rules.rating_name(*kq.band);
    }
  return p;
}

// Each change from one point to the next, where both have relevant cases.
void add_changes(QuestionTrend& out, double level) {
  for (std::size_t i = 0; i + 1 < out.points.size(); ++i) {
    const auto& a = out.points[i];
    const auto& b = out.points[i + 1];
    if (!a.has_percent() || !b.has_percent()) {
      out.changes.emplace_back();
      continue;
    }
    const auto& ta = a.state.tally;
    const auto& tb = b.state.tally;
    out.changes.push_back(newcombe(tb.yes, tb.relevant(), ta.yes, ta.relevant(), level));
  }
}

QuestionTrend question(const std::vector<TrendInput>& inputs, std::string_view id, double level) {
  QuestionTrend out;
  for (const auto& in : inputs) {
    const auto q = index_of(in.rules->questions, id);
    if (!q) {
      out.points.emplace_back();
      continue;
    }
    const auto& kq = in.rules->questions[*q];  // the latest rules that have it name it
    out.id = kq.id;
    out.short_id = kq.short_id;
    out.topic = kq.topic;
    out.standard = in.rules->standards[kq.standard].id;
    out.points.push_back(point(in, *q));
  }
  add_changes(out, level);
  return out;
}

QuestionPoint finding_point(const TrendInput& in, std::size_t f) {
  QuestionPoint p;
  p.in_rules = true;
  if (!in.findings) return p;
  for (const auto& r : *in.findings)
    if (r.finding == f) {
      p.state.present = true;
      p.state.tally = r.tally;
    }
  return p;
}

// A finding across the inputs; nullopt when no input answered it.
std::optional<QuestionTrend> finding(const std::vector<TrendInput>& inputs, std::string_view id, double level) {
  QuestionTrend out;
  bool answered = false;
  for (const auto& in : inputs) {
    const auto f = index_of(in.rules->findings, id);
    if (!f) {
      out.points.emplace_back();
      continue;
    }
    const auto& def = in.rules->findings[*f];  // the latest rules that have it name it
    out.id = def.id;
    out.short_id = def.short_id;
    out.topic = def.topic;
    const auto parent = def.parent ? &in.rules->questions[*def.parent] : nullptr;
    out.parent = parent ? parent->id : "";
    out.standard = parent ? in.rules->standards[parent->standard].id : "";
    out.points.push_back(finding_point(in, *f));
    answered = answered || out.points.back().state.present;
  }
  if (!answered) return std::nullopt;
  add_changes(out, level);
  return out;
}

StandardTrend standard(const std::vector<TrendInput>& inputs, std::string_view id) {
  StandardTrend out;
  for (const auto& in : inputs) {
    const auto s = index_of(in.rules->standards, id);
    const auto* result = s ? standard_result(*in.result, *s) : nullptr;
    if (!result) {
      out.ratings.emplace_back();
      continue;
    }
    out.id = in.rules->standards[*s].id;
    out.name = in.rules->standards[*s].name;
    out.ratings.push_back(rating_state(*in.rules, *result));
  }
  return out;
}

}  // namespace

Trend trend(const std::vector<TrendInput>& inputs, double level_percent) {
  Trend out;
  out.level_percent = level_percent;
  for (const auto& id : ids(inputs, &rules::Rules::standards)) out.standards.push_back(standard(inputs, id));
  for (const auto& id : ids(inputs, &rules::Rules::questions))
    out.questions.push_back(question(inputs, id, level_percent));
  for (const auto& id : ids(inputs, &rules::Rules::findings))
    if (auto f = finding(inputs, id, level_percent)) out.findings.push_back(std::move(*f));
  for (const auto& in : inputs) {
    out.scores.push_back(score_state(*in.result));
    out.overall.push_back(overall_state(*in.rules, *in.result));
    out.same_rules = out.same_rules && in.rules->id == inputs.front().rules->id;
  }
  return out;
}

}  // namespace pdurate::engine
