#include "pdurate/report/json.hpp"

#include "pdurate/report/wording.hpp"
#include "report/json/fields.hpp"

namespace pdurate::report::json {
namespace {

// A row under the rules it was rated under (an inspection file's own rules:, or the command's).
void row(Writer& j, const rules::Rules& command_rules, const app::Outcome& o) {
  const auto& rules = app::rules_of(o, command_rules);
  const engine::Result* r = o.status() == app::Status::Invalid ? nullptr : &o.rated->result;
  j.begin_object();
  j.key("file").string(o.file);
  j.key("name").string_or_null(o.name);
  j.key("fieldwork").string_or_null(o.fieldwork);
  j.key("rules").string(rules.id);
  j.key("status").string(row_status(o.status()));
  j.key("cases");
  if (r) j.number(static_cast<long long>(r->cases));
  else j.null();
  result_fields(j, rules, r, nullptr, Detail::Summary);
  std::size_t checked = 0, met = 0;
  if (r)
    for (const auto& e : o.rated->expectations) ++checked, met += e.met ? 1 : 0;
  j.key("expectations");
  numbers(j, {{"checked", checked}, {"met", met}});
  j.key("failures").begin_array();
  for (const auto& f : failures(rules, o)) j.string(f);
  j.end_array();
  j.key("errors").begin_array();
  for (const auto& d : o.problems.listed()) diagnostic(j, d);
  j.end_array();
  j.end_object();
}

}  // namespace

std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options&) {
  Writer j;
  j.begin_object();
  j.key("schema_version").number(kBatchSchemaVersion);
  j.key("tool");
  tool(j);
  j.key("rules");
  rules_object(j, rules);
  j.key("standards").begin_array();
  for (const auto& s : rules.standards) j.begin_object().key("id").string(s.id).key("name").string(s.name).end_object();
  j.end_array();
  j.key("inspections").begin_array();
  for (const auto& o : outcomes) row(j, rules, o);
  j.end_array();
  const auto c = app::count(outcomes);
  j.key("summary");
  numbers(j, {{"inspections", outcomes.size()}, {"ok", c.passed}, {"failed", c.failed}, {"invalid", c.invalid}});
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report::json
