#include "pdurate/report/explanation.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/engine/margins.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/report/wording.hpp"

namespace pdurate::report {
namespace {

std::string comparison_phrase(const rules::Rules& rules) {
  return rules.comparison == rules::Comparison::Exact ? "" : " (after rounding to a whole percent)";
}

// The No -> Yes changes lifting standard `s` to `target`, by key question, most first
// ("22 on 2.3.3, 11 on 2.3.2"); empty when they do not add up to `total` (then the total alone
// is said, rather than a split that misleads).
std::string split_by_question(const rules::Rules& rules, const engine::StandardResult& s, rules::Level target,
                              std::size_t total) {
  std::vector<std::pair<std::size_t, std::size_t>> split;  // changes, question
  std::size_t sum = 0;
  for (const auto& kq : s.key_questions) {
    if (!kq.band) continue;  // as the margin counts: key questions with a band only
    const auto n = engine::changes_to_reach(rules, kq.tally, target);
    if (!n) return "";
    if (*n > 0) split.emplace_back(*n, kq.question);
    sum += *n;
  }
  if (sum != total || split.empty()) return "";
  std::stable_sort(split.begin(), split.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string out;
  for (const auto& [n, q] : split) out += fmt::format("{}{} on {}", out.empty() ? "" : ", ", n, rules.questions[q].short_id);
  return out;
}

// The key question whose `changes` Yes -> No answers would drop standard `s` to `target` (a
// standard falls with its cheapest key question): " on 2.1.3", or empty.
std::string falling_question(const rules::Rules& rules, const engine::StandardResult& s, rules::Level target,
                             std::size_t changes) {
  for (const auto& kq : s.key_questions)
    if (kq.band && engine::changes_to_fall(rules, kq.tally, target) == changes)
      return fmt::format("{} on {}", changes, rules.questions[kq.question].short_id);
  return "";
}

std::string moves(const rules::Rules& rules, const engine::Result& result, const std::vector<engine::StandardMove>& plan,
                  bool up) {
  std::string out;
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (i > 0) out += ", ";
    const auto& m = plan[i];
    const auto& s = result.standards[m.standard];
    const auto split = up ? split_by_question(rules, s, m.to, m.changes) : falling_question(rules, s, m.to, m.changes);
    // One key question: "P2.1 to Good (61 on 2.1.2)"; several: "(61: 40 on 2.1.2, 21 on 2.1.3)".
    const auto detail = split.empty()                              ? fmt::format("{}", m.changes)
                        : split.find(',') == std::string::npos ? split
                                                                   : fmt::format("{}: {}", m.changes, split);
    out += fmt::format("{} to {} ({})", rules.standards[m.standard].id, rules.rating_name(m.to), detail);
  }
  return out;
}

}  // namespace

std::optional<CaseworkReason> casework_reason(const rules::Rules& rules, const engine::StandardResult& s) {
  if (s.basis != engine::Basis::Casework) return std::nullopt;
  for (const auto& kq : s.key_questions) {
    if (!kq.drives) continue;
    CaseworkReason r;
    r.question = kq.question;
    r.threshold = engine::band_threshold(rules, *s.rating);
    if (*s.rating < rules.top()) {
      r.next = *s.rating + 1;
      r.next_threshold = engine::band_threshold(rules, *r.next);
    }
    return r;
  }
  return std::nullopt;
}

namespace {

// A casework standard rated from its key questions: the one that drives it, and the thresholds.
std::string explain_casework(const rules::Rules& rules, const engine::StandardResult& s, const std::string& head) {
  const auto reason = casework_reason(rules, s);
  const auto& kq = *std::find_if(s.key_questions.begin(), s.key_questions.end(),
                                 [](const engine::KeyQuestionResult& k) { return k.drives; });
  const auto& q = rules.questions[kq.question];
  std::string text = fmt::format("{}: {}. Its lowest key question, {} ({}), is {} of {} relevant cases, {}%", head,
                                 rules.rating_name(*s.rating), q.short_id, q.topic, kq.tally.yes, kq.tally.relevant(),
                                 percent(kq.tally.yes, kq.tally.relevant(), 1));
  if (reason->next && *s.rating == 0)
    text += fmt::format(", under the {}% needed for {}{}.", reason->next_threshold, rules.rating_name(*reason->next),
                        comparison_phrase(rules));
  else if (reason->next)
    text += fmt::format(": at least the {}% for {}, under the {}% needed for {}{}.", reason->threshold,
                        rules.rating_name(*s.rating), reason->next_threshold, rules.rating_name(*reason->next),
                        comparison_phrase(rules));
  else
    text += fmt::format(", at least the {}% needed for {}{}.", reason->threshold, rules.rating_name(*s.rating),
                        comparison_phrase(rules));
  for (const auto& other : s.key_questions)
    if (other.present && !other.band)
      text += fmt::format(" {} has {} and does not count.", rules.questions[other.question].short_id,
                          no_band(other.tally));
  if (s.margin.up) {
    // Say where the answers must go: 33 on the lowest reads as 33 on one question otherwise.
    const auto split = split_by_question(rules, s, *s.rating + 1, *s.margin.up);
    std::string where;  // " on 2.3.3" for one key question, " (22 on 2.3.3, 11 on 2.3.2)" for several
    if (split.find(',') != std::string::npos) where = " (" + split + ")";
    else if (!split.empty()) where = split.substr(split.find(" on "));
    text += fmt::format(" {} more Yes answer{}{} would lift it to {}.", *s.margin.up, *s.margin.up == 1 ? "" : "s",
                        where, rules.rating_name(*s.rating + 1));
  }
  return text;
}

// A standard not rated: what is missing, and the range still possible.
std::string explain_not_rated(const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s,
                              const std::string& head) {
  if (!rules.standards[s.standard].casework()) {
    std::string text = fmt::format("{}: not rated: the inspectors' rating is not given ({} possible).", head,
                                   rating_range(rules, s.lowest, s.highest));
    for (const auto& g : s.guidance) text += " Guidance: " + guidance_sentence(rules, result, g);
    return text;
  }
  std::string missing;
  for (const auto& kq : s.key_questions)
    if (!kq.present) missing += (missing.empty() ? "" : ", ") + rules.questions[kq.question].short_id;
  if (missing.empty())
    return fmt::format("{}: not rated: none of its key questions has a band (no relevant cases, or too few).", head);
  return fmt::format("{}: not rated: the input has no answers to {}; it can be {}.", head, missing,
                     rating_range(rules, s.lowest, s.highest));
}

}  // namespace

std::string explain_standard(const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s) {
  const auto& def = rules.standards[s.standard];
  const std::string head = fmt::format("{} {}", def.id, def.name);
  if (s.basis == engine::Basis::Casework) return explain_casework(rules, s, head);
  if (s.basis == engine::Basis::NotRated) return explain_not_rated(rules, result, s, head);
  if (s.basis == engine::Basis::NotRatedByDesign)
    return fmt::format("{}: not rated by design: {}. It is not scored, so the score and the overall rating do not "
                       "depend on it.", head, def.not_rated_when);
  std::string text = def.casework()
                         ? fmt::format("{}: {}, as given (not computed from cases).", head,
                                       rules.rating_name(*s.rating))
                         : fmt::format("{}: {}, the inspectors' judgement.", head, rules.rating_name(*s.rating));
  if (s.guidance.empty()) text += " No decision guidance rule applies to this rating.";
  for (const auto& g : s.guidance) text += " Guidance: " + guidance_sentence(rules, result, g);
  if (!s.departure.empty()) text += fmt::format(" The inspectors' reason: {}", s.departure);
  else if (s.unexplained_departure()) text += " No reason for the departure is recorded.";
  return text;
}

std::string explain_overall(const rules::Rules& rules, const engine::Result& r) {
  std::string sum;
  for (const auto& s : r.standards) {
    if (s.basis == engine::Basis::NotRatedByDesign) continue;  // no rating, nothing to add
    if (!sum.empty()) sum += " + ";
    const auto& id = rules.standards[s.standard].id;
    const auto points = [&](rules::Level l) { return engine::standard_points(rules, s.standard, l); };
    sum += s.rating ? fmt::format("{} {} {}", id, rules.rating_name(*s.rating), points(*s.rating))
                    : fmt::format("{} not rated {}-{}", id, points(s.lowest), points(s.highest));
  }
  if (r.score) {
    const auto& band = rules.score_bands[*r.overall_band];
    return fmt::format("Score {}/{}: {} = {}. Scores {} to {} are {}.", *r.score, r.max_score, sum, *r.score, band.min,
                       band.max, rules.rating_name(band.rating));
  }
  return fmt::format("Score not known: {} = {} to {} of {}, so the overall rating is {}.", sum, r.score_min,
                     r.score_max, r.max_score, rating_range(rules, r.overall_lowest, r.overall_highest));
}

std::string explain_overall_margin(const rules::Rules& rules, const engine::Result& r) {
  if (!r.score) return "";
  std::string text;
  if (r.margin.up)
    text = fmt::format("{} changed answer{} would lift the overall rating to {}: {}.", *r.margin.up,
                       *r.margin.up == 1 ? "" : "s", rules.rating_name(*r.overall + 1), moves(rules, r, r.margin.plan_up, true));
  else if (*r.overall < rules.top())
    text = fmt::format("No change of case answers alone can lift the overall rating to {}.",
                       rules.rating_name(*r.overall + 1));
  if (r.margin.down)
    text += fmt::format("{}{} changed answer{} would lower it to {}: {}.", text.empty() ? "" : " ", *r.margin.down,
                        *r.margin.down == 1 ? "" : "s", rules.rating_name(*r.overall - 1),
                        moves(rules, r, r.margin.plan_down, false));
  return text;
}

std::string pivotal_effect_text(const rules::Rules& rules, const engine::Result& result, const engine::PivotalChange& p) {
  const auto name = [&](std::optional<rules::Level> l) { return l ? rules.rating_name(*l) : std::string("not rated"); };
  std::string text = fmt::format("{} {} (now {})", rules.standards[p.standard].id, name(p.rating_after),
                                 name(p.rating_before));
  const auto effect = engine::pivotal_effect(rules, result, p);
  if (!effect.score || !result.overall) return text;
  const int score = *effect.score;
  const auto overall = *effect.overall;
  text += score == *result.score ? ", score unchanged"
                                 : fmt::format(", score {}/{} (now {})", score, result.max_score, *result.score);
  text += overall == *result.overall
              ? fmt::format(", overall rating still {}", rules.rating_name(overall))
              : fmt::format(", overall rating {} (now {})", rules.rating_name(overall), rules.rating_name(*result.overall));
  return text;
}

}  // namespace pdurate::report
