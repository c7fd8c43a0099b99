// Agreement between two raters who judged the same cases into the same categories: observed
// agreement, Cohen's kappa and Gwet's AC1, each with a standard error and a confidence
// interval. Pure arithmetic on a square table of counts; no rules, no cases.
//
//  - Cohen's kappa (Cohen 1960): (po - pe) / (1 - pe), pe = sum over categories of the product
//    of the two raters' shares. Its standard error is the large-sample one of Fleiss, Cohen &
//    Everitt (1969), "Large sample standard errors of kappa and weighted kappa", Psychological
//    Bulletin 72(5):323-327 (the one not assuming kappa = 0, for intervals):
//      var = [ sum_i p_ii (1 - (p_i. + p_.i)(1 - k))^2
//            + (1 - k)^2 sum_{i != j} p_ij (p_.i + p_j.)^2 - (k - pe (1 - k))^2 ] / (n (1 - pe)^2)
//  - Gwet's AC1 (Gwet 2008, "Computing inter-rater reliability and its variance in the presence
//    of high agreement", British Journal of Mathematical and Statistical Psychology 61:29-48):
//    (po - pe) / (1 - pe) with pe = sum_k pi_k (1 - pi_k) / (q - 1), pi_k = (p_k. + p_.k) / 2.
//    Its variance is Gwet's for two raters, in the form his irrCAC package computes it (with no
//    finite-population correction):
//      var = [ sum_kl p_kl (d_kl - 2 (1 - AC1) (1 - (pi_k + pi_l) / 2) / (q - 1))^2
//            - (po - 2 (1 - AC1) pe)^2 ] / (n (1 - pe)^2)
//  - Intervals: value +/- z SE (normal approximation), clipped to [-1, 1].
//
// Kappa is misleading when nearly every judgement is the same answer: pe is then close to 1,
// and a single disagreement swings kappa far down although agreement is high (Feinstein &
// Cicchetti 1990, "High agreement but low kappa: I. The problems of two paradoxes", Journal of
// Clinical Epidemiology 43(6):543-549). AC1's chance agreement stays at or below 1/q there.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdurate/engine/wilson.hpp"

namespace pdurate::engine {

// counts(i, j): the cases the first rater put in category i and the second in category j.
class AgreementTable {
 public:
  explicit AgreementTable(std::size_t categories) : categories_(categories), counts_(categories * categories, 0) {}
  AgreementTable(std::size_t categories, std::vector<std::size_t> row_major);  // size categories^2

  std::size_t categories() const { return categories_; }
  std::size_t& at(std::size_t first, std::size_t second) { return counts_[first * categories_ + second]; }
  std::size_t at(std::size_t first, std::size_t second) const { return counts_[first * categories_ + second]; }
  std::size_t total() const;
  std::size_t agreements() const;  // the diagonal

 private:
  std::size_t categories_;
  std::vector<std::size_t> counts_;
};

// A chance-corrected agreement coefficient.
struct Coefficient {
  double value = 0;
  double chance = 0;          // the chance agreement pe it corrects for
  double standard_error = 0;  // large-sample, see above
  Interval interval;          // value +/- z SE at the level asked, within [-1, 1]
};

// The share of cases both raters put in the same category; nullopt for an empty table.
std::optional<double> observed_agreement(const AgreementTable& table);

// Cohen's kappa; nullopt for an empty table and when chance agreement is 1 (both raters put
// every case in one and the same category: kappa is 0/0, undefined).
std::optional<Coefficient> cohen_kappa(const AgreementTable& table, double level_percent);

// Gwet's AC1; nullopt for an empty table or one of fewer than two categories.
std::optional<Coefficient> gwet_ac1(const AgreementTable& table, double level_percent);

}  // namespace pdurate::engine
