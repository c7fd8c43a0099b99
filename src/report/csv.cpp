#include "pdurate/report/csv.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"

namespace pdurate::report::csv {
namespace {

// Quoted when it holds a comma, a quote or a line break (RFC 4180).
std::string field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + field(fields[i]);
  return out + '\n';
}

std::vector<std::string> row(const rules::Rules& rules, const app::Outcome& o, std::size_t columns) {
  std::vector<std::string> f{o.file, o.name, o.fieldwork, std::string(row_status(o.status()))};
  if (o.status() == app::Status::Invalid) {
    f.resize(columns);
    return f;
  }
  const auto& r = o.rated->result;
  f.push_back(fmt::format("{}", r.cases));
  for (const auto& s : r.standards) f.push_back(s.rating ? rules.rating_name(*s.rating) : "");
  f.push_back(r.score ? fmt::format("{}", *r.score) : "");
  f.push_back(fmt::format("{}", r.score_min));
  f.push_back(fmt::format("{}", r.score_max));
  f.push_back(fmt::format("{}", r.max_score));
  f.push_back(r.overall ? rules.rating_name(*r.overall) : "");
  f.push_back(rules.rating_name(r.overall_lowest));
  f.push_back(rules.rating_name(r.overall_highest));
  return f;
}

}  // namespace

std::vector<std::string> header(const rules::Rules& rules) {
  std::vector<std::string> out{"file", "name", "fieldwork", "status", "cases"};
  for (const auto& s : rules.standards) out.push_back(s.id);
  for (auto h : {"score", "score_min", "score_max", "max_score", "overall", "overall_lowest", "overall_highest"})
    out.push_back(h);
  return out;
}

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options&) {
  const auto head = header(rules);
  return line(head) + line(row(rules, outcome, head.size()));
}

std::string batch(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options&) {
  const auto head = header(rules);
  std::string out = line(head);
  for (const auto& o : outcomes) out += line(row(rules, o, head.size()));
  return out;
}

}  // namespace pdurate::report::csv
