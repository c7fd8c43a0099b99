#include "pdurate/engine/moderation.hpp"

#include <algorithm>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {
namespace {

std::size_t index(model::Answer a) { return static_cast<std::size_t>(a); }

// One question over the matched cases: the table of answers and the disagreements.
QuestionAgreement tabulate(const model::CaseSet& first, const model::CaseSet& second, const CaseMatch& match,
                           std::size_t slot) {
  QuestionAgreement q;
  q.slot = slot;
  for (const auto& [a, b] : match.both) {
    const auto x = first.answer(a, slot);
    const auto y = second.answer(b, slot);
    ++q.answers[index(x)][index(y)];
    if (x != y) q.disagreements.push_back({a, b, x, y});
  }
  return q;
}

// Raw agreement, kappa and AC1 over the Yes/No answers of the cases both found applicable.
void measure(QuestionAgreement& q, double level_percent) {
  const auto& t = q.answers;
  const AgreementTable yes_no(2, {t[0][0], t[0][1], t[1][0], t[1][1]});
  const auto n = yes_no.total();
  if (n == 0) return;
  q.agreement = observed_agreement(yes_no);
  q.kappa = cohen_kappa(yes_no, level_percent);
  q.ac1 = gwet_ac1(yes_no, level_percent);
  const std::size_t yes = 2 * t[0][0] + t[0][1] + t[1][0];  // Yes answers of both judgings
  q.commoner = yes >= n ? model::Answer::Yes : model::Answer::No;  // of 2n answers
  q.commoner_share = static_cast<double>(std::max(yes, 2 * n - yes)) / static_cast<double>(2 * n);
}

// A casework standard's rating in `result` (nullopt when not rated).
std::optional<Level> rating_of(const Result& result, std::size_t standard) {
  return result.standards[standard].rating;
}

}  // namespace

std::size_t QuestionAgreement::judged() const {
  std::size_t n = 0;
  for (const auto& row : answers)
    for (auto c : row) n += c;
  return n;
}

std::size_t QuestionAgreement::both_applicable() const {
  return answers[0][0] + answers[0][1] + answers[1][0] + answers[1][1];
}

std::size_t QuestionAgreement::applicability_disagreements() const {
  return answers[0][2] + answers[1][2] + answers[2][0] + answers[2][1];
}

CaseMatch match_cases(const model::CaseSet& first, const model::CaseSet& second) {
  CaseMatch m;
  std::vector<bool> matched(second.size(), false);
  for (std::size_t c = 0; c < first.size(); ++c) {
    if (const auto other = second.find(first.id(c))) {
      m.both.emplace_back(c, *other);
      matched[*other] = true;
    } else {
      m.only_first.push_back(c);
    }
  }
  for (std::size_t c = 0; c < second.size(); ++c)
    if (!matched[c]) m.only_second.push_back(c);
  return m;
}

std::vector<QuestionAgreement> question_agreement(const model::CaseSet& first, const model::CaseSet& second,
                                                  const CaseMatch& match, double level_percent) {
  std::vector<QuestionAgreement> out;
  const auto slots = std::min(first.question_count(), second.question_count());
  for (std::size_t slot = 0; slot < slots; ++slot) {
    if (!first.has_question(slot) || !second.has_question(slot)) continue;
    out.push_back(tabulate(first, second, match, slot));
    measure(out.back(), level_percent);
  }
  return out;
}

Consequence consequence(const rules::Rules& rules, const model::Inspection& first, const model::Inspection& second,
                        const std::vector<QuestionAgreement>& questions) {
  Consequence c{rate(rules, first), rate(rules, second), {}, {}};
  Tallies moderated = first.counts;
  for (const auto& q : questions) {
    if (rules.is_finding_slot(q.slot) || q.slot >= moderated.questions.size()) continue;  // never rated
    for (const auto& d : q.disagreements) {
      moderated.questions[q.slot].remove(d.first);
      moderated.questions[q.slot].add(d.second);
    }
  }
  c.moderated = rate(rules, moderated, first.ratings);
  for (const auto& q : questions) {
    if (rules.is_finding_slot(q.slot) || q.slot >= moderated.questions.size()) continue;  // findings are never rated
    const auto standard = rules.questions[q.slot].standard;
    for (const auto& d : q.disagreements) {
      Tallies other = moderated;
      other.questions[q.slot].remove(d.second);
      other.questions[q.slot].add(d.first);
      const auto rated = rate(rules, other, first.ratings);
      if (rating_of(rated, standard) == rating_of(c.moderated, standard)) continue;
      c.pivotal.push_back({q.slot, d, standard, rating_of(c.moderated, standard), rating_of(rated, standard),
                           c.moderated.overall, rated.overall});
    }
  }
  return c;
}

}  // namespace pdurate::engine
