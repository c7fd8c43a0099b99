#include "pdurate/report/batch_report.hpp"

#include "pdurate/report/rating_text.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/json_writer.hpp"
#include "report/json_parts.hpp"

namespace pdurate::report {
namespace {

constexpr std::string_view kReset = "\x1b[0m";

// Display width: UTF-8 code points (names are mostly ASCII; no East Asian wide characters).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string pad(std::string_view s, std::size_t w, bool right = false) {
  const std::string fill(w > width(s) ? w - width(s) : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

// Short names for the scale ("RI" for "Requires improvement"): the initials of each word, when
// they tell the ratings apart; else the full names.
std::vector<std::string> abbreviations(const rules::Rules& rules) {
  std::vector<std::string> out;
  for (const auto& level : rules.scale) {
    std::string a;
    bool start = true;
    for (char c : level.name) {
      if (c == ' ') start = true;
      else if (start) {
        a += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        start = false;
      }
    }
    out.push_back(a);
  }
  for (std::size_t i = 0; i < out.size(); ++i)
    for (std::size_t k = 0; k < i; ++k)
      if (out[i].empty() || out[i] == out[k]) {
        std::vector<std::string> full;
        for (const auto& level : rules.scale) full.push_back(level.name);
        return full;
      }
  return out;
}

std::string score_text(const engine::Result& r) {
  if (r.score) return fmt::format("{}/{}", *r.score, r.max_score);
  return fmt::format("{}-{}/{}", r.score_min, r.score_max, r.max_score);
}

std::string overall_text(const rules::Rules& rules, const engine::Result& r) {
  return rating_range(rules, r.overall_lowest, r.overall_highest);
}

std::string_view status_name(BatchRow::Status s) {
  switch (s) {
    case BatchRow::Status::Ok: return "ok";
    case BatchRow::Status::Failed: return "failed";
    case BatchRow::Status::Invalid: return "invalid";
  }
  return "?";
}

class Table {
 public:
  Table(const rules::Rules& rules, const std::vector<BatchRow>& rows, bool color)
      : rules_(rules), rows_(rows), color_(color), abbrev_(abbreviations(rules)) {}

  std::string render() {
    const bool checks = std::any_of(rows_.begin(), rows_.end(), [](const BatchRow& r) {
      return !r.expectations.empty() || !r.other_failures.empty();
    });
    // Column widths.
    std::size_t name_w = width("inspection");
    std::size_t score_w = width("score");
    std::size_t overall_w = width("overall");
    std::vector<std::size_t> standard_w;
    for (const auto& s : rules_.standards) standard_w.push_back(width(s.id));
    for (const auto& row : rows_) {
      name_w = std::max(name_w, width(label(row)));
      if (!row.result) continue;
      score_w = std::max(score_w, width(score_text(*row.result)));
      overall_w = std::max(overall_w, width(overall_text(rules_, *row.result)));
      for (std::size_t s = 0; s < rules_.standards.size(); ++s)
        standard_w[s] = std::max(standard_w[s], width(cell(row.result->standards[s])));
    }

    line(fmt::format("{} inspection{} · rules {} ({})", rows_.size(), rows_.size() == 1 ? "" : "s", rules_.id,
                     rules_.file), "2");
    out_ += '\n';
    std::string head = pad("inspection", name_w);
    for (std::size_t s = 0; s < rules_.standards.size(); ++s) head += "  " + pad(rules_.standards[s].id, standard_w[s]);
    head += "  " + pad("score", score_w, true) + "  " + pad("overall", overall_w);
    if (checks) head += "  check";
    line(head, "1");
    for (const auto& row : rows_) {
      std::string text = pad(label(row), name_w);
      if (!row.result) {
        text += fmt::format("  {}", style(fmt::format("invalid input ({} problem{}, listed on stderr)",
                                                      row.errors.size(), row.errors.size() == 1 ? "" : "s"),
                                          "1;31"));
        line(text);
        continue;
      }
      for (std::size_t s = 0; s < rules_.standards.size(); ++s) {
        const auto& sr = row.result->standards[s];
        text += "  " + rated(sr.rating, pad(cell(sr), standard_w[s]));
      }
      text += "  " + pad(score_text(*row.result), score_w, true);
      std::string check;
      if (row.status() == BatchRow::Status::Failed) check = style("FAIL", "1;31");
      else if (!row.expectations.empty()) check = "ok";
      text += "  " + rated(row.result->overall, pad(overall_text(rules_, *row.result), check.empty() ? 0 : overall_w));
      if (!check.empty()) text += "  " + check;
      line(text);
    }
    out_ += '\n';
    std::string key;
    for (std::size_t l = rules_.scale.size(); l-- > 0;)
      if (abbrev_[l] != rules_.scale[l].name) key += fmt::format("{} {} · ", abbrev_[l], rules_.scale[l].name);
    key += "- not rated";
    line(key, "2");
    return std::move(out_);
  }

 private:
  std::string label(const BatchRow& row) const { return row.name.empty() ? row.file : row.name; }
  std::string cell(const engine::StandardResult& s) const { return s.rating ? abbrev_[*s.rating] : "-"; }
  std::string style(std::string_view text, std::string_view code) const {
    if (!color_) return std::string(text);
    return fmt::format("\x1b[{}m{}{}", code, text, kReset);
  }
  // Coloured as the single report colours ratings: red lowest, bold green top, yellow and green.
  std::string rated(std::optional<rules::Level> level, std::string_view text) const {
    if (!level) return std::string(text);
    const auto top = rules_.top();
    return style(text, *level == 0 ? "31" : *level == top ? "1;32" : (2 * *level < top + 1 ? "33" : "32"));
  }
  void line(std::string text, std::string_view code = {}) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out_ += code.empty() ? text : style(text, code);
    out_ += '\n';
  }

  const rules::Rules& rules_;
  const std::vector<BatchRow>& rows_;
  bool color_;
  std::vector<std::string> abbrev_;
  std::string out_;
};

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

BatchRow::Status BatchRow::status() const {
  if (!result) return Status::Invalid;
  const bool failed = !other_failures.empty() ||
                      std::any_of(expectations.begin(), expectations.end(), [](const auto& e) { return !e.met; });
  return failed ? Status::Failed : Status::Ok;
}

std::vector<std::string> BatchRow::failures() const {
  std::vector<std::string> out;
  for (const auto& e : expectations)
    if (!e.met) out.push_back(fmt::format("{}: expected {}, got {}", e.expectation.key, e.expected, e.actual));
  out.insert(out.end(), other_failures.begin(), other_failures.end());
  return out;
}

std::string batch_table(const rules::Rules& rules, const std::vector<BatchRow>& rows, const BatchTextOptions& options) {
  return Table(rules, rows, options.color).render();
}

std::string batch_json(const rules::Rules& rules, const std::vector<BatchRow>& rows) {
  JsonWriter j;
  j.begin_object();
  j.key("schema_version").number(kBatchSchemaVersion);
  j.key("tool");
  json_parts::tool(j);
  j.key("rules");
  json_parts::rules(j, rules);
  j.key("standards").begin_array();
  for (const auto& s : rules.standards) {
    j.begin_object();
    j.key("id").string(s.id);
    j.key("name").string(s.name);
    j.end_object();
  }
  j.end_array();
  std::size_t counts[3] = {0, 0, 0};
  j.key("inspections").begin_array();
  for (const auto& row : rows) {
    ++counts[static_cast<int>(row.status())];
    j.begin_object();
    j.key("file").string(row.file);
    j.key("name");
    json_parts::text_or_null(j, row.name);
    j.key("fieldwork");
    json_parts::text_or_null(j, row.fieldwork);
    j.key("status").string(status_name(row.status()));
    const engine::Result* r = row.result ? &*row.result : nullptr;
    j.key("cases");
    if (r) j.number(static_cast<long long>(r->cases));
    else j.null();
    j.key("standards").begin_array();
    if (r)
      for (const auto& s : r->standards) {
        j.begin_object();
        j.key("id").string(rules.standards[s.standard].id);
        j.key("rating");
        if (s.rating) j.string(rules.rating_name(*s.rating));
        else j.null();
        j.key("points");
        if (s.rating) j.number(rules.points(*s.rating));
        else j.null();
        j.key("rating_range").begin_object();
        j.key("lowest").string(rules.rating_name(s.lowest));
        j.key("highest").string(rules.rating_name(s.highest));
        j.end_object();
        j.end_object();
      }
    j.end_array();
    j.key("score");
    if (r && r->score) j.number(*r->score);
    else j.null();
    j.key("max_score").number(rules.max_score());
    j.key("score_range");
    if (r) {
      j.begin_object();
      j.key("min").number(r->score_min);
      j.key("max").number(r->score_max);
      j.end_object();
    } else {
      j.null();
    }
    j.key("overall");
    if (r && r->overall) j.string(rules.rating_name(*r->overall));
    else j.null();
    j.key("overall_range");
    if (r) {
      j.begin_object();
      j.key("lowest").string(rules.rating_name(r->overall_lowest));
      j.key("highest").string(rules.rating_name(r->overall_highest));
      j.end_object();
    } else {
      j.null();
    }
    std::size_t met = 0;
    for (const auto& e : row.expectations) met += e.met ? 1 : 0;
    j.key("expectations").begin_object();
    j.key("checked").number(static_cast<long long>(row.expectations.size()));
    j.key("met").number(static_cast<long long>(met));
    j.end_object();
    j.key("failures").begin_array();
    for (const auto& f : row.failures()) j.string(f);
    j.end_array();
    j.key("errors").begin_array();
    for (const auto& d : row.errors) json_parts::diagnostic(j, d);
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("summary").begin_object();
  j.key("inspections").number(static_cast<long long>(rows.size()));
  j.key("ok").number(static_cast<long long>(counts[0]));
  j.key("failed").number(static_cast<long long>(counts[1]));
  j.key("invalid").number(static_cast<long long>(counts[2]));
  j.end_object();
  j.end_object();
  return j.str();
}

std::string batch_csv(const rules::Rules& rules, const std::vector<BatchRow>& rows) {
  std::vector<std::string> header{"file", "name", "fieldwork", "status", "cases"};
  for (const auto& s : rules.standards) header.push_back(s.id);
  for (auto h : {"score", "score_min", "score_max", "max_score", "overall", "overall_lowest", "overall_highest"})
    header.push_back(h);
  std::string out;
  auto emit = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
    out += '\n';
  };
  emit(header);
  for (const auto& row : rows) {
    std::vector<std::string> f{row.file, row.name, row.fieldwork, std::string(status_name(row.status()))};
    if (!row.result) {
      f.resize(header.size());
      emit(f);
      continue;
    }
    const auto& r = *row.result;
    f.push_back(fmt::format("{}", r.cases));
    for (const auto& s : r.standards) f.push_back(s.rating ? rules.rating_name(*s.rating) : "");
    f.push_back(r.score ? fmt::format("{}", *r.score) : "");
    f.push_back(fmt::format("{}", r.score_min));
    f.push_back(fmt::format("{}", r.score_max));
    f.push_back(fmt::format("{}", r.max_score));
    f.push_back(r.overall ? rules.rating_name(*r.overall) : "");
    f.push_back(rules.rating_name(r.overall_lowest));
    f.push_back(rules.rating_name(r.overall_highest));
    emit(f);
  }
  return out;
}

}  // namespace pdurate::report
