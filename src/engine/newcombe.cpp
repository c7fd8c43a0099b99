#include "pdurate/engine/newcombe.hpp"

#include <algorithm>
#include <cmath>

#include "pdurate/engine/wilson.hpp"

namespace pdurate::engine {

DifferenceInterval newcombe(std::size_t yes1, std::size_t n1, std::size_t yes2, std::size_t n2,
                            double level_percent) {
  const double p1 = static_cast<double>(yes1) / static_cast<double>(n1);
  const double p2 = static_cast<double>(yes2) / static_cast<double>(n2);
  const auto w1 = wilson(yes1, n1, level_percent);
  const auto w2 = wilson(yes2, n2, level_percent);
  const double d = p1 - p2;
  const double low = d - std::hypot(p1 - w1.low, w2.high - p2);
  const double high = d + std::hypot(w1.high - p1, p2 - w2.low);
  // Inside [-1, 1] in exact arithmetic; rounding could leave an end a hair outside.
  return {d, std::max(-1.0, low), std::min(1.0, high)};
}

}  // namespace pdurate::engine
