// Suggestions for mistyped names: the closest candidate by edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pdurate::util {

// The closest of the candidates to text (edit distance, ASCII case-insensitive), if any is
// close: within a third of text's length, and at least within 2 edits.
std::optional<std::string> did_you_mean(std::string_view text, const std::vector<std::string>& candidates);

}  // namespace pdurate::util
