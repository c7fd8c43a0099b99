#include "pdurate/readers/analysis_options.hpp"

#include <charconv>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "pdurate/util/did_you_mean.hpp"
#include "readers/case_attributes.hpp"

namespace pdurate::readers {
namespace {

void error(util::Diagnostics& errors, std::string_view option, std::string_view text, std::string_view message) {
  errors.add({}, fmt::format("{} '{}': {}", option, text, message));
}

std::optional<double> level(const std::string& text, util::Diagnostics& errors) {
  std::string_view t = text;
  if (!t.empty() && t.back() == '%') t.remove_suffix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !(value > 0 && value < 100)) {
    error(errors, "--confidence", text, "write a percentage above 0 and below 100, e.g. 80 or 95");
    return std::nullopt;
  }
  return value;
}

std::optional<std::uint64_t> seed(const std::string& text, util::Diagnostics& errors) {
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  // At most 2^53 - 1, so that JSON readers (doubles) read the seed back exactly.
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value > kMaxSeed) {
    error(errors, "--seed", text, fmt::format("write a whole number from 0 to {}", kMaxSeed));
    return std::nullopt;
  }
  return value;
}

// "ATTRIBUTE=REFERENCE" split, or nullopt.
std::optional<std::pair<std::string, std::string>> rri_parts(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) return std::nullopt;
  return std::pair{text.substr(0, eq), text.substr(eq + 1)};
}

std::optional<std::size_t> attribute(const model::Inspection& inspection, std::string_view option,
                                     const std::string& text, const std::string& name, util::Diagnostics& errors) {
  if (auto a = find_attribute(inspection, name)) return a;
  std::string message = fmt::format("{} has no attribute column '{}'", inspection.file, name);
  const auto& names = attribute_names(inspection);
  if (auto guess = util::did_you_mean(name, names)) message += fmt::format("; did you mean '{}'?", *guess);
  else if (!names.empty()) message += fmt::format(" (it has: {})", fmt::join(names, ", "));
  else message += " (it has no attribute columns)";
  error(errors, option, text, message);
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_confidence(const std::string& text, util::Diagnostics& errors) { return level(text, errors); }

std::optional<std::uint64_t> parse_seed(const std::string& text, util::Diagnostics& errors) { return seed(text, errors); }

void check_analysis(const AnalysisText& text, util::Diagnostics& errors) {
  if (!text.confidence.empty()) level(text.confidence, errors);
  if (!text.seed.empty()) seed(text.seed, errors);
  for (const auto& r : text.rri)
    if (!rri_parts(r)) error(errors, "--rri", r, "write ATTRIBUTE=REFERENCE, e.g. grade=PO");
}

std::optional<model::AnalysisRequest> build_analysis(const rules::Rules& rules, const model::Inspection& inspection,
                                                     const AnalysisText& text, util::Diagnostics& errors) {
  const std::size_t before = errors.count();
  model::AnalysisRequest request;
  const auto& s = rules.sampling;
  request.confidence = s.confidence;
  request.min_group_size = s.min_group_size;
  request.relative_rate_confidence = s.relative_rate_confidence;
  request.resamples = s.resamples;
  request.seed = s.seed;
  request.probabilities = text.probabilities;
  util::Diagnostics ignored;  // check_analysis reports these
  if (!text.confidence.empty())
    if (auto l = level(text.confidence, ignored)) request.confidence = *l;
  if (!text.seed.empty())
    if (auto n = seed(text.seed, ignored)) request.seed = *n;
  for (const auto& name : text.by) {
    auto a = attribute(inspection, "--by", name, name, errors);
    if (!a) continue;
    bool repeated = false;
    for (auto b : request.by) repeated = repeated || b == *a;
    if (!repeated) request.by.push_back(*a);
  }
  for (const auto& r : text.rri) {
    const auto parts = rri_parts(r);
    if (!parts) continue;
    auto a = attribute(inspection, "--rri", r, parts->first, errors);
    if (!a) continue;
    const auto values = attribute_values(inspection, *a);
    if (!values.count(parts->second)) {
      std::vector<std::string> list(values.begin(), values.end());
      std::string message = fmt::format("no case has {} '{}'", parts->first, parts->second);
      if (auto guess = util::did_you_mean(parts->second, list)) message += fmt::format("; did you mean '{}'?", *guess);
      else message += fmt::format(" (values: {})", fmt::join(list, ", "));
      error(errors, "--rri", r, message);
      continue;
    }
    request.relative_rates.push_back({*a, parts->second});
  }
  check_analysis(text, errors);
  if (errors.count() != before) return std::nullopt;
  return request;
}

}  // namespace pdurate::readers
