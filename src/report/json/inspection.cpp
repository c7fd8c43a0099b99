#include "pdurate/report/json.hpp"

#include "pdurate/report/wording.hpp"
#include "report/json/analysis.hpp"
#include "report/json/fields.hpp"

namespace pdurate::report::json {
namespace {

// A change of the what-if: {"kind", "id", "before", "after"}; `write` writes before and after.
template <class Write>
void change(Writer& j, std::string_view kind, const std::string* id, Write write) {
  j.begin_object();
  j.key("kind").string(kind);
  j.key("id");
  if (id) j.string(*id);
  else j.null();
  write();
  j.end_object();
}

void changes(Writer& j, const rules::Rules& rules, const app::WhatIf& w, const engine::Result& result) {
  const auto& c = w.changes;
  const auto counts = [&](const engine::Tally& t) {
    j.begin_object();
    tally_fields(j, t);
    j.end_object();
  };
  const auto score = [&](const engine::Result& r) { j.number_or_null(r.score); };
  j.begin_array();
  if (c.cases_before != c.cases_after) change(j, "cases", nullptr, [&] {
    j.key("before").number(static_cast<long long>(c.cases_before));
    j.key("after").number(static_cast<long long>(c.cases_after));
  });
  for (const auto& kq : c.key_questions) change(j, "key_question", &rules.questions[kq.question].id, [&] {
    j.key("before");
    counts(kq.before);
    j.key("after");
    counts(kq.after);
    j.key("band_before");
    level_or_null(j, rules, kq.band_before);
    j.key("band_after");
    level_or_null(j, rules, kq.band_after);
  });
  for (const auto& sc : c.standards) change(j, "standard", &rules.standards[sc.standard].id, [&] {
    j.key("before");
    level_or_null(j, rules, sc.before);
    j.key("after");
    level_or_null(j, rules, sc.after);
  });
  if (c.score_changed) change(j, "score", nullptr, [&] {
    j.key("before");
    score(w.baseline);
    j.key("after");
    score(result);
  });
  if (c.overall_changed) change(j, "overall", nullptr, [&] {
    j.key("before");
    level_or_null(j, rules, w.baseline.overall);
    j.key("after");
    level_or_null(j, rules, result.overall);
  });
  j.end_array();
}

void what_if(Writer& j, const rules::Rules& rules, const app::Rated& rated) {
  const auto& w = *rated.what_if;
  j.key("what_if").begin_object();
  j.key("scenario").begin_array();
  for (const auto& d : w.scenario.described) j.string(d);
  j.end_array();
  j.key("cases_read").number(static_cast<long long>(w.baseline.cases));
  j.key("excluded_by_id").number(static_cast<long long>(w.selection.excluded_by_id));
  j.key("excluded_by_filter").number(static_cast<long long>(w.selection.excluded_by_filter));
  j.key("cases_rated").number(static_cast<long long>(rated.result.cases));
  j.end_object();
  // The analysis describes the result shown, not the baseline.
  j.key("baseline").begin_object();
  j.key("cases").number(static_cast<long long>(w.baseline.cases));
  result_fields(j, rules, &w.baseline, nullptr, Detail::Full);
  j.end_object();
  j.key("changes");
  changes(j, rules, w, rated.result);
}

void pivotal(Writer& j, const rules::Rules& rules, const app::Rated& rated) {
  const auto& cases = rated.cases();
  j.begin_array();
  for (const auto& p : *rated.pivotal) {
    j.begin_object();
    j.key("standard").string(rules.standards[p.standard].id);
    j.key("key_question").string(rules.questions[p.question].id);
    j.key("from").string(model::to_string(p.from));
    j.key("to").string(model::to_string(p.to));
    j.key("rating_before");
    level_or_null(j, rules, p.rating_before);
    j.key("rating_after");
    level_or_null(j, rules, p.rating_after);
    j.key("cases").begin_array();
    for (auto c : p.cases) j.string(cases.id(c));
    j.end_array();
    const auto effect = engine::pivotal_effect(rules, rated.result, p);
    j.key("score_after");
    if (effect.score) j.number(*effect.score);
    else j.null();
    j.key("overall_after");
    level_or_null(j, rules, effect.overall);
    j.end_object();
  }
  j.end_array();
}

// "source": how the cases were read (report::case_source says it in words).
void case_source(Writer& j, const model::CaseSource& s) {
  using Format = model::CaseSource::Format;
  j.key("source").begin_object();
  j.key("format").string(s.format == Format::Csv ? "csv" : s.format == Format::Xlsx ? "xlsx" : "yaml");
  j.key("file").string(s.file);
  j.key("sheet").string_or_null(s.sheet);
  j.key("delimiter").string_or_null(s.format == Format::Csv ? std::string(1, s.delimiter) : std::string());
  j.key("encoding").string(s.encoding);
  j.key("header_row").number(static_cast<long long>(s.format == Format::Yaml ? 0 : s.header_row));
  j.key("empty_rows_skipped").number(static_cast<long long>(s.empty_rows));
  j.key("empty_columns_skipped").number(static_cast<long long>(s.empty_columns));
  j.end_object();
}

// "inspection" and "rows": what was read, and every row read rated or left out by a what-if
// filter (read == rated + excluded).
void inspection_fields(Writer& j, const app::Rated& rated) {
  const auto& in = rated.inspection;
  const auto cases = static_cast<long long>(rated.result.cases);
  j.key("inspection").begin_object();
  j.key("name").string_or_null(in.name);
  j.key("fieldwork").string_or_null(in.fieldwork);
  j.key("file").string(in.file);
  j.key("rows_read").number(static_cast<long long>(in.rows_read));
  j.key("cases").number(cases);
  case_source(j, in.source);
  if (!in.pooled.empty()) {
    j.key("pooled").begin_array();
    for (const auto& m : in.pooled) {
      j.begin_object();
      j.key("inspection").string(m.label);
      j.key("file").string(m.file);
      j.key("cases").number(static_cast<long long>(m.cases));
      case_source(j, m.source);
      j.end_object();
    }
    j.end_array();
  }
  j.end_object();
  const auto* selection = rated.what_if ? &rated.what_if->selection : nullptr;
  j.key("rows").begin_object();
  j.key("read").number(static_cast<long long>(in.rows_read));
  j.key("rated").number(cases);
  j.key("excluded_by_id").number(static_cast<long long>(selection ? selection->excluded_by_id : 0));
  j.key("excluded_by_filter").number(static_cast<long long>(selection ? selection->excluded_by_filter : 0));
  j.key("empty_skipped").number(static_cast<long long>(in.source.empty_rows));
  j.end_object();
}

void expectations(Writer& j, const app::Rated& rated) {
  j.key("expectations").begin_array();
  for (const auto& e : rated.expectations) {
    j.begin_object();
    j.key("key").string(e.expectation.key);
    j.key("expected").string(e.expected);
    j.key("actual").string(e.actual);
    j.key("met").boolean(e.met);
    j.end_object();
  }
  j.end_array();
}

}  // namespace

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options&) {
  const auto& rated = *outcome.rated;
  const engine::Analysis* a = rated.analysis ? &*rated.analysis : nullptr;
  Writer j;
  j.begin_object();
  j.key("schema_version").number(kRateSchemaVersion);
  j.key("tool");
  tool(j);
  j.key("rules");
  rules_object(j, rules);
  inspection_fields(j, rated);
  result_fields(j, rules, &rated.result, a, Detail::Full);
  expectations(j, rated);
  j.key("notices").begin_array();
  for (const auto& n : notices(rules, rated.result)) j.string(n);
  j.end_array();
  if (rated.what_if) what_if(j, rules, rated);
  if (rated.pivotal) {
    j.key("pivotal");
    pivotal(j, rules, rated);
  }
  if (a) analysis_fields(j, rules, *a);
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::json
