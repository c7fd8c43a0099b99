#include "report/html/agreement_chart.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report/agreement_wording.hpp"
#include "report/html/stylesheet.hpp"
#include "report/html/svg.hpp"

namespace pdurate::report::html {
namespace {

// The chart's scale: from `low` (0, -0.5 or -1) to 1, drawn on svg's 0 to 100.
struct Scale {
  double low = 0;
  double at(double value) const { return 100 * (value - low) / (1 - low); }
};

Scale scale_of(const rules::Rules& rules, const app::Agreement& a) {
  double lowest = 0;
  for (const auto& q : a.questions) {
    if (rules.is_finding_slot(q.slot)) continue;
    for (const auto* c : {&q.kappa, &q.ac1})
      if (*c) lowest = std::min({lowest, (*c)->value, (*c)->interval.low});
  }
  return {std::max(-1.0, std::floor(lowest * 2) / 2)};
}

svg::Bar coefficient_bar(const Scale& s, std::string_view name, const engine::Coefficient& c, bool marked,
                         std::string_view tone) {
  svg::Bar b;
  b.percent = s.at(c.value);
  b.low = s.at(c.interval.low);
  b.high = s.at(c.interval.high);
  b.tone = std::string(tone);
  b.note = fmt::format("{} {:.2f} ({}){}", name, c.value, agreement::interval_text(c), marked ? " *" : "");
  b.title = b.note;
  return b;
}

// Kappa is undefined where both judgings gave one and the same answer throughout: an empty bar, said.
svg::Bar undefined_kappa(const Scale& s) {
  svg::Bar b;
  b.percent = s.at(0);
  b.tone = "plain before";
  b.note = "kappa undefined: one answer throughout *";
  b.title = b.note;
  return b;
}

std::vector<double> ticks(const Scale& s) {
  std::vector<double> t;
  for (double v = s.low; v <= 1.0001; v += 0.25) t.push_back(s.at(v));
  return t;
}

std::vector<std::string> tick_labels(const Scale& s) {
  std::vector<std::string> t;
  for (double v = s.low; v <= 1.0001; v += 0.25) t.push_back(fmt::format("{:g}", std::abs(v) < 1e-9 ? 0.0 : v));
  return t;
}

}  // namespace

std::string agreement_chart(const rules::Rules& rules, const app::Agreement& a) {
  const Scale s = scale_of(rules, a);
  svg::BarChart chart;
  chart.title = fmt::format("Kappa and AC1 per key question, with their {:g}% intervals", a.level);
  chart.ticks = ticks(s);
  for (const auto& q : a.questions) {
    if (rules.is_finding_slot(q.slot) || (!q.kappa && !q.ac1)) continue;
    const auto& def = rules.questions[q.slot];
    svg::Row row{fmt::format("{} {}", def.short_id, def.topic), false, "", {}};
    if (q.kappa) row.bars.push_back(coefficient_bar(s, "kappa", *q.kappa, q.kappa_misleading(), "plain before"));
    else row.bars.push_back(undefined_kappa(s));
    if (q.ac1) row.bars.push_back(coefficient_bar(s, "AC1", *q.ac1, false, kPlainTone));
    chart.rows.push_back(std::move(row));
  }
  if (chart.rows.empty()) return "";
  return svg::bar_chart(chart, {}, {s.at(0), tick_labels(s)});
}

}  // namespace pdurate::report::html
