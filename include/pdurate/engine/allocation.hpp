// Proportional allocation of a sample across strata (pdu-rate plan and sample).
//
// Each stratum's quota is n * size / total. It gets the whole part of its quota; the cases
// left over go one each to the strata with the largest remainders (ties: the stratum listed
// first). Then every non-empty stratum left with no case gets one, taken from the stratum with
// the largest allocation (ties: the first listed), so that no kind of case goes unseen.
// Integer arithmetic throughout: the same allocation on every platform.
#pragma once

#include <cstddef>
#include <vector>

namespace pdurate::engine {

// The number of strata with at least one case: the smallest n allocate() accepts.
std::size_t non_empty_strata(const std::vector<std::size_t>& sizes);

// The allocation of `n` cases to strata of `sizes`, in the same order; they add up to n and
// none exceeds its stratum. Requires non_empty_strata(sizes) <= n <= the sum of sizes, and the
// sum below 2^32 (so that n * size stays exact).
std::vector<std::size_t> allocate(std::size_t n, const std::vector<std::size_t>& sizes);

}  // namespace pdurate::engine
