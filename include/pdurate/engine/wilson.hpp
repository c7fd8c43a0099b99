// Confidence intervals for a proportion: the Wilson score interval, and the normal quantile it
// needs. Pure arithmetic, no rules.
//
// Wilson rather than the textbook (Wald) interval p +/- z*sqrt(p(1-p)/n): at the sample sizes of
// an inspection (tens of cases) and percentages near 0% or 100%, Wald's interval is too narrow
// and can leave [0, 1]; Wilson's stays inside and keeps close to its nominal coverage.
#pragma once

#include <cstddef>

namespace pdurate::engine {

// A two-sided interval for a proportion, in [0, 1].
struct Interval {
  double low = 0;
  double high = 0;
};

// The standard normal quantile: the z with P(Z <= z) = p, for 0 < p < 1 (bisection on erfc, to
// double precision).
double normal_quantile(double p);

// The z of a two-sided confidence level given in percent: 80 -> 1.2816, 95 -> 1.9600.
// 0 < level_percent < 100.
double z_for_confidence(double level_percent);

// The Wilson score interval of yes/n at the given level (percent). n must be > 0.
//   centre = (p + z^2/2n) / (1 + z^2/n)
//   half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2)
Interval wilson(std::size_t yes, std::size_t n, double level_percent);

}  // namespace pdurate::engine
