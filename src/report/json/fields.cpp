#include "report/json/fields.hpp"

#include "pdurate/engine/method.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/wording.hpp"
#include "pdurate/util/version.hpp"
#include "report/json/analysis.hpp"

namespace pdurate::report::json {
namespace {

std::string_view basis_name(engine::Basis b) {
  switch (b) {
    case engine::Basis::Casework: return "casework";
    case engine::Basis::Inspectors: return "inspectors";
    case engine::Basis::NotRated: return "not_rated";
    // Within schema_version 1 the basis values stay three; `not_rated_by_design` tells the two apart.
    case engine::Basis::NotRatedByDesign: return "not_rated";
  }
  return "?";
}

std::string_view status_name(engine::GuidanceStatus s) {
  switch (s) {
    case engine::GuidanceStatus::Consistent: return "consistent";
    case engine::GuidanceStatus::Departure: return "departure";
    case engine::GuidanceStatus::Undetermined: return "undetermined";
  }
  return "?";
}

void provenance(Writer& j, const rules::Provenance& p) {
  j.begin_object();
  j.key("verified").boolean(p.verified);
  j.key("source").string_or_null(p.source);
  j.key("where").string_or_null(p.where);
  j.key("note").string_or_null(p.note);
  j.end_object();
}

void margin(Writer& j, const engine::Margin& m) {
  j.begin_object();
  j.key("up").number_or_null(m.up);
  j.key("down").number_or_null(m.down);
  j.end_object();
}

void moves(Writer& j, const rules::Rules& rules, const std::vector<engine::StandardMove>& plan) {
  j.begin_array();
  for (const auto& m : plan) {
    j.begin_object();
    j.key("id").string(rules.standards[m.standard].id);
    j.key("from").string(rules.rating_name(m.from));
    j.key("to").string(rules.rating_name(m.to));
    j.key("changes").number(static_cast<long long>(m.changes));
    j.end_object();
  }
  j.end_array();
}

// A standard's "rating" and "points" (what it adds to the score).
void rating_and_points(Writer& j, const rules::Rules& rules, const engine::StandardResult& s) {
  j.key("rating");
  level_or_null(j, rules, s.rating);
  j.key("points");
  if (s.rating) j.number(engine::standard_points(rules, s.standard, *s.rating));
  else j.null();
}

void key_question(Writer& j, const rules::Rules& rules, const engine::KeyQuestionResult& kq,
                  const engine::Analysis* a) {
  const auto& q = rules.questions[kq.question];
  j.begin_object();
  j.key("id").string(q.id);
  j.key("short_id").string(q.short_id);
  j.key("topic").string(q.topic);
  j.key("text").string(q.text);
  j.key("present").boolean(kq.present);
  tally_fields(j, kq.tally);
  j.key("band");
  level_or_null(j, rules, kq.band);
  j.key("band_other_comparison");
  level_or_null(j, rules, kq.other_band);
  j.key("drives").boolean(kq.drives);
  j.key("margin");
  margin(j, kq.margin);
  if (a) key_question_analysis(j, rules, *a, kq);
  j.end_object();
}

void guidance(Writer& j, const rules::Rules& rules, const engine::Result& result, const engine::GuidanceCheck& g) {
  const auto& rule = rules.guidance[g.rule];
  j.begin_object();
  j.key("rule").string(rule.id);
  j.key("when").string(rules.rating_name(rule.when));
  j.key("other").string(rules.standards[rule.other].id);
  j.key("usually").begin_array();
  for (auto level : rule.usually) j.string(rules.rating_name(level));
  j.end_array();
  j.key("other_rating");
  level_or_null(j, rules, result.standards[rule.other].rating);
  j.key("status").string(status_name(g.status));
  j.key("hypothetical").boolean(g.hypothetical);
  j.key("text").string(guidance_sentence(rules, result, g));
  j.key("provenance");
  provenance(j, rule.provenance);
  j.end_object();
}

void explanation(Writer& j, const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s) {
  j.begin_object();
  j.key("rule").string(s.basis == engine::Basis::Casework     ? "lowest_key_question"
                       : s.basis == engine::Basis::Inspectors ? "inspectors_judgement"
                                                              : "not_rated");
  if (auto reason = casework_reason(rules, s)) {
    j.key("key_question").string(rules.questions[reason->question].id);
    j.key("threshold").number(reason->threshold);
    j.key("next_band");
    if (reason->next) j.string(rules.rating_name(*reason->next));
    else j.null();
    j.key("next_threshold");
    if (reason->next) j.number(reason->next_threshold);
    else j.null();
  }
  j.key("text").string(explain_standard(rules, result, s));
  j.end_object();
}

// The fields of a standard the rate report adds to the summary, after "rating_range".
void standard_details(Writer& j, const rules::Rules& rules, const engine::Result& result,
                      const engine::StandardResult& s, const engine::Analysis* a) {
  const auto& def = rules.standards[s.standard];
  if (def.casework()) {
    j.key("rating_other_comparison");
    level_or_null(j, rules, s.other_rating);
    j.key("key_questions").begin_array();
    for (const auto& kq : s.key_questions) key_question(j, rules, kq, a);
    j.end_array();
    j.key("missing_columns").begin_array();
    for (const auto& id : missing_columns(rules, s)) j.string(id);
    j.end_array();
  } else {
    j.key("departure").string_or_null(s.departure);
    j.key("unexplained_departure").boolean(s.unexplained_departure());
  }
  j.key("guidance").begin_array();
  for (const auto& g : s.guidance) guidance(j, rules, result, g);
  j.end_array();
  if (def.casework()) {
    j.key("margin");
    margin(j, s.margin);
  }
  j.key("explanation");
  explanation(j, rules, result, s);
  if (a && def.casework()) standard_analysis(j, rules, *a, s);
}

void overall_margin(Writer& j, const rules::Rules& rules, const engine::Result& r) {
  j.begin_object();
  j.key("up").number_or_null(r.margin.up);
  j.key("down").number_or_null(r.margin.down);
  j.key("plan");
  moves(j, rules, r.margin.plan_up);
  j.key("plan_down");
  moves(j, rules, r.margin.plan_down);
  j.end_object();
}

// The points of each standard, the score band (the reason the Result records) and the words.
void overall_explanation(Writer& j, const rules::Rules& rules, const engine::Result& r) {
  j.begin_object();
  j.key("points").begin_array();
  for (const auto& s : r.standards) {
    j.begin_object();
    j.key("id").string(rules.standards[s.standard].id);
    rating_and_points(j, rules, s);
    j.end_object();
  }
  j.end_array();
  j.key("score_band");
  if (r.overall_band) {
    const auto& band = rules.score_bands[*r.overall_band];
    j.begin_object();
    j.key("rating").string(rules.rating_name(band.rating));
    j.key("min").number(band.min);
    j.key("max").number(band.max);
    j.end_object();
  } else {
    j.null();
  }
  j.key("text").string(explain_overall(rules, r));
  j.key("margin_text").string(explain_overall_margin(rules, r));
  j.end_object();
}

}  // namespace

void tool(Writer& j) {
  j.begin_object();
  j.key("name").string("pdu-rate");
  j.key("version").string(util::version());
  j.end_object();
}

void rules_object(Writer& j, const rules::Rules& r) {
  j.begin_object();
  j.key("id").string(r.id);
  j.key("name").string(r.name);
  j.key("file").string(r.file);
  j.key("comparison").string(rules::to_string(r.comparison));
  j.end_object();
}

void diagnostic(Writer& j, const util::Diagnostic& d) {
  j.begin_object();
  j.key("file").string_or_null(d.where.file);
  j.key("line").number(static_cast<long long>(d.where.line));
  j.key("column").number(static_cast<long long>(d.where.column));
  j.key("message").string(d.message);
  j.end_object();
}

void level_range(Writer& j, const rules::Rules& rules, rules::Level lowest, rules::Level highest) {
  j.begin_object();
  j.key("lowest").string(rules.rating_name(lowest));
  j.key("highest").string(rules.rating_name(highest));
  j.end_object();
}

void level_or_null(Writer& j, const rules::Rules& rules, std::optional<rules::Level> level) {
  if (level) j.string(rules.rating_name(*level));
  else j.null();
}

void numbers(Writer& j, std::initializer_list<std::pair<std::string_view, std::size_t>> counts) {
  j.begin_object();
  for (const auto& [name, count] : counts) j.key(name).number(static_cast<long long>(count));
  j.end_object();
}

void tally_fields(Writer& j, const model::Tally& t) {
  j.key("yes").number(static_cast<long long>(t.yes));
  j.key("no").number(static_cast<long long>(t.no));
  j.key("na").number(static_cast<long long>(t.na));
  j.key("relevant").number(static_cast<long long>(t.relevant()));
  j.key("percent");
  if (t.relevant() > 0) j.raw_number(percent(t.yes, t.relevant(), 2));
  else j.null();
}

void rating_state(Writer& j, const std::optional<engine::RatingState>& s) {
  if (!s) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("rating").string_or_null(s->rating.value_or(""));
  j.key("lowest").string(s->lowest);
  j.key("highest").string(s->highest);
  j.end_object();
}

void score_state(Writer& j, const engine::ScoreState& s) {
  j.begin_object();
  j.key("score").number_or_null(s.score);
  j.key("min").number(s.min);
  j.key("max").number(s.max);
  j.key("max_score").number(s.max_score);
  j.end_object();
}

void standard(Writer& j, const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s,
              const engine::Analysis* analysis, Detail detail) {
  const auto& def = rules.standards[s.standard];
  j.begin_object();
  j.key("id").string(def.id);
  if (detail == Detail::Full) {
    j.key("name").string(def.name);
    j.key("domain").number(def.domain);
    j.key("basis").string(basis_name(s.basis));
    j.key("scored").boolean(def.scored);
    // True when the rating was given (the inspectors', or a casework standard's from a ratings
    // table) rather than computed from cases.
    j.key("given").boolean(s.basis == engine::Basis::Inspectors);
    j.key("not_rated_by_design").boolean(s.basis == engine::Basis::NotRatedByDesign);
    j.key("not_rated_reason").string_or_null(s.basis == engine::Basis::NotRatedByDesign ? def.not_rated_when : "");
  }
  rating_and_points(j, rules, s);
  j.key("rating_range");
  // Not rated by design: no rating is possible, so no range (null only then).
  if (s.basis == engine::Basis::NotRatedByDesign) j.null();
  else level_range(j, rules, s.lowest, s.highest);
  if (detail == Detail::Full) standard_details(j, rules, result, s, analysis);
  j.end_object();
}

void result_fields(Writer& j, const rules::Rules& rules, const engine::Result* r, const engine::Analysis* analysis,
                   Detail detail) {
  j.key("standards").begin_array();
  if (r)
    for (const auto& s : r->standards) standard(j, rules, *r, s, analysis, detail);
  j.end_array();
  j.key("score").number_or_null(r ? r->score : std::nullopt);
  j.key("max_score").number(rules.max_score());
  j.key("score_range");
  if (r) j.begin_object().key("min").number(r->score_min).key("max").number(r->score_max).end_object();
  else j.null();
  j.key("overall");
  level_or_null(j, rules, r ? r->overall : std::nullopt);
  j.key("overall_range");
  if (r) level_range(j, rules, r->overall_lowest, r->overall_highest);
  else j.null();
  if (detail == Detail::Summary || !r) return;
  j.key("margin");
  overall_margin(j, rules, *r);
  j.key("overall_explanation");
  overall_explanation(j, rules, *r);
}

}  // namespace pdurate::report::json
