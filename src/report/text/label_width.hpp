// How wide the text report's label column is under a rule set: wide enough for its longest
// standard ("3.4 Out-of-court disposal policy and provision") and key question, so the ratings
// line up in one column whatever the framework; never narrower than the PDU reports' 42.
#pragma once

#include <cstddef>

#include "pdurate/rules/rules.hpp"

namespace pdurate::report::text {

// The width of "  ID NAME" labels; key questions ("> 2.1.1 topic", indented 3 more) get this
// less 2, so their figures start one column to the right of a standard's rating.
std::size_t label_width(const rules::Rules& rules);

}  // namespace pdurate::report::text
