#include "cli/agree_thresholds.hpp"

#include <cmath>
#include <exception>
#include <fmt/format.h>
#include <optional>

#include "pdurate/report/wording.hpp"

namespace pdurate::cli {
namespace {

std::optional<double> number_in(const std::string& text, double low, double high) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (used != text.size() || !std::isfinite(value) || value < low || value > high) return std::nullopt;
  return value;
}

// `shown` is the figure as the report prints it ("0.58", "86.7"): that is what is compared, so
// that a report reading 0.60 never fails --min-kappa 0.6.
void check(app::ThresholdCheck& out, std::size_t slot, std::string measure, std::string shown,
           const std::optional<std::string>& threshold) {
  if (!threshold || shown.empty() || std::stod(shown) >= *number_in(*threshold, -100, 100)) return;
  out.below.push_back({slot, std::move(measure), std::move(shown), *threshold});
}

std::optional<std::string> given(const std::string& value) {
  return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

std::string two_decimals(const std::optional<engine::Coefficient>& c) {
  return c ? fmt::format("{:.2f}", c->value) : std::string();
}

}  // namespace

std::vector<std::string> threshold_problems(const AgreeThresholds& t) {
  std::vector<std::string> out;
  for (const auto& [value, option] : {std::pair{&t.min_kappa, "--min-kappa"}, std::pair{&t.min_ac1, "--min-ac1"}})
    if (!value->empty() && !number_in(*value, -1, 1))
      out.push_back(fmt::format("{} '{}': write a number from -1 to 1, e.g. 0.6", option, *value));
  if (!t.min_agreement.empty() && !number_in(t.min_agreement, 0, 100))
    out.push_back(fmt::format("--min-agreement '{}': write a percentage from 0 to 100, e.g. 90", t.min_agreement));
  return out;
}

std::optional<app::ThresholdCheck> check_thresholds(const rules::Rules& rules, const app::Agreement& a,
                                                    const AgreeThresholds& t) {
  if (!t.any()) return std::nullopt;
  app::ThresholdCheck out{given(t.min_kappa), given(t.min_ac1), given(t.min_agreement), {}};
  for (const auto& q : a.questions) {
    if (rules.is_finding_slot(q.slot)) continue;
    const auto agreement = q.agreement ? report::percent(q.yes_no_agreements(), q.both_applicable(), 1) : std::string();
    check(out, q.slot, "kappa", two_decimals(q.kappa), out.min_kappa);
    check(out, q.slot, "AC1", two_decimals(q.ac1), out.min_ac1);
    check(out, q.slot, "agreement", agreement, out.min_agreement);
  }
  return out;
}

std::string below_text(const rules::Rules& rules, const app::ThresholdCheck::Below& b) {
  const bool percent = b.measure == "agreement";
  return fmt::format("{}: {} {}{} below --min-{} {}", rules.slot_id(b.slot), b.measure, b.shown, percent ? "%" : "",
                     percent ? "agreement" : b.measure == "AC1" ? "ac1" : "kappa", b.threshold);
}

}  // namespace pdurate::cli
