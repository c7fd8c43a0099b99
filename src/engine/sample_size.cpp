#include "pdurate/engine/sample_size.hpp"

#include <algorithm>
#include <cmath>

#include "pdurate/engine/wilson.hpp"

namespace pdurate::engine {
namespace {

constexpr double kWorstCase = 0.5 * 0.5;  // p (1 - p) at p = 0.5

}  // namespace

double sample_size_unlimited(double margin_points, double level_percent) {
  const double z = z_for_confidence(level_percent);
  const double e = margin_points / 100;
  return z * z * kWorstCase / (e * e);
}

double sample_size_finite(double n0, std::size_t population) {
  return n0 / (1 + (n0 - 1) / static_cast<double>(population));
}

std::size_t sample_size(double margin_points, double level_percent, std::size_t population) {
  const double n = sample_size_finite(sample_size_unlimited(margin_points, level_percent), population);
  const double whole = std::ceil(n - 1e-9);
  if (whole < 1) return 1;
  return std::min(population, static_cast<std::size_t>(whole));
}

double margin_of_error(std::size_t n, std::size_t population, double level_percent) {
  if (n >= population) return 0;
  const double z = z_for_confidence(level_percent);
  const double fpc = static_cast<double>(population - n) / static_cast<double>(population - 1);
  return 100 * z * std::sqrt(kWorstCase / static_cast<double>(n) * fpc);
}

}  // namespace pdurate::engine
