#include "pdurate/report/json.hpp"

#include "report/json/fields.hpp"

namespace pdurate::report::json {
namespace {

std::string_view status_name(app::Status s) {
  switch (s) {
    case app::Status::Passed: return "unchanged";
    case app::Status::Failed: return "changed";
    case app::Status::Invalid: return "invalid";
  }
  return "?";
}

void question_state(Writer& j, const engine::KeyQuestionState& s) {
  j.begin_object();
  j.key("present").boolean(s.present);
  tally_fields(j, s.tally);
  j.key("band").string_or_null(s.band.value_or(""));
  j.end_object();
}

// "before" and "after", each written by `state`.
template <class T, class State>
void before_after(Writer& j, const T& before, const T& after, State state) {
  j.key("before");
  state(j, before);
  j.key("after");
  state(j, after);
}

void standard_change(Writer& j, const engine::StandardChange& s) {
  j.begin_object();
  j.key("id").string(s.id);
  j.key("name").string(s.name);
  before_after(j, s.before, s.after, rating_state);
  j.key("causes").begin_array();
  for (const auto& c : s.causes) {
    j.begin_object();
    j.key("id").string(c.id);
    j.key("short_id").string(c.short_id);
    j.key("topic").string(c.topic);
    before_after(j, c.before, c.after, question_state);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// {"before", "after"} of the score or the overall rating; null for an inspection not compared.
template <class T, class State>
void side_by_side(Writer& j, const engine::ResultDiff* d, T engine::ResultDiff::*before, T engine::ResultDiff::*after,
                  State state) {
  if (!d) {
    j.null();
    return;
  }
  j.begin_object();
  before_after(j, d->*before, d->*after, state);
  j.end_object();
}

void row(Writer& j, const app::Outcome& o) {
  const engine::ResultDiff* d = o.status() == app::Status::Invalid ? nullptr : &*o.rated->diff;
  j.begin_object();
  j.key("file").string(o.file);
  j.key("name").string_or_null(o.name);
  j.key("status").string(status_name(o.status()));
  j.key("standards").begin_array();
  if (d)
    for (const auto& s : d->standards) standard_change(j, s);
  j.end_array();
  j.key("score");
  side_by_side(j, d, &engine::ResultDiff::score_before, &engine::ResultDiff::score_after, score_state);
  j.key("overall");
  side_by_side(j, d, &engine::ResultDiff::overall_before, &engine::ResultDiff::overall_after, rating_state);
  j.key("errors").begin_array();
  for (const auto& e : o.problems.listed()) diagnostic(j, e);
  j.end_array();
  j.end_object();
}

}  // namespace

std::string diff(const rules::Rules& base, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                 const Options&) {
  Writer j;
  j.begin_object();
  j.key("schema_version").number(kDiffSchemaVersion);
  j.key("tool");
  tool(j);
  j.key("base_rules");
  rules_object(j, base);
  j.key("rules");
  rules_object(j, rules);
  j.key("inspections").begin_array();
  for (const auto& o : outcomes) row(j, o);
  j.end_array();
  const auto c = app::count(outcomes);
  j.key("summary");
  numbers(j, {{"compared", c.passed + c.failed}, {"changed", c.failed}, {"errors", c.invalid}});
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::json
