// pdu-rate compare as JSON (doc/schema/compare.schema.json): the inspections, each standard's
// rating and each key question's counts in every inspection, and the change from each
// inspection to the next with its interval, in percentage points.
#include <cmath>
#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/json.hpp"
#include "report/json/fields.hpp"

namespace pdurate::report::json {
namespace {

// A difference of proportions in percentage points, two decimals, never "-0.00".
std::string points(double difference) {
  const double rounded = std::round(difference * 10000) / 100;
  return fmt::format("{:.2f}", rounded == 0 ? 0.0 : rounded);
}

void inspection(Writer& j, const rules::Rules& rules, const app::Outcome& o, const engine::Trend& p,
                std::size_t i) {
  j.begin_object();
  j.key("file").string(o.file);
  j.key("name").string_or_null(o.name);
  j.key("fieldwork").string_or_null(o.fieldwork);
  j.key("rules");
  rules_object(j, rules_of(o, rules));
  j.key("score");
  score_state(j, p.scores[i]);
  j.key("overall");
  rating_state(j, p.overall[i]);
  j.end_object();
}

void standard(Writer& j, const engine::StandardTrend& s) {
  j.begin_object();
  j.key("id").string(s.id);
  j.key("name").string(s.name);
  j.key("ratings").begin_array();
  for (const auto& r : s.ratings) rating_state(j, r);
  j.end_array();
  j.end_object();
}

void point(Writer& j, const engine::QuestionPoint& p) {
  if (!p.in_rules) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("present").boolean(p.state.present);
  tally_fields(j, p.state.tally);
  j.key("band").string_or_null(p.state.band.value_or(""));
  j.end_object();
}

void change(Writer& j, std::size_t from, const std::optional<engine::DifferenceInterval>& d) {
  j.begin_object();
  j.key("from").number(static_cast<long long>(from));
  j.key("to").number(static_cast<long long>(from + 1));
  for (const auto& [name, value] : {std::pair{"difference", d ? d->difference : 0.0}, std::pair{"low", d ? d->low : 0.0},
                                    std::pair{"high", d ? d->high : 0.0}}) {
    j.key(name);
    if (d) j.raw_number(points(value));
    else j.null();
  }
  j.key("excludes_zero").boolean(d && d->excludes_zero());
  j.end_object();
}

// A key question, or a finding (its parent key question and standard, null when free-standing).
void question(Writer& j, const engine::QuestionTrend& q, bool finding) {
  j.begin_object();
  j.key("id").string(q.id);
  j.key("short_id").string(q.short_id);
  j.key("topic").string(q.topic);
  if (finding) {
    j.key("parent").string_or_null(q.parent);
    j.key("standard").string_or_null(q.standard);
  } else {
    j.key("standard").string(q.standard);
  }
  j.key("inspections").begin_array();
  for (const auto& p : q.points) point(j, p);
  j.end_array();
  j.key("changes").begin_array();
  for (std::size_t i = 0; i < q.changes.size(); ++i) change(j, i, q.changes[i]);
  j.end_array();
  j.end_object();
}

}  // namespace

std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options&) {
  const auto& p = *report.trend;
  Writer j;
  j.begin_object();
  j.key("schema_version").number(kCompareSchemaVersion);
  j.key("tool");
  tool(j);
  j.key("rules");  // --rules: the one rule set every inspection was rated under
  if (report.rules_given) rules_object(j, rules);
  else j.null();
  j.key("same_rules").boolean(p.same_rules);
  j.key("confidence_level").raw_number(fmt::format("{:g}", p.level_percent));
  j.key("inspections").begin_array();
  for (std::size_t i = 0; i < report.inspections.size(); ++i) inspection(j, rules, report.inspections[i], p, i);
  j.end_array();
  j.key("standards").begin_array();
  for (const auto& s : p.standards) standard(j, s);
  j.end_array();
  j.key("key_questions").begin_array();
  for (const auto& q : p.questions) question(j, q, false);
  j.end_array();
  j.key("findings").begin_array();  // those some inspection answered
  for (const auto& f : p.findings) question(j, f, true);
  j.end_array();
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::json
