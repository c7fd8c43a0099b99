// Moderation: two judgings of the same cases (an inspection and a quality lead's dip sample of
// it, or two inspectors' self-assessments) compared case by case (pdu-rate agree). Pure: the
// case sets and results come in, the agreement and its consequence for the ratings go out.
//
//  - Cases are matched by id, exactly as written; those in one judging only are listed.
//  - Per question both judgings answer (key questions, then findings): the cases both judged;
//    applicability disagreements (N/A against Yes or No) apart from Yes/No ones; and on the
//    cases both found applicable, which are what a key question's percentage counts, the raw
//    agreement, Cohen's kappa and Gwet's AC1 (engine/agreement.hpp) over Yes/No.
//  - The consequence: the ratings with SECOND's judgements replacing FIRST's for the cases both
//    judged (moderated), and each key-question disagreement that, resolved FIRST's way instead,
//    would change its standard's rating from the moderated one.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "pdurate/engine/agreement.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/model/answer.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct CaseMatch {
  std::vector<std::pair<std::size_t, std::size_t>> both;  // (case in FIRST, case in SECOND), in FIRST's order
  std::vector<std::size_t> only_first;                    // in FIRST's order
  std::vector<std::size_t> only_second;                   // in SECOND's order
};

CaseMatch match_cases(const model::CaseSet& first, const model::CaseSet& second);

// One case both judged, answered differently.
struct Disagreement {
  std::size_t first_case = 0;   // index in FIRST
  std::size_t second_case = 0;  // index in SECOND
  model::Answer first = model::Answer::Yes;
  model::Answer second = model::Answer::Yes;
  // N/A against Yes or No: whether the question applies, rather than how it was answered.
  bool applicability() const {
    return (first == model::Answer::NotApplicable) != (second == model::Answer::NotApplicable);
  }
};

// When at least this share of the two judgings' Yes/No answers are the same answer, kappa is
// misleading (the kappa paradox, engine/agreement.hpp): reports say so and point to AC1.
inline constexpr double kSkewedShare = 0.8;

struct QuestionAgreement {
  std::size_t slot = 0;  // the rules' answer slot: a key question, or a finding (Rules::is_finding_slot)
  // answers[FIRST's][SECOND's], indexed by model::Answer (Yes, No, N/A), over the cases both judged.
  std::array<std::array<std::size_t, 3>, 3> answers{};
  std::optional<double> agreement;  // on the cases both found applicable; none without any
  std::optional<Coefficient> kappa;  // likewise; none too when it is undefined (one answer throughout)
  std::optional<Coefficient> ac1;
  // The share of the commoner answer (Yes or No) among both judgings' answers on those cases.
  std::optional<double> commoner_share;
  model::Answer commoner = model::Answer::Yes;
  std::vector<Disagreement> disagreements;  // in FIRST's order of cases

  std::size_t judged() const;  // cases both judged
  std::size_t both_not_applicable() const { return answers[2][2]; }
  std::size_t both_applicable() const;
  std::size_t applicability_disagreements() const;
  std::size_t yes_no_agreements() const { return answers[0][0] + answers[1][1]; }
  std::size_t yes_no_disagreements() const { return answers[0][1] + answers[1][0]; }
  // Kappa is misleading here: undefined (one answer throughout), or nearly every answer the same
  // (kSkewedShare) with some disagreement, which then pulls kappa far below the agreement.
  bool kappa_misleading() const {
    return commoner_share && (!kappa || (*commoner_share >= kSkewedShare && yes_no_disagreements() > 0));
  }
};

// Every slot both case sets have a column for, in slot order, over the matched cases.
std::vector<QuestionAgreement> question_agreement(const model::CaseSet& first, const model::CaseSet& second,
                                                  const CaseMatch& match, double level_percent);

// A key-question disagreement whose resolution decides a standard's rating.
struct PivotalDisagreement {
  std::size_t slot = 0;
  Disagreement disagreement;
  std::size_t standard = 0;
  // The standard's rating and the overall rating, moderated (SECOND's answer) and with FIRST's
  // answer for this one case instead (every other disagreement still SECOND's way).
  std::optional<Level> rating_second, rating_first;
  std::optional<Level> overall_second, overall_first;
};

struct Consequence {
  Result first;      // FIRST as read
  Result second;     // SECOND as read
  Result moderated;  // FIRST with SECOND's answers for the cases both judged, FIRST's organisational ratings
  std::vector<PivotalDisagreement> pivotal;  // by question, then case
};

// `questions` from question_agreement() of the two inspections' cases; each inspection's
// counts must be those of its cases.
Consequence consequence(const rules::Rules& rules, const model::Inspection& first, const model::Inspection& second,
                        const std::vector<QuestionAgreement>& questions);

}  // namespace pdurate::engine
