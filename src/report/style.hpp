// Colour and styling of text output, in one place: ANSI escapes when colour is on, the plain
// text otherwise. Whether it is on is the CLI's decision (a terminal, NO_COLOR, --color).
#pragma once

#include <string>
#include <string_view>

#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

class Style {
 public:
  explicit Style(bool color) : color_(color) {}

  std::string bold(std::string_view text) const { return apply(text, "1"); }
  std::string dim(std::string_view text) const { return apply(text, "2"); }
  std::string warning(std::string_view text) const { return apply(text, "33"); }  // "no reason recorded"
  std::string failure(std::string_view text) const { return apply(text, "1;31"); }  // FAIL, invalid input
  // Text about a rating in the rating's colour: red for the lowest, bold green for the top,
  // yellow and green between. The rating's name is always written too: colour is a second cue.
  std::string rating(const rules::Rules& rules, rules::Level level, std::string_view text) const;

 private:
  std::string apply(std::string_view text, std::string_view code) const;
  bool color_;
};

}  // namespace pdurate::report
