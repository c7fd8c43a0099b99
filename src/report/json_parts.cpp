#include "report/json_parts.hpp"

#include "pdurate/report/rating_text.hpp"

namespace pdurate::report::json_parts {

void tool(JsonWriter& j) {
  j.begin_object();
  j.key("name").string("pdu-rate");
  j.key("version").string(PDURATE_VERSION);
  j.end_object();
}

void rules(JsonWriter& j, const rules::Rules& r) {
  j.begin_object();
  j.key("id").string(r.id);
  j.key("name").string(r.name);
  j.key("file").string(r.file);
  j.key("comparison").string(rules::to_string(r.comparison));
  j.end_object();
}

void diagnostic(JsonWriter& j, const Diagnostic& d) {
  j.begin_object();
  j.key("file");
  text_or_null(j, d.where.file);
  j.key("line").number(static_cast<long long>(d.where.line));
  j.key("column").number(static_cast<long long>(d.where.column));
  j.key("message").string(d.message);
  j.end_object();
}

void text_or_null(JsonWriter& j, const std::string& text) {
  if (text.empty()) j.null();
  else j.string(text);
}

void rating_or_null(JsonWriter& j, const std::optional<std::string>& rating) {
  if (rating) j.string(*rating);
  else j.null();
}

void level_or_null(JsonWriter& j, const rules::Rules& rules, std::optional<rules::Level> level) {
  if (level) j.string(rules.rating_name(*level));
  else j.null();
}

void count_or_null(JsonWriter& j, std::optional<std::size_t> n) {
  if (n) j.number(static_cast<long long>(*n));
  else j.null();
}

void tally_fields(JsonWriter& j, const model::Tally& t) {
  j.key("yes").number(static_cast<long long>(t.yes));
  j.key("no").number(static_cast<long long>(t.no));
  j.key("na").number(static_cast<long long>(t.na));
  j.key("relevant").number(static_cast<long long>(t.relevant()));
  j.key("percent");
  if (t.relevant() > 0) j.raw_number(percent(t.yes, t.relevant(), 2));
  else j.null();
}

}  // namespace pdurate::report::json_parts
