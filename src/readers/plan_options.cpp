#include "pdurate/readers/plan_options.hpp"

#include <charconv>
#include <fmt/format.h>
#include <set>

#include "pdurate/readers/case_columns.hpp"

namespace pdurate::readers {
namespace {

void error(util::Diagnostics& errors, std::string_view option, std::string_view text, std::string_view message) {
  errors.add({}, fmt::format("{} '{}': {}", option, text, message));
}

template <class T>
std::optional<T> number(std::string_view text) {
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::size_t> population_count(const std::string& text, std::string_view count, util::Diagnostics& errors) {
  const auto n = number<std::size_t>(count);
  if (!n || *n == 0 || *n > kMaxPopulation) {
    error(errors, "--population", text,
          fmt::format("the number of cases must be a whole number from 1 to {}, e.g. community=2000", kMaxPopulation));
    return std::nullopt;
  }
  return n;
}

}  // namespace

std::optional<std::vector<model::Stratum>> parse_populations(const std::vector<std::string>& texts,
                                                              util::Diagnostics& errors) {
  const std::size_t before = errors.count();
  std::vector<model::Stratum> out;
  std::set<std::string> names;
  for (const auto& text : texts) {
    const auto eq = text.find('=');
    const std::string name = eq == std::string::npos ? "all" : std::string(trim(std::string_view(text).substr(0, eq)));
    if (eq != std::string::npos && name.empty()) {
      error(errors, "--population", text, "write NAME=COUNT, e.g. community=2000");
      continue;
    }
    const auto count = population_count(text, trim(eq == std::string::npos ? text : std::string_view(text).substr(eq + 1)),
                                        errors);
    if (!count) continue;
    if (eq == std::string::npos && texts.size() > 1) {
      error(errors, "--population", text, "a population without a name must be the only one: name each, e.g. licence=1800");
      continue;
    }
    if (!names.insert(name).second) {
      error(errors, "--population", text, fmt::format("'{}' is given twice: give each stratum once", name));
      continue;
    }
    out.push_back({name, *count});
  }
  std::size_t total = 0;
  for (const auto& s : out) total += s.population;
  if (total > kMaxPopulation)
    errors.add({}, fmt::format("--population: the strata add up to {} cases, more than {}: planning is for one "
                               "service's caseload", total, kMaxPopulation));
  if (errors.count() != before) return std::nullopt;
  return out;
}

std::optional<double> parse_margin(const std::string& text, util::Diagnostics& errors) {
  std::string_view t = text;
  if (!t.empty() && t.back() == '%') t.remove_suffix(1);
  const auto value = number<double>(t);
  if (!value || !(*value > 0 && *value <= 50)) {
    error(errors, "--margin", text, "write a margin of error in percentage points, above 0 and at most 50, e.g. 10");
    return std::nullopt;
  }
  return value;
}

std::optional<std::size_t> parse_cases(const std::string& option, const std::string& text, util::Diagnostics& errors) {
  const auto value = number<std::size_t>(text);
  if (!value || *value == 0) {
    error(errors, option, text, "write a whole number of cases, 1 or more, e.g. 80");
    return std::nullopt;
  }
  return value;
}

}  // namespace pdurate::readers
