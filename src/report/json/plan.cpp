#include <fmt/format.h>

#include "pdurate/report/plan.hpp"
#include "report/json/fields.hpp"
#include "report/json/writer.hpp"

namespace pdurate::report {
namespace {

constexpr long long kPlanSchemaVersion = 1;

std::string fixed(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

void strata(json::Writer& j, const engine::SamplePlan& plan) {
  j.key("strata").begin_array();
  for (const auto& s : plan.strata) {
    j.begin_object();
    j.key("name").string(s.name);
    j.key("population").number(static_cast<long long>(s.population));
    j.key("sample").number(static_cast<long long>(s.sample));
    j.key("margin").raw_number(fixed(s.margin, 2));
    j.end_object();
  }
  j.end_array();
}

void band_probabilities(json::Writer& j, const rules::Rules& rules, const engine::SamplePlan& plan) {
  j.begin_object();
  j.key("cases").number(static_cast<long long>(plan.n));
  j.key("method").string("binomial");
  j.key("comparison").string(rules::to_string(rules.comparison));
  j.key("edges").begin_array();
  for (const auto& edge : plan.band_edges) {
    j.begin_object();
    j.key("edge").number(edge.edge);
    j.key("below").string(rules.rating_name(edge.below));
    j.key("above").string(rules.rating_name(edge.above));
    j.key("rows").begin_array();
    for (const auto& r : edge.rows) {
      j.begin_object();
      j.key("true_percent").raw_number(fmt::format("{:g}", r.true_percent));
      j.key("band").string(rules.rating_name(r.band));
      j.key("right").raw_number(fixed(r.same, 4));
      j.key("lower").raw_number(fixed(r.lower, 4));
      j.key("higher").raw_number(fixed(r.higher, 4));
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// The working of a computed size, or nulls for a given one.
void size_fields(json::Writer& j, const engine::SamplePlan& plan) {
  if (!plan.target_margin) {
    for (const char* key : {"target_margin", "sample_size_unlimited", "sample_size_corrected"}) j.key(key).null();
    return;
  }
  j.key("target_margin").raw_number(fmt::format("{:g}", *plan.target_margin));
  j.key("sample_size_unlimited").raw_number(fixed(plan.unlimited, 2));
  j.key("sample_size_corrected").raw_number(fixed(plan.corrected, 2));
}

}  // namespace

std::string plan_json(const rules::Rules& rules, const engine::SamplePlan& plan, const PlanOptions& options) {
  json::Writer j;
  j.begin_object();
  j.key("schema_version").number(kPlanSchemaVersion);
  j.key("tool");
  json::tool(j);
  j.key("rules");
  json::rules_object(j, rules);
  j.key("confidence_level").raw_number(fmt::format("{:g}", plan.level));
  j.key("confidence_from").string(options.level_from_rules ? "rules" : "option");
  size_fields(j, plan);
  j.key("population").number(static_cast<long long>(plan.population));
  j.key("sample").number(static_cast<long long>(plan.n));
  j.key("raised_to_strata").boolean(plan.raised_to_strata);
  j.key("margin").raw_number(fixed(plan.margin, 2));
  strata(j, plan);
  j.key("band_probabilities");
  band_probabilities(j, rules, plan);
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report
