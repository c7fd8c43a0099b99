// A confidence interval for the difference of two independent proportions: Newcombe's hybrid
// score method (Newcombe 1998, "Interval estimation for the difference between independent
// proportions", Statistics in Medicine 17:873-890, method 10), built from the two Wilson
// intervals (engine/wilson.hpp). Pure arithmetic, no rules.
//
// Newcombe rather than the textbook p1 - p2 +/- z*sqrt(p1q1/n1 + p2q2/n2): with tens of cases and
// percentages near 0% or 100% the textbook interval is too narrow (zero width at 0/n and n/n) and
// can leave [-1, 1]; the hybrid score interval keeps close to its nominal coverage and inside.
#pragma once

#include <cstddef>

namespace pdurate::engine {

// p1 - p2 and its interval, each in [-1, 1].
struct DifferenceInterval {
  double difference = 0;
  double low = 0;
  double high = 0;
  // The interval leaves out 0: a difference sampling error alone is unlikely to explain.
  bool excludes_zero() const { return low > 0 || high < 0; }
};

// The interval for yes1/n1 - yes2/n2 at the given level (percent), with (l, u) each proportion's
// Wilson interval:
//   low  = d - sqrt((p1 - l1)^2 + (u2 - p2)^2)
//   high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2)
// n1 and n2 must be > 0; 0 < level_percent < 100.
DifferenceInterval newcombe(std::size_t yes1, std::size_t n1, std::size_t yes2, std::size_t n2, double level_percent);

}  // namespace pdurate::engine
