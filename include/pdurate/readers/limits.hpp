// The limits on input, each reported as an error with its position rather than exhausting time
// or memory. Documented in README ("Limits").
#pragma once

#include <cstddef>

namespace pdurate::readers {

// A regular file is memory-mapped and read once, front to back: no size limit but these.
// Standard input and pipes are read into memory first, so they are capped.
inline constexpr std::size_t kMaxStreamBytes = std::size_t{256} << 20;  // 256 MiB
// YAML (inspection and rules files): 16 MiB and 64 levels of nesting (yaml::Limits in
// src/yaml/tree.hpp, shared with the rules loader).
// CSV: a row (and so a cell) at most 1 MiB (csv_parser.hpp), at most this many columns and rows.
inline constexpr std::size_t kMaxColumns = 1000;
inline constexpr std::size_t kMaxRows = 100'000'000;

}  // namespace pdurate::readers
