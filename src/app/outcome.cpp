#include "pdurate/app/outcome.hpp"

#include <algorithm>

namespace pdurate::app {

Status worst(Status a, Status b) { return std::max(a, b); }

Status Outcome::status() const {
  if (!rated || !problems.empty()) return Status::Invalid;
  const auto unmet = [](const engine::ExpectationCheck& e) { return !e.met; };
  const bool failed = std::any_of(rated->expectations.begin(), rated->expectations.end(), unmet) ||
                      !rated->unexplained_departures.empty() || (rated->diff && rated->diff->changed());
  return failed ? Status::Failed : Status::Passed;
}

Status Counts::worst() const {
  return invalid > 0 ? Status::Invalid : failed > 0 ? Status::Failed : Status::Passed;
}

Counts count(const std::vector<Outcome>& outcomes) {
  Counts c;
  for (const auto& o : outcomes) {
    switch (o.status()) {
      case Status::Passed: ++c.passed; break;
      case Status::Failed: ++c.failed; break;
      case Status::Invalid: ++c.invalid; break;
    }
  }
  return c;
}

}  // namespace pdurate::app
