// pdu-rate agree as JSON (report/agreement.hpp; doc/schema/agree.schema.json).
#include <fmt/format.h>

#include "pdurate/report/agreement.hpp"
#include "report/json/fields.hpp"

namespace pdurate::report::agreement {
namespace {

using report::json::Writer;

std::string fixed4(double x) { return fmt::format("{:.4f}", x == 0 ? 0.0 : x); }  // never "-0.0000"

void input(Writer& j, const app::Outcome& o) {
  j.begin_object();
  j.key("file").string(o.file);
  j.key("name").string_or_null(o.name);
  j.key("cases").number(static_cast<long long>(o.rated->inspection.cases.size()));
  j.end_object();
}

void ids(Writer& j, const model::CaseSet& cases, const std::vector<std::size_t>& indices) {
  j.begin_array();
  for (auto c : indices) j.string(cases.id(c));
  j.end_array();
}

void coefficient(Writer& j, const std::optional<engine::Coefficient>& c) {
  if (!c) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("value").raw_number(fixed4(c->value));
  j.key("chance_agreement").raw_number(fixed4(c->chance));
  j.key("standard_error").raw_number(fixed4(c->standard_error));
  j.key("interval").begin_object();
  j.key("low").raw_number(fixed4(c->interval.low));
  j.key("high").raw_number(fixed4(c->interval.high));
  j.end_object();
  j.end_object();
}

// {"yes": {"yes", "no", "na"}, "no": ..., "na": ...}: FIRST's answer, then SECOND's.
void answer_table(Writer& j, const engine::QuestionAgreement& q) {
  constexpr std::string_view kNames[] = {"yes", "no", "na"};
  j.begin_object();
  for (std::size_t a = 0; a < 3; ++a) {
    j.key(kNames[a]).begin_object();
    for (std::size_t b = 0; b < 3; ++b) j.key(kNames[b]).number(static_cast<long long>(q.answers[a][b]));
    j.end_object();
  }
  j.end_object();
}

void counts(Writer& j, const engine::QuestionAgreement& q) {
  json::numbers(j, {{"judged", q.judged()},
                    {"both_applicable", q.both_applicable()},
                    {"both_not_applicable", q.both_not_applicable()},
                    {"applicability_disagreements", q.applicability_disagreements()},
                    {"yes_no_agreements", q.yes_no_agreements()},
                    {"yes_no_disagreements", q.yes_no_disagreements()}});
}

void question(Writer& j, const rules::Rules& rules, const app::Agreement& a, const engine::QuestionAgreement& q) {
  const bool finding = rules.is_finding_slot(q.slot);
  j.begin_object();
  j.key("id").string(finding ? rules.findings[q.slot - rules.questions.size()].id : rules.questions[q.slot].id);
  j.key("short_id").string(rules.slot_id(q.slot));
  j.key("kind").string(finding ? "finding" : "key_question");
  j.key("counts");
  counts(j, q);
  j.key("answers");
  answer_table(j, q);
  j.key("agreement");
  q.agreement ? void(j.raw_number(fixed4(*q.agreement))) : void(j.null());
  j.key("kappa");
  coefficient(j, q.kappa);
  j.key("ac1");
  coefficient(j, q.ac1);
  j.key("commoner_answer").string_or_null(q.commoner_share ? model::to_string(q.commoner) : "");
  j.key("commoner_share");
  q.commoner_share ? void(j.raw_number(fixed4(*q.commoner_share))) : void(j.null());
  j.key("kappa_misleading").boolean(q.kappa_misleading());
  j.key("disagreements").begin_array();
  for (const auto& d : q.disagreements) {
    j.begin_object();
    j.key("case_id").string(a.first.rated->inspection.cases.id(d.first_case));
    j.key("first").string(model::to_string(d.first));
    j.key("second").string(model::to_string(d.second));
    j.key("applicability").boolean(d.applicability());
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

}  // namespace

namespace {

void result(Writer& j, const rules::Rules& rules, const engine::Result& r) {
  j.begin_object();
  json::result_fields(j, rules, &r, nullptr, json::Detail::Summary);
  j.end_object();
}

void pivotal(Writer& j, const rules::Rules& rules, const app::Agreement& a, const engine::PivotalDisagreement& p) {
  j.begin_object();
  j.key("case_id").string(a.first.rated->inspection.cases.id(p.disagreement.first_case));
  j.key("question").string(rules.questions[p.slot].id);
  j.key("first").string(model::to_string(p.disagreement.first));
  j.key("second").string(model::to_string(p.disagreement.second));
  j.key("standard").string(rules.standards[p.standard].id);
  j.key("rating_moderated");
  json::level_or_null(j, rules, p.rating_second);
  j.key("rating_with_first");
  json::level_or_null(j, rules, p.rating_first);
  j.key("overall_moderated");
  json::level_or_null(j, rules, p.overall_second);
  j.key("overall_with_first");
  json::level_or_null(j, rules, p.overall_first);
  j.end_object();
}

void head(Writer& j, const rules::Rules& rules, const app::Agreement& a) {
  j.key("schema_version").number(kSchemaVersion);
  j.key("tool");
  json::tool(j);
  j.key("rules");
  json::rules_object(j, rules);
  j.key("confidence").raw_number(fmt::format("{:g}", a.level));
  j.key("skewed_share").raw_number(fmt::format("{:g}", engine::kSkewedShare));
  j.key("first");
  input(j, a.first);
  j.key("second");
  input(j, a.second);
  j.key("cases").begin_object();
  j.key("both").number(static_cast<long long>(a.match.both.size()));
  j.key("only_first");
  ids(j, a.first.rated->inspection.cases, a.match.only_first);
  j.key("only_second");
  ids(j, a.second.rated->inspection.cases, a.match.only_second);
  j.end_object();
}

// {"min_kappa": "0.6" as a number or null, ..., "below": [...]}, or null without a threshold.
void check(Writer& j, const rules::Rules& rules, const std::optional<app::ThresholdCheck>& check) {
  if (!check) {
    j.null();
    return;
  }
  const auto threshold = [&](const std::optional<std::string>& t) {
    if (t) j.raw_number(fmt::format("{:g}", std::stod(*t)));
    else j.null();
  };
  j.begin_object();
  j.key("min_kappa");
  threshold(check->min_kappa);
  j.key("min_ac1");
  threshold(check->min_ac1);
  j.key("min_agreement");
  threshold(check->min_agreement);
  j.key("below").begin_array();
  for (const auto& b : check->below) {
    j.begin_object();
    j.key("id").string(rules.questions[b.slot].id);
    j.key("short_id").string(rules.slot_id(b.slot));
    j.key("measure").string(b.measure == "AC1" ? "ac1" : b.measure);
    j.key("shown").raw_number(b.shown);
    j.key("threshold");
    threshold(b.threshold);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

}  // namespace

std::string json(const rules::Rules& command_rules, const app::Agreement& a, const Options&) {
  const auto& rules = a.rules(command_rules);
  const auto& c = *a.consequence;
  Writer j;
  j.begin_object();
  head(j, rules, a);
  j.key("questions").begin_array();
  for (const auto& q : a.questions) question(j, rules, a, q);
  j.end_array();
  j.key("ratings").begin_object();
  j.key("first");
  result(j, rules, c.first);
  j.key("second");
  result(j, rules, c.second);
  j.key("moderated");
  result(j, rules, c.moderated);
  j.end_object();
  j.key("pivotal").begin_array();
  for (const auto& p : c.pivotal) pivotal(j, rules, a, p);
  j.end_array();
  j.key("check");
  check(j, rules, a.check);
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::agreement
