#include "pdurate/report/json_report.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/explanation.hpp"
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

void optional_count(JsonWriter& j, std::optional<std::size_t> n) {
  if (n) j.number(static_cast<long long>(*n));
  else j.null();
}

void margin(JsonWriter& j, const engine::Margin& m) {
  j.begin_object();
  j.key("up");
  optional_count(j, m.up);
  j.key("down");
  optional_count(j, m.down);
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

// --- The analysis (issue 5): intervals, sampling error, rating probabilities, findings,
// breakdowns, relative rates. Only for the result shown (null analysis: baseline). ---

std::string fixed(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

void level_range(JsonWriter& j, const rules::Rules& rules, rules::Level lowest, rules::Level highest) {
  j.begin_object();
  j.key("lowest").string(rules.rating_name(lowest));
  j.key("highest").string(rules.rating_name(highest));
  j.end_object();
}

void interval(JsonWriter& j, const std::optional<engine::Interval>& i, double level) {
  if (!i) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("low").raw_number(fixed(100 * i->low, 2));
  j.key("high").raw_number(fixed(100 * i->high, 2));
  j.key("level").raw_number(fmt::format("{:g}", level));
  j.end_object();
}

// {rating name: probability}, every rating on the scale; "not rated" too when some resamples were.
void probabilities(JsonWriter& j, const rules::Rules& rules, const std::optional<engine::RatingDistribution>& d) {
  if (!d) {
    j.null();
    return;
  }
  const auto share = [&](std::size_t count) {
    return fixed(static_cast<double>(count) / static_cast<double>(d->resamples), 4);
  };
  j.begin_object();
  for (std::size_t l = 0; l < d->counts.size(); ++l) j.key(rules.rating_name(l)).raw_number(share(d->counts[l]));
  if (d->not_rated > 0) j.key("not rated").raw_number(share(d->not_rated));
  j.end_object();
}

void counts(JsonWriter& j, const engine::Tally& t) {
  j.key("yes").number(static_cast<long long>(t.yes));
  j.key("no").number(static_cast<long long>(t.no));
  j.key("na").number(static_cast<long long>(t.na));
  j.key("relevant").number(static_cast<long long>(t.relevant()));
  j.key("percent");
  if (t.relevant() > 0) j.raw_number(percent(t.yes, t.relevant(), 2));
  else j.null();
}

void key_question_sampling(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a,
                           const engine::KeyQuestionResult& kq) {
  const auto& k = a.sampling.key_questions[kq.question];
  j.key("interval");
  interval(j, k ? std::optional(k->interval) : std::nullopt, a.sampling.level);
  j.key("interval_bands");
  if (k) level_range(j, rules, k->lowest, k->highest);
  else j.null();
  j.key("within_sampling_error").boolean(k && k->within_sampling_error());
}

void standard_sampling(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a,
                       const engine::StandardResult& s) {
  const auto& range = a.sampling.standards[s.standard];
  j.key("sampling_range");
  if (range) level_range(j, rules, range->lowest, range->highest);
  else j.null();
  j.key("within_sampling_error").boolean(range && range->within_sampling_error());
  j.key("rating_probabilities");
  probabilities(j, rules, a.probabilities.standards[s.standard]);
}

void findings(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a) {
  j.begin_array();
  for (const auto& f : a.findings) {
    const auto& def = rules.findings[f.finding];
    j.begin_object();
    j.key("id").string(def.id);
    j.key("short_id").string(def.short_id);
    j.key("parent");
    if (def.parent) j.string(rules.questions[*def.parent].id);
    else j.null();
    j.key("topic").string(def.topic);
    j.key("text").string(def.text);
    counts(j, f.tally);
    j.key("interval");
    interval(j, f.interval, a.request.confidence);
    j.end_object();
  }
  j.end_array();
}

void breakdown_group(JsonWriter& j, const rules::Rules& rules, const engine::BreakdownGroup& g, bool total) {
  const auto present = [&](std::size_t slot) { return slot < g.tallies.present.size() && g.tallies.present[slot]; };
  j.begin_object();
  j.key("value");
  if (total) j.null();
  else j.string(g.value);
  j.key("cases").number(static_cast<long long>(g.cases));
  j.key("too_small").boolean(g.too_small);
  j.key("key_questions").begin_array();
  for (std::size_t q = 0; q < rules.questions.size(); ++q) {
    if (!present(q)) continue;
    j.begin_object();
    j.key("id").string(rules.questions[q].id);
    counts(j, g.tallies.questions[q]);
    j.end_object();
  }
  j.end_array();
  j.key("standards").begin_array();
  for (std::size_t s = 0; s < rules.standards.size(); ++s) {
    if (!rules.standards[s].casework()) continue;
    j.begin_object();
    j.key("id").string(rules.standards[s].id);
    j.key("rating");
    optional_rating(j, rules, g.ratings[s]);
    j.end_object();
  }
  j.end_array();
  j.key("findings").begin_array();
  for (std::size_t f = 0; f < rules.findings.size(); ++f) {
    if (!present(rules.finding_slot(f))) continue;
    j.begin_object();
    j.key("id").string(rules.findings[f].id);
    counts(j, g.tallies.questions[rules.finding_slot(f)]);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

void breakdowns(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a) {
  j.begin_array();
  for (const auto& b : a.breakdowns) {
    j.begin_object();
    j.key("attribute").string(b.name);
    j.key("min_group_size").number(static_cast<long long>(b.min_group_size));
    j.key("groups").begin_array();
    for (const auto& g : b.groups) breakdown_group(j, rules, g, false);
    j.end_array();
    j.key("total");
    breakdown_group(j, rules, b.total, true);
    j.end_object();
  }
  j.end_array();
}

void relative_rates(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a) {
  const auto optional_number = [&](std::optional<double> v) {
    if (v) j.raw_number(fixed(*v, 3));
    else j.null();
  };
  const auto optional_reason = [&](const std::string& text) {
    if (text.empty()) j.null();
    else j.string(text);
  };
  j.begin_array();
  for (const auto& r : a.relative_rates) {
    j.begin_object();
    j.key("attribute").string(r.name);
    j.key("reference").string(r.reference);
    j.key("reference_cases").number(static_cast<long long>(r.reference_cases));
    j.key("level").raw_number(fmt::format("{:g}", r.level));
    j.key("method").string("log");
    j.key("min_group_size").number(static_cast<long long>(r.min_group_size));
    j.key("suppressed");
    optional_reason(r.suppressed);
    j.key("groups").begin_array();
    for (const auto& g : r.groups) {
      j.begin_object();
      j.key("value").string(g.value);
      j.key("cases").number(static_cast<long long>(g.cases));
      j.key("suppressed");
      optional_reason(g.suppressed);
      j.key("key_questions").begin_array();
      for (const auto& q : g.key_questions) {
        j.begin_object();
        j.key("id").string(rules.questions[q.question].id);
        j.key("group").begin_object();
        counts(j, q.group);
        j.end_object();
        j.key("reference").begin_object();
        counts(j, q.reference);
        j.end_object();
        j.key("ratio");
        optional_number(q.ratio);
        j.key("low");
        optional_number(q.low);
        j.key("high");
        optional_number(q.high);
        j.key("excludes_one").boolean(q.excludes_one);
        j.key("suppressed");
        optional_reason(q.suppressed);
        j.end_object();
      }
      j.end_array();
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
}

void analysis(JsonWriter& j, const rules::Rules& rules, const engine::Analysis& a) {
  const auto& p = a.probabilities;
  j.key("sampling").begin_object();
  j.key("confidence_level").raw_number(fmt::format("{:g}", a.request.confidence));
  j.key("interval_method").string("wilson");
  j.key("min_group_size").number(static_cast<long long>(a.request.min_group_size));
  j.key("resampling");
  if (p.resamples == 0) {  // not asked for (--probabilities)
    j.null();
  } else {
    j.begin_object();
    j.key("method").string("bootstrap");
    j.key("resamples").number(static_cast<long long>(p.resamples));
    j.key("resamples_requested").number(static_cast<long long>(p.requested));
    j.key("seed").number(static_cast<long long>(p.seed));
    j.key("cases").number(static_cast<long long>(p.cases));
    j.end_object();
  }
  j.end_object();
  j.key("overall_rating_probabilities");
  probabilities(j, rules, p.overall);
  j.key("findings");
  findings(j, rules, a);
  j.key("breakdowns");
  breakdowns(j, rules, a);
  j.key("relative_rates");
  relative_rates(j, rules, a);
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
  j.key("margin");
  margin(j, kq.margin);
  if (a) key_question_sampling(j, rules, *a, kq);
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
  optional_rating(j, in.rules, result.standards[rule.other].rating);
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
    for (const auto& kq : s.key_questions) key_question(j, rules, kq, a);
    j.end_array();
  } else {
    j.key("departure");
    optional_text(j, s.departure);
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
  if (a && def.casework()) standard_sampling(j, rules, *a, s);
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
  optional_rating(j, rules, r.overall);
  j.key("overall_range").begin_object();
  j.key("lowest").string(rules.rating_name(r.overall_lowest));
  j.key("highest").string(rules.rating_name(r.overall_highest));
  j.end_object();
  j.key("margin").begin_object();
  j.key("up");
  optional_count(j, r.margin.up);
  j.key("down");
  optional_count(j, r.margin.down);
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
    optional_rating(j, rules, s.rating);
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
    j.key("yes").number(static_cast<long long>(t.yes));
    j.key("no").number(static_cast<long long>(t.no));
    j.key("na").number(static_cast<long long>(t.na));
    j.key("relevant").number(static_cast<long long>(t.relevant()));
    j.key("percent");
    if (t.relevant() > 0) j.raw_number(percent(t.yes, t.relevant(), 2));
    else j.null();
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
    optional_rating(j, rules, kq.band_before);
    j.key("band_after");
    optional_rating(j, rules, kq.band_after);
    j.end_object();
  }
  for (const auto& sc : w.changes.standards) {
    j.begin_object();
    j.key("kind").string("standard");
    j.key("id").string(rules.standards[sc.standard].id);
    j.key("before");
    optional_rating(j, rules, sc.before);
    j.key("after");
    optional_rating(j, rules, sc.after);
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
    optional_rating(j, rules, w.baseline.overall);
    j.key("after");
    optional_rating(j, rules, in.result.overall);
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
    optional_rating(j, rules, p.rating_before);
    j.key("rating_after");
    optional_rating(j, rules, p.rating_after);
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
  optional_text(j, in.inspection.name);
  j.key("fieldwork");
  optional_text(j, in.inspection.fieldwork);
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
  if (in.analysis) analysis(j, rules, *in.analysis);
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report
