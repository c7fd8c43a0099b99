// How many cases a sample needs for a margin of error, and the margin a number of cases gives
// (pdu-rate plan). The margin is the half-width of the normal-approximation confidence interval
// of a proportion at the worst case p = 0.5 (the widest), with the finite population correction:
//
//   n0 = z^2 p (1 - p) / e^2          (e: the margin as a fraction, z: the level's normal quantile)
//   n  = n0 / (1 + (n0 - 1) / N)      (N: the population)
//   e  = z sqrt(p (1 - p) / n * (N - n) / (N - 1))   (the same relation solved for e)
//
// Planning figures for sizing a sample, not the intervals pdu-rate reports on a rated one (those
// are Wilson intervals: engine/wilson.hpp).
#pragma once

#include <cstddef>

namespace pdurate::engine {

// n0 for a margin of `margin_points` percentage points at `level_percent` confidence, p = 0.5.
// 0 < margin_points, 0 < level_percent < 100.
double sample_size_unlimited(double margin_points, double level_percent);

// n0 corrected for a population of N (N >= 1): n0 / (1 + (n0 - 1) / N).
double sample_size_finite(double n0, std::size_t population);

// The whole number of cases that reaches the margin: the corrected size rounded up (a size within
// 1e-9 of a whole number counts as that number, so that rounding error never adds a case), at
// least 1 and at most the population.
std::size_t sample_size(double margin_points, double level_percent, std::size_t population);

// The margin, in percentage points, of `n` cases from a population of N (1 <= n <= N): 0 when
// the sample is the whole population.
double margin_of_error(std::size_t n, std::size_t population, double level_percent);

}  // namespace pdurate::engine
