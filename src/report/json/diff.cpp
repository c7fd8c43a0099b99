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

void rating_state(Writer& j, const std::optional<engine::RatingState>& s) {
  if (!s) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("rating");
  rating_or_null(j, s->rating);
  j.key("lowest").string(s->lowest);
  j.key("highest").string(s->highest);
  j.end_object();
}

void score_state(Writer& j, const engine::ScoreState& s) {
  j.begin_object();
  j.key("score");
  if (s.score) j.number(*s.score);
  else j.null();
  j.key("min").number(s.min);
  j.key("max").number(s.max);
  j.key("max_score").number(s.max_score);
  j.end_object();
}

void question_state(Writer& j, const engine::KeyQuestionState& s) {
  j.begin_object();
  j.key("present").boolean(s.present);
  tally_fields(j, s.tally);
  j.key("band");
  rating_or_null(j, s.band);
  j.end_object();
}

void standard_change(Writer& j, const engine::StandardChange& s) {
  j.begin_object();
  j.key("id").string(s.id);
  j.key("name").string(s.name);
  j.key("before");
  rating_state(j, s.before);
  j.key("after");
  rating_state(j, s.after);
  j.key("causes").begin_array();
  for (const auto& c : s.causes) {
    j.begin_object();
    j.key("id").string(c.id);
    j.key("short_id").string(c.short_id);
    j.key("topic").string(c.topic);
    j.key("before");
    question_state(j, c.before);
    j.key("after");
    question_state(j, c.after);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// {"before", "after"} of one side-by-side value, or null for an inspection not compared.
template <class Write>
void before_after(Writer& j, const engine::ResultDiff* d, Write write) {
  if (!d) {
    j.null();
    return;
  }
  j.begin_object();
  write();
  j.end_object();
}

void row(Writer& j, const app::Outcome& o) {
  const engine::ResultDiff* d = o.status() == app::Status::Invalid ? nullptr : &*o.rated->diff;
  j.begin_object();
  j.key("file").string(o.file);
  j.key("name");
  text_or_null(j, o.name);
  j.key("status").string(status_name(o.status()));
  j.key("standards").begin_array();
  if (d)
    for (const auto& s : d->standards) standard_change(j, s);
  j.end_array();
  j.key("score");
  before_after(j, d, [&] {
    j.key("before");
    score_state(j, d->score_before);
    j.key("after");
    score_state(j, d->score_after);
  });
  j.key("overall");
  before_after(j, d, [&] {
    j.key("before");
    rating_state(j, d->overall_before);
    j.key("after");
    rating_state(j, d->overall_after);
  });
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
  j.key("summary").begin_object();
  j.key("compared").number(static_cast<long long>(c.passed + c.failed));
  j.key("changed").number(static_cast<long long>(c.failed));
  j.key("errors").number(static_cast<long long>(c.invalid));
  j.end_object();
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::json
