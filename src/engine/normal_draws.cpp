// The normal approximation of a case-level resample's tallies (resampling.hpp says when and
// why): variables 2q and 2q+1 are key question q's Yes and No counts; N/A is what is left.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "engine/resample_draws.hpp"

namespace pdurate::engine {
namespace {

// The mean and covariance of a resample's counts: n times those of one case's indicators,
// from the counts of each indicator and of each pair (integers, so exact until the division).
struct Moments {
  std::vector<double> mean;        // [v]
  std::vector<double> covariance;  // [v * dims + w]
};

Moments moments(const model::CaseSet& cases, std::size_t questions) {
  const std::size_t dims = 2 * questions, n = cases.size();
  std::vector<std::uint64_t> pairs(dims * dims);
  std::vector<std::size_t> on;  // the indicators one case sets: one per relevant answer
  for (std::size_t c = 0; c < n; ++c) {
    on.clear();
    for (std::size_t q = 0; q < questions; ++q)
      if (const auto a = cases.answer(c, q); a != model::Answer::NotApplicable)
        on.push_back(2 * q + static_cast<std::size_t>(a));
    for (std::size_t i = 0; i < on.size(); ++i)
      for (std::size_t j = i; j < on.size(); ++j) ++pairs[on[i] * dims + on[j]];
  }
  Moments m{std::vector<double>(dims), std::vector<double>(dims * dims)};
  const double cases_n = static_cast<double>(n);
  for (std::size_t v = 0; v < dims; ++v) m.mean[v] = static_cast<double>(pairs[v * dims + v]);
  for (std::size_t v = 0; v < dims; ++v)
    for (std::size_t w = v; w < dims; ++w) {
      // n * (E[x_v x_w] - E[x_v] E[x_w]), with E[.] = count / n.
      const double c = static_cast<double>(pairs[v * dims + w]) - m.mean[v] * m.mean[w] / cases_n;
      m.covariance[v * dims + w] = m.covariance[w * dims + v] = c;
    }
  return m;
}

// The lower-triangular L with L L^T = covariance. The covariance is singular wherever answers
// are tied (a question with no N/A: Yes + No = n), so a pivot at rounding-error size leaves its
// column zero: that variable follows the others exactly.
std::vector<double> cholesky(const std::vector<double>& covariance, std::size_t dims) {
  std::vector<double> l(dims * dims);
  for (std::size_t j = 0; j < dims; ++j) {
    double pivot = covariance[j * dims + j];
    for (std::size_t k = 0; k < j; ++k) pivot -= l[j * dims + k] * l[j * dims + k];
    if (pivot <= 1e-9 * (covariance[j * dims + j] + 1.0)) continue;
    const double root = std::sqrt(pivot);
    l[j * dims + j] = root;
    for (std::size_t i = j + 1; i < dims; ++i) {
      double sum = covariance[i * dims + j];
      for (std::size_t k = 0; k < j; ++k) sum -= l[i * dims + k] * l[j * dims + k];
      l[i * dims + j] = sum / root;
    }
  }
  return l;
}

// Standard normal draws, two at a time (Box-Muller), from 53-bit uniforms of the generator.
void standard_normals(Twister64& generator, std::vector<double>& z) {
  constexpr double kUnit = 1.0 / 9007199254740992.0;  // 2^-53
  constexpr double kTwoPi = 6.283185307179586476925;
  for (std::size_t i = 0; i < z.size(); i += 2) {
    const double u1 = static_cast<double>((generator() >> 11) + 1) * kUnit;  // (0, 1]: log is finite
    const double u2 = static_cast<double>(generator() >> 11) * kUnit;
    const double radius = std::sqrt(-2.0 * std::log(u1));
    z[i] = radius * std::cos(kTwoPi * u2);
    if (i + 1 < z.size()) z[i + 1] = radius * std::sin(kTwoPi * u2);
  }
}

// A count drawn as a real number: rounded, and kept within [0, most].
std::size_t count_from(double x, std::size_t most) {
  if (!(x > 0.0)) return 0;
  const double rounded = std::nearbyint(x);
  return rounded >= static_cast<double>(most) ? most : static_cast<std::size_t>(rounded);
}

}  // namespace

void draw_normal(const ResampleDraw& d, const TakeResample& take) {
  const std::size_t dims = 2 * d.questions, n = d.cases.size();
  const Moments m = moments(d.cases, d.questions);
  const std::vector<double> l = cholesky(m.covariance, dims);
  std::vector<double> z(dims), x(dims);
  for (std::size_t r = 0; r < d.resamples; ++r) {
    standard_normals(d.generator, z);
    for (std::size_t i = 0; i < dims; ++i) {
      double sum = m.mean[i];
      for (std::size_t k = 0; k <= i; ++k) sum += l[i * dims + k] * z[k];
      x[i] = sum;
    }
    for (std::size_t q = 0; q < d.questions; ++q) {
      const std::size_t yes = count_from(x[2 * q], n);
      const std::size_t no = count_from(x[2 * q + 1], n - yes);
      d.sample.questions[q] = Tally{yes, no, n - yes - no};
    }
    take(d.sample);
    d.progress.update(r + 1);
  }
}

}  // namespace pdurate::engine
