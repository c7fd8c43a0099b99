#include "pdurate/engine/wilson.hpp"

#include <algorithm>
#include <cmath>

namespace pdurate::engine {

double normal_quantile(double p) {
  // Phi(z) = erfc(-z / sqrt 2) / 2 increases with z: bisect until the bracket stops shrinking.
  double lo = -40, hi = 40;
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    if (mid == lo || mid == hi) break;
    if (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

double z_for_confidence(double level_percent) { return normal_quantile(0.5 + level_percent / 200.0); }

Interval wilson(std::size_t yes, std::size_t n, double level_percent) {
  const double z = z_for_confidence(level_percent);
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(yes) / nn;
  const double z2 = z * z;
  const double denominator = 1 + z2 / nn;
  const double centre = (p + z2 / (2 * nn)) / denominator;
  const double half = z / denominator * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  // At p = 0 or 1 one end is exactly 0 or 1; rounding could otherwise leave it a hair outside.
  return {yes == 0 ? 0.0 : std::max(0.0, centre - half), yes == n ? 1.0 : std::min(1.0, centre + half)};
}

}  // namespace pdurate::engine
