#include "pdurate/report/check_report.hpp"

#include <fmt/format.h>

namespace pdurate::report {

CheckedInspection::Outcome CheckedInspection::outcome() const {
  if (!errors.empty()) return Outcome::Error;
  return unmet() > 0 || !other_failures.empty() ? Outcome::Failed : Outcome::Passed;
}

std::size_t CheckedInspection::unmet() const {
  std::size_t n = 0;
  for (const auto& e : expectations) n += e.met ? 0 : 1;
  return n;
}

std::vector<std::string> CheckedInspection::differences() const {
  std::vector<std::string> out;
  for (const auto& e : expectations)
    if (!e.met) out.push_back(fmt::format("{}: expected {}, got {}", e.expectation.key, e.expected, e.actual));
  out.insert(out.end(), other_failures.begin(), other_failures.end());
  return out;
}

CheckCounts count(const std::vector<CheckedInspection>& inspections) {
  CheckCounts c;
  for (const auto& i : inspections) {
    switch (i.outcome()) {
      case CheckedInspection::Outcome::Passed: ++c.passed; break;
      case CheckedInspection::Outcome::Failed: ++c.failed; break;
      case CheckedInspection::Outcome::Error: ++c.errors; break;
    }
  }
  return c;
}

std::string check_line(const CheckedInspection& i) {
  switch (i.outcome()) {
    case CheckedInspection::Outcome::Passed:
      return fmt::format("pass {} ({} expectation{} met)", i.file, i.expectations.size(),
                         i.expectations.size() == 1 ? "" : "s");
    case CheckedInspection::Outcome::Failed: {
      std::string line = fmt::format("FAIL {}: ", i.file);
      const auto diffs = i.differences();
      for (std::size_t k = 0; k < diffs.size(); ++k) line += (k ? "; " : "") + diffs[k];
      return line;
    }
    case CheckedInspection::Outcome::Error:
      return fmt::format("ERROR {}: invalid input ({} problem{}, listed on stderr)", i.file, i.errors.size(),
                         i.errors.size() == 1 ? "" : "s");
  }
  return {};
}

std::string check_summary(const CheckCounts& c) {
  std::string line = fmt::format("{} passed, {} failed", c.passed, c.failed);
  if (c.errors > 0) line += fmt::format(", {} errors", c.errors);
  return line;
}

}  // namespace pdurate::report
