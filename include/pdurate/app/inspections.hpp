// The commands that take many inspections (rate many, check, diff) find them the same way.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/readers/inspection_paths.hpp"
#include "pdurate/util/progress.hpp"

namespace pdurate::app {

// Every inspection under `paths` (readers::find_inspection_paths), in order, made an Outcome by
// `assess` (which may pass one over by returning nothing) and handed to `done`. A directory that
// cannot be searched comes first, as an invalid Outcome. Returns how many were handed over.
// `progress` hears of each inspection found ("inspections", out of all found).
std::size_t for_each_inspection(const std::vector<std::string>& paths,
                                const std::function<std::optional<Outcome>(const readers::InspectionPath&)>& assess,
                                const std::function<void(Outcome&&)>& done, util::Progress* progress = nullptr);

}  // namespace pdurate::app
