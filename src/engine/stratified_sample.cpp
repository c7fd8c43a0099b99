#include "pdurate/engine/stratified_sample.hpp"

#include <algorithm>
#include <utility>

#include "pdurate/engine/allocation.hpp"
#include "pdurate/engine/resampling.hpp"

namespace pdurate::engine {

StratifiedSample stratified_sample(const std::vector<std::size_t>& stratum_of, std::size_t n, std::uint64_t seed) {
  StratifiedSample out;
  std::size_t strata = 0;
  for (std::size_t s : stratum_of) strata = std::max(strata, s + 1);
  std::vector<std::vector<std::size_t>> members(strata);
  for (std::size_t i = 0; i < stratum_of.size(); ++i) members[stratum_of[i]].push_back(i);
  for (const auto& m : members) out.sizes.push_back(m.size());
  out.allocation = allocate(n, out.sizes);
  SplitMix64 generator(seed);
  for (std::size_t s = 0; s < strata; ++s) {
    auto& m = members[s];
    for (std::size_t i = 0; i < out.allocation[s]; ++i) {
      const std::size_t j = i + bounded_draw(generator, m.size() - i);
      std::swap(m[i], m[j]);
    }
    out.chosen.insert(out.chosen.end(), m.begin(), m.begin() + static_cast<std::ptrdiff_t>(out.allocation[s]));
  }
  std::sort(out.chosen.begin(), out.chosen.end());
  return out;
}

}  // namespace pdurate::engine
