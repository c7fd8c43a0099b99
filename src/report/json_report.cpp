#include "pdurate/report/json_report.hpp"

#include "pdurate/report/json_writer.hpp"
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

void optional_rating(JsonWriter& j, const rules::Rules& rules, std::optional<rules::Level> level) {
  if (level) j.string(rules.rating_name(*level));
  else j.null();
}

void optional_text(JsonWriter& j, const std::string& text) {
  if (text.empty()) j.null();
  else j.string(text);
}

void provenance(JsonWriter& j, const rules::Provenance& p) {
  j.begin_object();
  j.key("verified").boolean(p.verified);
  j.key("source");
  optional_text(j, p.source);
  j.key("where");
  optional_text(j, p.where);
  j.key("note");
  optional_text(j, p.note);
  j.end_object();
}

void key_question(JsonWriter& j, const rules::Rules& rules, const engine::KeyQuestionResult& kq) {
  const auto& q = rules.questions[kq.question];
  j.begin_object();
  j.key("id").string(q.id);
  j.key("short_id").string(q.short_id);
  j.key("topic").string(q.topic);
  j.key("text").string(q.text);
  j.key("present").boolean(kq.present);
  j.key("yes").number(static_cast<long long>(kq.tally.yes));
  j.key("no").number(static_cast<long long>(kq.tally.no));
  j.key("na").number(static_cast<long long>(kq.tally.na));
  j.key("relevant").number(static_cast<long long>(kq.tally.relevant()));
  j.key("percent");
  if (kq.tally.relevant() > 0) j.raw_number(percent(kq.tally.yes, kq.tally.relevant(), 2));
  else j.null();
  j.key("band");
  optional_rating(j, rules, kq.band);
  j.key("band_other_comparison");
  optional_rating(j, rules, kq.other_band);
  j.key("drives").boolean(kq.drives);
  j.end_object();
}

void guidance(JsonWriter& j, const ReportInput& in, const engine::GuidanceCheck& g) {
  const auto& rule = in.rules.guidance[g.rule];
  j.begin_object();
  j.key("rule").string(rule.id);
  j.key("when").string(in.rules.rating_name(rule.when));
  j.key("other").string(in.rules.standards[rule.other].id);
  j.key("usually").begin_array();
  for (auto level : rule.usually) j.string(in.rules.rating_name(level));
  j.end_array();
  j.key("other_rating");
  optional_rating(j, in.rules, in.result.standards[rule.other].rating);
  j.key("status").string(status_name(g.status));
  j.key("hypothetical").boolean(g.hypothetical);
  j.key("text").string(guidance_sentence(in.rules, in.result, g));
  j.key("provenance");
  provenance(j, rule.provenance);
  j.end_object();
}

void standard(JsonWriter& j, const ReportInput& in, const engine::StandardResult& s) {
  const auto& rules = in.rules;
  const auto& def = rules.standards[s.standard];
  j.begin_object();
  j.key("id").string(def.id);
  j.key("name").string(def.name);
  j.key("domain").number(def.domain);
  j.key("basis").string(basis_name(s.basis));
  j.key("rating");
  optional_rating(j, rules, s.rating);
  j.key("points");
  if (s.rating) j.number(rules.points(*s.rating));
  else j.null();
  j.key("rating_range").begin_object();
  j.key("lowest").string(rules.rating_name(s.lowest));
  j.key("highest").string(rules.rating_name(s.highest));
  j.end_object();
  if (def.casework()) {
    j.key("rating_other_comparison");
    optional_rating(j, rules, s.other_rating);
    j.key("key_questions").begin_array();
    for (const auto& kq : s.key_questions) key_question(j, rules, kq);
    j.end_array();
  } else {
    j.key("departure");
    optional_text(j, s.departure);
    j.key("unexplained_departure").boolean(s.unexplained_departure());
  }
  j.key("guidance").begin_array();
  for (const auto& g : s.guidance) guidance(j, in, g);
  j.end_array();
  j.end_object();
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
  optional_text(j, in.inspection.name);
  j.key("fieldwork");
  optional_text(j, in.inspection.fieldwork);
  j.key("file").string(in.inspection.file);
  j.key("rows_read").number(static_cast<long long>(in.inspection.rows_read));
  j.key("cases").number(static_cast<long long>(r.cases));
  j.end_object();
  j.key("standards").begin_array();
  for (const auto& s : r.standards) standard(j, in, s);
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
  optional_rating(j, rules, r.overall);
  j.key("overall_range").begin_object();
  j.key("lowest").string(rules.rating_name(r.overall_lowest));
  j.key("highest").string(rules.rating_name(r.overall_highest));
  j.end_object();
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
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report
