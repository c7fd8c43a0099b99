// A stratum of a population of cases to sample from: its name and how many cases it holds
// (pdu-rate plan's --population community=2000).
#pragma once

#include <cstddef>
#include <string>

namespace pdurate::model {

struct Stratum {
  std::string name;            // "community"; "all" when the population is not split
  std::size_t population = 0;  // >= 1
};

}  // namespace pdurate::model
