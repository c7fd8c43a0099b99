// The HTML report's stylesheet, for screen and for print (A4), and the colour classes it defines.
// Colour is always a second cue, and the palette (Okabe and Ito's, "Color Universal Design",
// 2008) keeps ratings apart under the common colour blindnesses: vermillion, orange, bluish
// green and blue for the scale from the lowest rating up. Internal to report/html.
#pragma once

#include <string>
#include <string_view>

#include "pdurate/rules/rules.hpp"

namespace pdurate::report::html {

// The stylesheet, for a <style> element (it holds no '<' or '&', so it is valid XML text).
std::string_view stylesheet();

// The colour class of a rating, "r0" (the lowest) to "r3" (the highest): a scale of four maps
// one to one; another spreads its levels over the four by position.
std::string tone(const rules::Rules& rules, rules::Level level);

// The colour class of a bar with no rating: a key question without a band, a finding.
inline constexpr std::string_view kPlainTone = "plain";

}  // namespace pdurate::report::html
