#include "pdurate/app/inspections.hpp"

namespace pdurate::app {

std::size_t for_each_inspection(const std::vector<std::string>& paths,
                                const std::function<std::optional<Outcome>(const readers::InspectionPath&)>& assess,
                                const std::function<void(Outcome&&)>& done) {
  util::Diagnostics search_problems;
  const auto found = readers::find_inspection_paths(paths, search_problems);
  std::size_t count = 0;
  for (const auto& d : search_problems.listed()) {
    Outcome unsearchable;
    unsearchable.file = d.where.file;
    unsearchable.problems.add(d.where, d.message);
    done(std::move(unsearchable));
    ++count;
  }
  for (const auto& path : found) {
    if (auto outcome = assess(path)) {
      done(std::move(*outcome));
      ++count;
    }
  }
  return count;
}

}  // namespace pdurate::app
