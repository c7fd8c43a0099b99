#include <algorithm>
#include <fmt/format.h>

#include "pdurate/engine/wilson.hpp"
#include "pdurate/report/plan.hpp"

namespace pdurate::report {
namespace {

std::string chance(double p) { return fmt::format("{:.1f}%", 100 * p); }

std::string level_text(const engine::SamplePlan& plan, const PlanOptions& options) {
  return fmt::format("{:g}% confidence{}", plan.level, options.level_from_rules ? " (the rules' level)" : "");
}

// How the size was reached: the formula with its figures.
std::string size_working(const engine::SamplePlan& plan) {
  const double z = engine::z_for_confidence(plan.level);
  std::string out = fmt::format(
      "To reach a margin of error of {:g} points (a key question at 50%, the widest case):\n"
      "  n0 = z^2 x 0.25 / e^2 = {:.4f}^2 x 0.25 / {:g}^2 = {:.2f}\n"
      "  n  = n0 / (1 + (n0 - 1) / N) = {:.2f} / (1 + {:.2f} / {}) = {:.2f}, rounded up: {} cases\n",
      *plan.target_margin, z, *plan.target_margin / 100, plan.unlimited, plan.unlimited, plan.unlimited - 1,
      plan.population, plan.corrected, plan.rounded);
  if (plan.raised_to_strata)
    out += fmt::format("  raised to {}: one case from each stratum\n", plan.n);
  return out + "\n";
}

std::string strata_table(const engine::SamplePlan& plan) {
  std::size_t width = 7;  // "stratum"
  for (const auto& s : plan.strata) width = std::max(width, s.name.size());
  std::string out = fmt::format("  {:<{}}  {:>10}  {:>6}  {:>8}\n", "stratum", width, "population", "sample", "margin");
  for (const auto& s : plan.strata)
    out += fmt::format("  {:<{}}  {:>10}  {:>6}  {:>8}\n", s.name, width, s.population, s.sample,
                       fmt::format("±{:.1f}", s.margin));
  if (plan.strata.size() > 1)
    out += fmt::format("  {:<{}}  {:>10}  {:>6}  {:>8}\n", "total", width, plan.population, plan.n,
                       fmt::format("±{:.1f}", plan.margin));
  return out;
}

std::string edge_tables(const rules::Rules& rules, const engine::SamplePlan& plan) {
  std::size_t width = 9;  // "true band"
  for (const auto& level : rules.scale) width = std::max(width, level.name.size());
  std::string out = fmt::format(
      "How likely {} cases are to put a key question in its true band (exact binomial):\n", plan.n);
  for (const auto& edge : plan.band_edges) {
    out += fmt::format("\n  At {}% ({} below, {} from {}% up):\n", edge.edge, rules.rating_name(edge.below),
                       rules.rating_name(edge.above), edge.edge);
    out += fmt::format("  {:>6}  {:<{}}  {:>10}  {:>6}  {:>6}\n", "true %", "true band", width, "right band", "lower",
                       "higher");
    for (const auto& r : edge.rows)
      out += fmt::format("  {:>6}  {:<{}}  {:>10}  {:>6}  {:>6}\n", fmt::format("{:g}%", r.true_percent),
                         rules.rating_name(r.band), width, chance(r.same), chance(r.lower), chance(r.higher));
  }
  return out;
}

}  // namespace

std::string plan_text(const rules::Rules& rules, const engine::SamplePlan& plan, const PlanOptions& options) {
  std::string out = fmt::format("Sample plan under {} ({}), {}\n\n", rules.id, rules.name, level_text(plan, options));
  if (plan.target_margin) out += size_working(plan);
  out += fmt::format("Sample: {} of {} cases, margin of error ±{:.1f} points{}\n", plan.n, plan.population,
                     plan.margin, plan.strata.size() > 1 ? " (proportional allocation, largest remainder)" : "");
  out += strata_table(plan) + "\n";
  out += edge_tables(rules, plan);
  out += fmt::format(
      "\nEach row: a key question truly at that % Yes, judged on the {} cases (fewer where some are N/A\n"
      "for it: run plan --n with that number), its sample % banded as rating does ({} comparison).\n"
      "A standard takes the band of its lowest key question: this is the chance for that question\n"
      "alone; when other key questions are close to it, the standard's chance is usually lower.\n",
      plan.n, rules::to_string(rules.comparison));
  return out;
}

}  // namespace pdurate::report
