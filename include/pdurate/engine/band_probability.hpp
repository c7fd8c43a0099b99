// How likely a sample is to put one key question in its true band (pdu-rate plan).
//
// A key question truly at p% Yes among the cases it applies to, judged on n sampled cases to
// which it applies: the sample's Yes count is Binomial(n, p) (cases drawn independently, or
// from a caseload much larger than the sample, where the binomial is a close and slightly
// cautious stand-in for the hypergeometric). The sample's band is the band of yes/n under the
// rules' comparison, exactly as rating does (engine/method.hpp); the true band is the band of p
// itself. Summing the exact binomial probabilities over the counts in each band gives the
// chances that the sample puts the question in its true band, a lower one, or a higher one.
//
// This is the chance for one key question. A casework standard takes the band of its lowest key
// question, so when that one is well below the others (they cannot fall under it) this is also
// the chance that the standard's rating is right; when others are near it, any of them can pull
// the rating down, and the standard's chance is usually lower.
#pragma once

#include <cstddef>
#include <vector>

#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

// P(K = k) for K ~ Binomial(n, p), 0 <= p <= 1, k <= n, from log-gamma: the relative error
// grows like n log n times the double precision, about 1e-13 for an inspection's hundred cases
// and 1e-8 for millions (the reports show four places).
double binomial_probability(std::size_t n, std::size_t k, double p);

struct BandProbability {
  double true_percent = 0;
  Level band = 0;      // the band of true_percent
  double same = 0;     // P(the sample's band == band)
  double lower = 0;    // P(a lower band)
  double higher = 0;   // P(a higher band)
};

// For a key question truly at `true_percent` (0 to 100) judged on n >= 1 cases.
BandProbability band_probability(const rules::Rules& rules, std::size_t n, double true_percent);

// One band edge (a band's minimum, other than 0%) and the probabilities at true percentages
// around it: edge + each offset that stays within 0..100.
struct BandEdge {
  int edge = 0;        // percent
  Level below = 0;     // the band under the edge
  Level above = 0;     // the band from the edge up
  std::vector<BandProbability> rows;
};

// The offsets the plan's table uses: -10, -5, -2, 0, +2, +5, +10 points.
const std::vector<int>& default_edge_offsets();

// Every band edge of the rules, lowest first, for n >= 1 cases.
std::vector<BandEdge> band_edges(const rules::Rules& rules, std::size_t n,
                                 const std::vector<int>& offsets = default_edge_offsets());

}  // namespace pdurate::engine
