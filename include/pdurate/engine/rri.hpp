// The relative rate index (RRI): for every key question, each group's rate of Yes answers
// divided by the reference group's, with a confidence interval by the log method:
//   RRI = (a / n1) / (b / n2)
//   SE(ln RRI) = sqrt(1/a - 1/n1 + 1/b - 1/n2)
//   interval = exp(ln RRI -/+ z * SE)
// where a, n1 are the group's Yes and relevant cases and b, n2 the reference group's. An
// interval that excludes 1 flags a difference unlikely to be the luck of the sample alone.
// Comparisons are suppressed, with the reason, where a group (or the reference) has fewer
// cases than the minimum group size, and where the figures leave the ratio or its interval
// undefined (no relevant cases, no Yes answers).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/engine/tally.hpp"
#include "pdurate/model/case_groups.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::engine {

struct RelativeRate {
  std::size_t question = 0;       // key question index
  Tally group, reference;
  std::optional<double> ratio;    // none when suppressed or undefined
  std::optional<double> low, high;  // the interval; none when it is undefined (e.g. no Yes answers)
  bool excludes_one = false;      // the interval lies wholly above or below 1
  std::string suppressed;         // why there is no ratio or no interval; empty when both are given
};

struct RelativeRateGroup {
  std::string value;
  std::size_t cases = 0;
  std::string suppressed;  // the whole group's comparisons suppressed (too small), or empty
  std::vector<RelativeRate> key_questions;  // in the rules' order; present key questions only
};

struct RelativeRates {
  std::size_t attribute = 0;
  std::string name;
  std::string reference;
  std::size_t reference_cases = 0;
  double level = 95;  // percent
  std::size_t min_group_size = 0;
  std::string suppressed;  // the reference group is too small: every comparison is suppressed
  std::vector<RelativeRateGroup> groups;  // every other value, most cases first
};

// One key question's comparison, from the two groups' tallies (no size rule applied).
RelativeRate relative_rate(std::size_t question, const Tally& group, const Tally& reference, double level_percent);

// Every group of `attribute` against the group whose value is `reference` (which must occur).
RelativeRates relative_rates(const rules::Rules& rules, const model::CaseSet& cases, std::size_t attribute,
                             std::string_view reference, std::size_t min_group_size, double level_percent);
// The same from the cases counted by the attribute's values (CaseSet or CaseGroups::by).
RelativeRates relative_rates(const rules::Rules& rules, const model::AttributeTallies& counted, std::size_t attribute,
                             std::string_view reference, std::size_t min_group_size, double level_percent);

}  // namespace pdurate::engine
