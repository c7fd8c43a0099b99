#include "report/text/label_width.hpp"

#include <algorithm>

namespace pdurate::report::text {

std::size_t label_width(const rules::Rules& rules) {
  constexpr std::size_t kNarrowest = 42;  // the PDU framework's layout, kept byte for byte
  std::size_t width = kNarrowest;
  for (const auto& s : rules.standards) width = std::max(width, s.id.size() + 1 + s.name.size());
  // "> " + id + " " + topic, in a column 2 narrower than a standard's (the separating space is in the format).
  for (const auto& q : rules.questions) width = std::max(width, 2 + q.short_id.size() + 1 + q.topic.size() + 2);
  return width;
}

}  // namespace pdurate::report::text
