#include "pdurate/report/json_report.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/explanation.hpp"
#include "pdurate/report/json_writer.hpp"
#include "report/json_analysis.hpp"
#include "report/json_parts.hpp"
#include "pdurate/report/rating_text.hpp"

namespace pdurate::report {
namespace {

std::string_view basis_name(engine::Basis b) {
  switch (b) {
    case engine::Basis::Casework: return "casework";
    case engine::Basis::Inspectors: return "inspectors";
    case engine::Basis::NotRated: return "not_rated";
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

void provenance(JsonWriter& j, const rules::Provenance& p) {
  j.begin_object();
  j.key("verified").boolean(p.verified);
  j.key("source");
  json_parts::text_or_null(j, p.source);
  j.key("where");
  json_parts::text_or_null(j, p.where);
  j.key("note");
  json_parts::text_or_null(j, p.note);
  j.end_object();
}

void margin(JsonWriter& j, const engine::Margin& m) {
  j.begin_object();
  j.key("up");
  json_parts::count_or_null(j, m.up);
  j.key("down");
  json_parts::count_or_null(j, m.down);
  j.end_object();
}

void moves(JsonWriter& j, const rules::Rules& rules, const std::vector<engine::StandardMove>& plan) {
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

void key_question(JsonWriter& j, const rules::Rules& rules, const engine::KeyQuestionResult& kq,
                  const engine::Analysis* a) {
  const auto& q = rules.questions[kq.question];
  j.begin_object();
  j.key("id").string(q.id);
  j.key("short_id").string(q.short_id);
  j.key("topic").string(q.topic);
  j.key("text").string(q.text);
  j.key("present").boolean(kq.present);
  json_parts::tally_fields(j, kq.tally);
  j.key("band");
  json_parts::level_or_null(j, rules, kq.band);
  j.key("band_other_comparison");
  json_parts::level_or_null(j, rules, kq.other_band);
  j.key("drives").boolean(kq.drives);
  j.key("margin");
  margin(j, kq.margin);
  if (a) json_analysis::key_question(j, rules, *a, kq);
  j.end_object();
}

void guidance(JsonWriter& j, const ReportInput& in, const engine::Result& result, const engine::GuidanceCheck& g) {
  const auto& rule = in.rules.guidance[g.rule];
  j.begin_object();
  j.key("rule").string(rule.id);
  j.key("when").string(in.rules.rating_name(rule.when));
  j.key("other").string(in.rules.standards[rule.other].id);
  j.key("usually").begin_array();
  for (auto level : rule.usually) j.string(in.rules.rating_name(level));
  j.end_array();
  j.key("other_rating");
  json_parts::level_or_null(j, in.rules, result.standards[rule.other].rating);
  j.key("status").string(status_name(g.status));
  j.key("hypothetical").boolean(g.hypothetical);
  j.key("text").string(guidance_sentence(in.rules, result, g));
  j.key("provenance");
  provenance(j, rule.provenance);
  j.end_object();
}

void explanation(JsonWriter& j, const rules::Rules& rules, const engine::Result& result, const engine::StandardResult& s) {
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

void standard(JsonWriter& j, const ReportInput& in, const engine::Result& result, const engine::StandardResult& s,
              const engine::Analysis* a) {
  const auto& rules = in.rules;
  const auto& def = rules.standards[s.standard];
  j.begin_object();
  j.key("id").string(def.id);
  j.key("name").string(def.name);
  j.key("domain").number(def.domain);
  j.key("basis").string(basis_name(s.basis));
  j.key("rating");
  json_parts::level_or_null(j, rules, s.rating);
  j.key("points");
  if (s.rating) j.number(rules.points(*s.rating));
  else j.null();
  j.key("rating_range").begin_object();
  j.key("lowest").string(rules.rating_name(s.lowest));
  j.key("highest").string(rules.rating_name(s.highest));
  j.end_object();
  if (def.casework()) {
    j.key("rating_other_comparison");
    json_parts::level_or_null(j, rules, s.other_rating);
    j.key("key_questions").begin_array();
    for (const auto& kq : s.key_questions) key_question(j, rules, kq, a);
    j.end_array();
  } else {
    j.key("departure");
    json_parts::text_or_null(j, s.departure);
    j.key("unexplained_departure").boolean(s.unexplained_departure());
  }
  j.key("guidance").begin_array();
  for (const auto& g : s.guidance) guidance(j, in, result, g);
  j.end_array();
  if (def.casework()) {
    j.key("margin");
    margin(j, s.margin);
  }
  j.key("explanation");
  explanation(j, rules, result, s);
  if (a && def.casework()) json_analysis::standard(j, rules, *a, s);
  j.end_object();
}

// The fields describing one result: used at the top level and for `baseline` (whose `a` is
// null: the analysis describes the result shown).
void result_fields(JsonWriter& j, const ReportInput& in, const engine::Result& r, const engine::Analysis* a) {
  const auto& rules = in.rules;
  j.key("standards").begin_array();
  for (const auto& s : r.standards) standard(j, in, r, s, a);
  j.end_array();
  j.key("score");
  if (r.score) j.number(*r.score);
  else j.null();
  j.key("max_score").number(r.max_score);
  j.key("score_range").begin_object();
  j.key("min").number(r.score_min);
  j.key("max").number(r.score_max);
  j.end_object();
  j.key("overall");
  json_parts::level_or_null(j, rules, r.overall);
  j.key("overall_range").begin_object();
  j.key("lowest").string(rules.rating_name(r.overall_lowest));
  j.key("highest").string(rules.rating_name(r.overall_highest));
  j.end_object();
  j.key("margin").begin_object();
  j.key("up");
  json_parts::count_or_null(j, r.margin.up);
  j.key("down");
  json_parts::count_or_null(j, r.margin.down);
  j.key("plan");
  moves(j, rules, r.margin.plan_up);
  j.key("plan_down");
  moves(j, rules, r.margin.plan_down);
  j.end_object();
  j.key("overall_explanation").begin_object();
  j.key("points").begin_array();
  for (const auto& s : r.standards) {
    j.begin_object();
    j.key("id").string(rules.standards[s.standard].id);
    j.key("rating");
    json_parts::level_or_null(j, rules, s.rating);
    j.key("points");
    if (s.rating) j.number(rules.points(*s.rating));
    else j.null();
    j.end_object();
  }
  j.end_array();
  j.key("score_band");
  if (r.score) {
    const auto band = *std::find_if(rules.score_bands.begin(), rules.score_bands.end(),
                                    [&](const rules::ScoreBand& b) { return *r.score >= b.min && *r.score <= b.max; });
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

void changes(JsonWriter& j, const ReportInput& in, const WhatIf& w) {
  const auto& rules = in.rules;
  const auto counts = [&](const engine::Tally& t) {
    j.begin_object();
    json_parts::tally_fields(j, t);
    j.end_object();
  };
  j.begin_array();
  if (w.changes.cases_before != w.changes.cases_after) {
    j.begin_object();
    j.key("kind").string("cases");
    j.key("id").null();
    j.key("before").number(static_cast<long long>(w.changes.cases_before));
    j.key("after").number(static_cast<long long>(w.changes.cases_after));
    j.end_object();
  }
  for (const auto& kq : w.changes.key_questions) {
    j.begin_object();
    j.key("kind").string("key_question");
    j.key("id").string(rules.questions[kq.question].id);
    j.key("before");
    counts(kq.before);
    j.key("after");
    counts(kq.after);
    j.key("band_before");
    json_parts::level_or_null(j, rules, kq.band_before);
    j.key("band_after");
    json_parts::level_or_null(j, rules, kq.band_after);
    j.end_object();
  }
  for (const auto& sc : w.changes.standards) {
    j.begin_object();
    j.key("kind").string("standard");
    j.key("id").string(rules.standards[sc.standard].id);
    j.key("before");
    json_parts::level_or_null(j, rules, sc.before);
    j.key("after");
    json_parts::level_or_null(j, rules, sc.after);
    j.end_object();
  }
  if (w.changes.score_changed) {
    j.begin_object();
    j.key("kind").string("score");
    j.key("id").null();
    j.key("before");
    if (w.baseline.score) j.number(*w.baseline.score);
    else j.null();
    j.key("after");
    if (in.result.score) j.number(*in.result.score);
    else j.null();
    j.end_object();
  }
  if (w.changes.overall_changed) {
    j.begin_object();
    j.key("kind").string("overall");
    j.key("id").null();
    j.key("before");
    json_parts::level_or_null(j, rules, w.baseline.overall);
    j.key("after");
    json_parts::level_or_null(j, rules, in.result.overall);
    j.end_object();
  }
  j.end_array();
}

void pivotal(JsonWriter& j, const ReportInput& in) {
  const auto& rules = in.rules;
  const auto& cases = in.rated_cases ? *in.rated_cases : in.inspection.cases;
  j.begin_array();
  for (const auto& p : *in.pivotal) {
    j.begin_object();
    j.key("standard").string(rules.standards[p.standard].id);
    j.key("key_question").string(rules.questions[p.question].id);
    j.key("from").string(model::to_string(p.from));
    j.key("to").string(model::to_string(p.to));
    j.key("rating_before");
    json_parts::level_or_null(j, rules, p.rating_before);
    j.key("rating_after");
    json_parts::level_or_null(j, rules, p.rating_after);
    j.key("cases").begin_array();
    for (auto c : p.cases) j.string(cases.id(c));
    j.end_array();
    j.end_object();
  }
  j.end_array();
}

}  // namespace

std::string json_report(const ReportInput& in) {
  const auto& rules = in.rules;
  const auto& r = in.result;
  JsonWriter j;
  j.begin_object();
  j.key("schema_version").number(kSchemaVersion);
  j.key("tool").begin_object();
  j.key("name").string("pdu-rate");
  j.key("version").string(PDURATE_VERSION);
  j.end_object();
  j.key("rules").begin_object();
  j.key("id").string(rules.id);
  j.key("name").string(rules.name);
  j.key("file").string(rules.file);
  j.key("comparison").string(rules::to_string(rules.comparison));
  j.end_object();
  j.key("inspection").begin_object();
  j.key("name");
  json_parts::text_or_null(j, in.inspection.name);
  j.key("fieldwork");
  json_parts::text_or_null(j, in.inspection.fieldwork);
  j.key("file").string(in.inspection.file);
  j.key("rows_read").number(static_cast<long long>(in.inspection.rows_read));
  j.key("cases").number(static_cast<long long>(r.cases));
  j.end_object();
  // Every row read is rated or left out by a what-if filter: read == rated + excluded.
  j.key("rows").begin_object();
  j.key("read").number(static_cast<long long>(in.inspection.rows_read));
  j.key("rated").number(static_cast<long long>(r.cases));
  j.key("excluded_by_id").number(static_cast<long long>(in.what_if ? in.what_if->selection.excluded_by_id : 0));
  j.key("excluded_by_filter").number(static_cast<long long>(in.what_if ? in.what_if->selection.excluded_by_filter : 0));
  j.end_object();
  result_fields(j, in, r, in.analysis);
  j.key("expectations").begin_array();
  for (const auto& e : in.expectations) {
    j.begin_object();
    j.key("key").string(e.expectation.key);
    j.key("expected").string(e.expected);
    j.key("actual").string(e.actual);
    j.key("met").boolean(e.met);
    j.end_object();
  }
  j.end_array();
  j.key("notices").begin_array();
  for (const auto& n : notices(rules, r)) j.string(n);
  j.end_array();
  if (in.what_if) {
    const auto& w = *in.what_if;
    j.key("what_if").begin_object();
    j.key("scenario").begin_array();
    for (const auto& d : w.scenario.described) j.string(d);
    j.end_array();
    j.key("cases_read").number(static_cast<long long>(w.baseline.cases));
    j.key("excluded_by_id").number(static_cast<long long>(w.selection.excluded_by_id));
    j.key("excluded_by_filter").number(static_cast<long long>(w.selection.excluded_by_filter));
    j.key("cases_rated").number(static_cast<long long>(in.result.cases));
    j.end_object();
    j.key("baseline").begin_object();
    j.key("cases").number(static_cast<long long>(w.baseline.cases));
    result_fields(j, in, w.baseline, nullptr);
    j.end_object();
    j.key("changes");
    changes(j, in, w);
  }
  if (in.pivotal) {
    j.key("pivotal");
    pivotal(j, in);
  }
  if (in.analysis) json_analysis::top_level(j, rules, *in.analysis);
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report
