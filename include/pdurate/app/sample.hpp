// Drawing a case sample from a caseload list (pdu-rate sample): the list read
// (readers/caseload_csv.hpp), its strata found, the sample drawn (engine/stratified_sample.hpp),
// and the chosen rows put back together as CSV.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::app {

struct SampleRequest {
  std::string file;    // the caseload list ("-": standard input)
  std::string strata;  // the column to stratify by; empty: one stratum
  std::size_t n = 0;   // >= 1
  std::uint64_t seed = 0;
  bool windows1252 = false;  // the list's encoding (else UTF-8); the sample is written in UTF-8
};

struct DrawnSample {
  std::string file;
  std::size_t cases = 0;              // in the list
  std::vector<std::string> strata;    // the strata column's values, in order of first appearance
  std::vector<std::size_t> sizes;     // cases per stratum
  std::vector<std::size_t> allocation;  // drawn per stratum
  std::string csv;                    // the header and the chosen rows, in list order, each ending "\n"
};

// The sample, or nullopt with every problem in `errors` (the list's, or --n more than its cases
// or fewer than its strata).
std::optional<DrawnSample> draw_sample(const SampleRequest& request, util::Diagnostics& errors);

}  // namespace pdurate::app
