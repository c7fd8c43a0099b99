#include "pdurate/engine/agreement.hpp"

#include <algorithm>
#include <cmath>

namespace pdurate::engine {
namespace {

// The shares of the table: cells, the first rater's (rows) and the second's (columns).
struct Shares {
  std::size_t q = 0;
  double n = 0;
  std::vector<double> cell, row, column;
  double p(std::size_t i, std::size_t j) const { return cell[i * q + j]; }
  double observed() const {
    double po = 0;
    for (std::size_t i = 0; i < q; ++i) po += p(i, i);
    return po;
  }
};

Shares shares(const AgreementTable& t) {
  Shares s{t.categories(), static_cast<double>(t.total()), {}, std::vector<double>(t.categories(), 0.0),
           std::vector<double>(t.categories(), 0.0)};
  for (std::size_t i = 0; i < s.q; ++i)
    for (std::size_t j = 0; j < s.q; ++j) {
      const double p = static_cast<double>(t.at(i, j)) / s.n;
      s.cell.push_back(p);
      s.row[i] += p;
      s.column[j] += p;
    }
  return s;
}

Coefficient with_interval(double value, double chance, double variance, double level_percent) {
  const double se = std::sqrt(std::max(0.0, variance));  // rounding can make an exact 0 a hair negative
  const double z = z_for_confidence(level_percent);
  return {value, chance, se, {std::max(-1.0, value - z * se), std::min(1.0, value + z * se)}};
}

}  // namespace

AgreementTable::AgreementTable(std::size_t categories, std::vector<std::size_t> row_major)
    : categories_(categories), counts_(std::move(row_major)) {
  counts_.resize(categories * categories, 0);
}

std::size_t AgreementTable::total() const {
  std::size_t n = 0;
  for (auto c : counts_) n += c;
  return n;
}

std::size_t AgreementTable::agreements() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < categories_; ++i) n += at(i, i);
  return n;
}

std::optional<double> observed_agreement(const AgreementTable& table) {
  if (table.total() == 0) return std::nullopt;
  return static_cast<double>(table.agreements()) / static_cast<double>(table.total());
}

std::optional<Coefficient> cohen_kappa(const AgreementTable& table, double level_percent) {
  if (table.total() == 0) return std::nullopt;
  const auto s = shares(table);
  double pe = 0;
  for (std::size_t i = 0; i < s.q; ++i) pe += s.row[i] * s.column[i];
  if (1 - pe <= 1e-12) return std::nullopt;
  const double po = s.observed();
  const double k = (po - pe) / (1 - pe);
  // Fleiss, Cohen & Everitt (1969): the large-sample variance for kappa != 0.
  double sum = 0;
  for (std::size_t i = 0; i < s.q; ++i) {
    const double d = 1 - (s.row[i] + s.column[i]) * (1 - k);
    sum += s.p(i, i) * d * d;
    for (std::size_t j = 0; j < s.q; ++j)
      if (j != i) sum += (1 - k) * (1 - k) * s.p(i, j) * (s.column[i] + s.row[j]) * (s.column[i] + s.row[j]);
  }
  const double last = k - pe * (1 - k);
  const double variance = (sum - last * last) / (s.n * (1 - pe) * (1 - pe));
  return with_interval(k, pe, variance, level_percent);
}

std::optional<Coefficient> gwet_ac1(const AgreementTable& table, double level_percent) {
  if (table.total() == 0 || table.categories() < 2) return std::nullopt;
  const auto s = shares(table);
  const double q1 = static_cast<double>(s.q - 1);
  std::vector<double> pi(s.q);
  double pe = 0;
  for (std::size_t k = 0; k < s.q; ++k) {
    pi[k] = (s.row[k] + s.column[k]) / 2;
    pe += pi[k] * (1 - pi[k]) / q1;
  }
  const double po = s.observed();
  const double ac1 = (po - pe) / (1 - pe);
  // Gwet (2008), two raters: each subject's contribution around its mean.
  double sum = 0;
  for (std::size_t k = 0; k < s.q; ++k)
    for (std::size_t l = 0; l < s.q; ++l) {
      const double term = (k == l ? 1.0 : 0.0) - 2 * (1 - ac1) * (1 - (pi[k] + pi[l]) / 2) / q1;
      sum += s.p(k, l) * term * term;
    }
  const double last = po - 2 * (1 - ac1) * pe;
  const double variance = (sum - last * last) / (s.n * (1 - pe) * (1 - pe));
  return with_interval(ac1, pe, variance, level_percent);
}

}  // namespace pdurate::engine
