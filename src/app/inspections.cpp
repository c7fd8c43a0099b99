#include "pdurate/app/inspections.hpp"

namespace pdurate::app {

std::size_t for_each_inspection(const std::vector<std::string>& paths,
                                const std::function<std::optional<Outcome>(const readers::InspectionPath&)>& assess,
                                const std::function<void(Outcome&&)>& done, util::Progress* progress) {
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
  util::ProgressScope scope(progress, "inspections", found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (auto outcome = assess(found[i])) {
      done(std::move(*outcome));
      ++count;
    }
    scope.update(i + 1);
  }
  return count;
}

}  // namespace pdurate::app
