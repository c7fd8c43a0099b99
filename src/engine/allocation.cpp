#include "pdurate/engine/allocation.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace pdurate::engine {

std::size_t non_empty_strata(const std::vector<std::size_t>& sizes) {
  return static_cast<std::size_t>(std::count_if(sizes.begin(), sizes.end(), [](std::size_t s) { return s > 0; }));
}

std::vector<std::size_t> allocate(std::size_t n, const std::vector<std::size_t>& sizes) {
  const std::uint64_t total = std::accumulate(sizes.begin(), sizes.end(), std::uint64_t{0});
  std::vector<std::size_t> out(sizes.size(), 0);
  if (total == 0) return out;
  // Whole parts, and remainders as numerators over `total` (exact).
  std::vector<std::uint64_t> remainder(sizes.size());
  std::size_t given = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const std::uint64_t quota = std::uint64_t{n} * sizes[i];
    out[i] = static_cast<std::size_t>(quota / total);
    remainder[i] = quota % total;
    given += out[i];
  }
  std::vector<std::size_t> order(sizes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; given < n && k < order.size(); ++k, ++given) ++out[order[k]];
  // At least one case from every non-empty stratum. The largest allocation has two or more
  // whenever a stratum still has none, as n >= the number of non-empty strata.
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == 0 || out[i] > 0) continue;
    const auto largest = std::max_element(out.begin(), out.end()) - out.begin();
    --out[static_cast<std::size_t>(largest)];
    ++out[i];
  }
  return out;
}

}  // namespace pdurate::engine
