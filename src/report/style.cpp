#include "report/style.hpp"

#include <fmt/format.h>

namespace pdurate::report {

std::string Style::apply(std::string_view text, std::string_view code) const {
  if (!color_) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string Style::rating(const rules::Rules& rules, rules::Level level, std::string_view text) const {
  const auto top = rules.top();
  return apply(text, level == 0 ? "31" : level == top ? "1;32" : (2 * level < top + 1 ? "33" : "32"));
}

}  // namespace pdurate::report
