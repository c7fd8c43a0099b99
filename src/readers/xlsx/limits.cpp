#include "readers/xlsx/limits.hpp"

#include <fmt/format.h>

namespace pdurate::readers::xlsx {

std::string byte_count(std::uint64_t bytes) {
  for (const auto& [shift, unit] : {std::pair{30, "GiB"}, std::pair{20, "MiB"}, std::pair{10, "KiB"}}) {
    const std::uint64_t size = std::uint64_t{1} << shift;
    if (bytes >= size && bytes % size == 0) return fmt::format("{} {}", bytes / size, unit);
  }
  return fmt::format("{} bytes", bytes);
}

}  // namespace pdurate::readers::xlsx
