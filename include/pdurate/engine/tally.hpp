// The engine's names for answer counts (model/answer_counts.hpp).
#pragma once

#include "pdurate/model/answer_counts.hpp"

namespace pdurate::engine {

using model::Tallies;
using model::Tally;

}  // namespace pdurate::engine
