#include "pdurate/report/text.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"

namespace pdurate::report::text {

std::string check_line(const rules::Rules& rules, const app::Outcome& outcome) {
  switch (outcome.status()) {
    case app::Status::Passed: {
      const auto n = outcome.rated->expectations.size();
      return fmt::format("pass {} ({} expectation{} met)", outcome.file, n, n == 1 ? "" : "s");
    }
    case app::Status::Failed: {
      std::string line = fmt::format("FAIL {}: ", outcome.file);
      const auto differences = failures(rules, outcome);
      for (std::size_t k = 0; k < differences.size(); ++k) line += (k ? "; " : "") + differences[k];
      return line;
    }
    case app::Status::Invalid: break;
  }
  return fmt::format("ERROR {}: {}", outcome.file, invalid_input(outcome));
}

std::string check_summary(const app::Counts& c) {
  std::string line = fmt::format("{} passed, {} failed", c.passed, c.failed);
  if (c.invalid > 0) line += fmt::format(", {} error{}", c.invalid, c.invalid == 1 ? "" : "s");
  return line;
}

}  // namespace pdurate::report::text
