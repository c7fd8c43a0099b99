#include "pdurate/engine/compare.hpp"

#include <algorithm>

#include "pdurate/util/ascii.hpp"

namespace pdurate::engine {
namespace {

RatingState state(const rules::Rules& rules, std::optional<Level> rating, Level lowest, Level highest) {
  RatingState s;
  if (rating) s.rating = rules.rating_name(*rating);
  s.lowest = rules.rating_name(lowest);
  s.highest = rules.rating_name(highest);
  return s;
}

const StandardResult* find_standard(const rules::Rules& rules, const Result& result, std::string_view id) {
  for (const auto& s : result.standards)
    if (util::iequals(rules.standards[s.standard].id, id)) return &s;
  return nullptr;
}

const KeyQuestionResult* find_question(const rules::Rules& rules, const StandardResult* standard, std::string_view id) {
  if (!standard) return nullptr;
  for (const auto& kq : standard->key_questions)
    if (util::iequals(rules.questions[kq.question].id, id)) return &kq;
  return nullptr;
}

KeyQuestionState question_state(const rules::Rules& rules, const KeyQuestionResult* kq) {
  KeyQuestionState s;
  if (!kq) return s;
  s.present = kq->present;
  s.tally = kq->tally;
  if (kq->band) s.band = rules.rating_name(*kq->band);
  return s;
}

// The key questions of one standard on both sides whose band changed, and of those the ones
// that moved its rating.
std::vector<KeyQuestionChange> causes(const rules::Rules& before_rules, const StandardResult* before,
                                      const rules::Rules& after_rules, const StandardResult* after,
                                      const StandardChange& change) {
  std::vector<KeyQuestionChange> changed;
  auto consider = [&](const rules::Rules& rules, const StandardResult& s, bool after_side) {
    for (const auto& kq : s.key_questions) {
      const auto& q = rules.questions[kq.question];
      if (!after_side && find_question(after_rules, after, q.id)) continue;  // already considered
      KeyQuestionChange c{q.id, q.short_id, q.topic,
                          question_state(before_rules, find_question(before_rules, before, q.id)),
                          question_state(after_rules, find_question(after_rules, after, q.id))};
      if (c.before.band != c.after.band || c.before.present != c.after.present) changed.push_back(std::move(c));
    }
  };
  if (after) consider(after_rules, *after, true);
  if (before) consider(before_rules, *before, false);

  const bool both_rated = change.before && change.after && change.before->rating && change.after->rating;
  if (!both_rated) return changed;
  std::vector<KeyQuestionChange> moving;
  for (const auto& c : changed)
    if (c.before.band == change.before->rating || c.after.band == change.after->rating) moving.push_back(c);
  return moving.empty() ? changed : moving;
}

}  // namespace

RatingState rating_state(const rules::Rules& rules, const StandardResult& s) {
  return state(rules, s.rating, s.lowest, s.highest);
}

RatingState overall_state(const rules::Rules& rules, const Result& r) {
  return state(rules, r.overall, r.overall_lowest, r.overall_highest);
}

ScoreState score_state(const Result& r) { return ScoreState{r.score, r.score_min, r.score_max, r.max_score}; }

ResultDiff compare_results(const rules::Rules& before_rules, const Result& before, const rules::Rules& after_rules,
                           const Result& after) {
  ResultDiff diff;
  auto consider = [&](const rules::Rules& rules, const StandardResult& s, bool after_side) {
    const auto& def = rules.standards[s.standard];
    const StandardResult* b = find_standard(before_rules, before, def.id);
    const StandardResult* a = find_standard(after_rules, after, def.id);
    if (!after_side && a) return;  // already considered
    StandardChange change{def.id, def.name, std::nullopt, std::nullopt, {}};
    if (b) change.before = rating_state(before_rules, *b);
    if (a) change.after = rating_state(after_rules, *a);
    if (change.before == change.after) return;
    change.causes = causes(before_rules, b, after_rules, a, change);
    diff.standards.push_back(std::move(change));
  };
  for (const auto& s : after.standards) consider(after_rules, s, true);
  for (const auto& s : before.standards) consider(before_rules, s, false);
  diff.score_before = score_state(before);
  diff.score_after = score_state(after);
  diff.overall_before = overall_state(before_rules, before);
  diff.overall_after = overall_state(after_rules, after);
  return diff;
}

}  // namespace pdurate::engine
