#include "pdurate/engine/band_probability.hpp"

#include <algorithm>
#include <cmath>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {

double binomial_probability(std::size_t n, std::size_t k, double p) {
  if (k > n) return 0;
  if (p <= 0) return k == 0 ? 1 : 0;
  if (p >= 1) return k == n ? 1 : 0;
  const double dn = static_cast<double>(n), dk = static_cast<double>(k);
  const double log_choose = std::lgamma(dn + 1) - std::lgamma(dk + 1) - std::lgamma(dn - dk + 1);
  return std::exp(log_choose + dk * std::log(p) + (dn - dk) * std::log1p(-p));
}

BandProbability band_probability(const rules::Rules& rules, std::size_t n, double true_percent) {
  BandProbability out;
  out.true_percent = true_percent;
  out.band = band_of_percent(rules, true_percent, rules.comparison);
  const double p = true_percent / 100;
  // Only counts within 20 sqrt(n) of the mean carry any weight: by Hoeffding's inequality the
  // rest hold less than 2 exp(-800) together, so a sample of millions costs thousands of terms.
  const double mean = p * static_cast<double>(n), reach = 20 * std::sqrt(static_cast<double>(n)) + 1;
  const auto first = static_cast<std::size_t>(std::max(0.0, std::floor(mean - reach)));
  const auto last = std::min(n, static_cast<std::size_t>(std::ceil(mean + reach)));
  for (std::size_t k = first; k <= last; ++k) {
    const double probability = binomial_probability(n, k, p);
    const Level sample_band = band(rules, k, n, rules.comparison);
    if (sample_band == out.band) out.same += probability;
    else if (sample_band < out.band) out.lower += probability;
    else out.higher += probability;
  }
  return out;
}

const std::vector<int>& default_edge_offsets() {
  static const std::vector<int> offsets = {-10, -5, -2, 0, 2, 5, 10};
  return offsets;
}

std::vector<BandEdge> band_edges(const rules::Rules& rules, std::size_t n, const std::vector<int>& offsets) {
  std::vector<BandEdge> out;
  for (std::size_t b = 1; b < rules.bands.size(); ++b) {
    BandEdge edge;
    edge.edge = rules.bands[b].min_percent;
    edge.below = rules.bands[b - 1].rating;
    edge.above = rules.bands[b].rating;
    for (int offset : offsets) {
      const int percent = edge.edge + offset;
      if (percent < 0 || percent > 100) continue;
      edge.rows.push_back(band_probability(rules, n, percent));
    }
    out.push_back(std::move(edge));
  }
  return out;
}

}  // namespace pdurate::engine
