#include "pdurate/report/diff_report.hpp"

#include <fmt/format.h>

#include "pdurate/report/json_writer.hpp"
#include "pdurate/report/rating_text.hpp"
#include "report/json_parts.hpp"

namespace pdurate::report {
namespace {

constexpr std::string_view kArrow = "→";

std::string rating_text(const std::optional<engine::RatingState>& s) {
  if (!s) return "not in these rules";
  if (s->rating) return *s->rating;
  return fmt::format("not rated ({} to {} possible)", s->lowest, s->highest);
}

std::string score_text(const engine::ScoreState& s) {
  if (s.score) return fmt::format("{}/{}", *s.score, s.max_score);
  return fmt::format("not known ({} to {} of {} possible)", s.min, s.max, s.max_score);
}

std::string counts_text(const engine::KeyQuestionState& s) {
  if (!s.present) return "no answers";
  if (s.tally.relevant() == 0) return "0/0, no relevant cases";
  return fmt::format("{}/{} = {}%", s.tally.yes, s.tally.relevant(), percent(s.tally.yes, s.tally.relevant(), 2));
}

std::string band_text(const engine::KeyQuestionState& s) { return s.band ? *s.band : "no band"; }

std::string cause_text(const engine::KeyQuestionChange& c) {
  std::string counts = counts_text(c.after);
  if (c.before.present != c.after.present || c.before.tally != c.after.tally)
    counts = fmt::format("{} {} {}", counts_text(c.before), kArrow, counts);
  return fmt::format("{} {}, {}: band {} {} {}", c.short_id, c.topic, counts, band_text(c.before), kArrow,
                     band_text(c.after));
}

std::string rules_text(const rules::Rules& r) { return fmt::format("{} ({})", r.id, r.file); }

std::string_view status_name(DiffRow::Status s) {
  switch (s) {
    case DiffRow::Status::Unchanged: return "unchanged";
    case DiffRow::Status::Changed: return "changed";
    case DiffRow::Status::Invalid: return "invalid";
  }
  return "?";
}

void rating_json(JsonWriter& j, const std::optional<engine::RatingState>& s) {
  if (!s) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("rating");
  json_parts::rating_or_null(j, s->rating);
  j.key("lowest").string(s->lowest);
  j.key("highest").string(s->highest);
  j.end_object();
}

void score_json(JsonWriter& j, const engine::ScoreState& s) {
  j.begin_object();
  j.key("score");
  if (s.score) j.number(*s.score);
  else j.null();
  j.key("min").number(s.min);
  j.key("max").number(s.max);
  j.key("max_score").number(s.max_score);
  j.end_object();
}

void question_json(JsonWriter& j, const engine::KeyQuestionState& s) {
  j.begin_object();
  j.key("present").boolean(s.present);
  json_parts::tally_fields(j, s.tally);
  j.key("band");
  json_parts::rating_or_null(j, s.band);
  j.end_object();
}

}  // namespace

DiffRow::Status DiffRow::status() const {
  if (!diff) return Status::Invalid;
  return diff->changed() ? Status::Changed : Status::Unchanged;
}

DiffCounts count(const std::vector<DiffRow>& rows) {
  DiffCounts c;
  for (const auto& r : rows) {
    switch (r.status()) {
      case DiffRow::Status::Unchanged: ++c.compared; break;
      case DiffRow::Status::Changed: ++c.compared, ++c.changed; break;
      case DiffRow::Status::Invalid: ++c.errors; break;
    }
  }
  return c;
}

std::string diff_summary(const DiffCounts& c) {
  std::string line = fmt::format("{} compared, {} changed", c.compared, c.changed);
  if (c.errors > 0) line += fmt::format(", {} errors", c.errors);
  return line;
}

std::string diff_text(const rules::Rules& base, const rules::Rules& rules, const std::vector<DiffRow>& rows) {
  std::string out = fmt::format("base rules: {}\nrules:      {}\n", rules_text(base), rules_text(rules));
  for (const auto& row : rows) {
    const std::string title = row.name.empty() ? row.file : fmt::format("{}: {}", row.file, row.name);
    if (row.status() == DiffRow::Status::Invalid) {
      out += fmt::format("\nERROR {}: invalid input ({} problem{}, listed on stderr)\n", row.file, row.errors.size(),
                         row.errors.size() == 1 ? "" : "s");
      continue;
    }
    if (row.status() == DiffRow::Status::Unchanged) continue;
    const auto& d = *row.diff;
    out += fmt::format("\n{}\n", title);
    for (const auto& s : d.standards) {
      out += fmt::format("  {} {}: {} {} {}\n", s.id, s.name, rating_text(s.before), kArrow, rating_text(s.after));
      for (const auto& c : s.causes) out += fmt::format("    because {}\n", cause_text(c));
    }
    if (d.score_changed())
      out += fmt::format("  score: {} {} {}\n", score_text(d.score_before), kArrow, score_text(d.score_after));
    if (d.overall_changed())
      out += fmt::format("  overall: {} {} {}\n", rating_text(d.overall_before), kArrow, rating_text(d.overall_after));
  }
  out += fmt::format("\n{}\n", diff_summary(count(rows)));
  return out;
}

std::string diff_json(const rules::Rules& base, const rules::Rules& rules, const std::vector<DiffRow>& rows) {
  JsonWriter j;
  j.begin_object();
  j.key("schema_version").number(kDiffSchemaVersion);
  j.key("tool");
  json_parts::tool(j);
  j.key("base_rules");
  json_parts::rules(j, base);
  j.key("rules");
  json_parts::rules(j, rules);
  j.key("inspections").begin_array();
  for (const auto& row : rows) {
    j.begin_object();
    j.key("file").string(row.file);
    j.key("name");
    json_parts::text_or_null(j, row.name);
    j.key("status").string(status_name(row.status()));
    j.key("standards").begin_array();
    if (row.diff)
      for (const auto& s : row.diff->standards) {
        j.begin_object();
        j.key("id").string(s.id);
        j.key("name").string(s.name);
        j.key("before");
        rating_json(j, s.before);
        j.key("after");
        rating_json(j, s.after);
        j.key("causes").begin_array();
        for (const auto& c : s.causes) {
          j.begin_object();
          j.key("id").string(c.id);
          j.key("short_id").string(c.short_id);
          j.key("topic").string(c.topic);
          j.key("before");
          question_json(j, c.before);
          j.key("after");
          question_json(j, c.after);
          j.end_object();
        }
        j.end_array();
        j.end_object();
      }
    j.end_array();
    j.key("score");
    if (row.diff) {
      j.begin_object();
      j.key("before");
      score_json(j, row.diff->score_before);
      j.key("after");
      score_json(j, row.diff->score_after);
      j.end_object();
    } else {
      j.null();
    }
    j.key("overall");
    if (row.diff) {
      j.begin_object();
      j.key("before");
      rating_json(j, row.diff->overall_before);
      j.key("after");
      rating_json(j, row.diff->overall_after);
      j.end_object();
    } else {
      j.null();
    }
    j.key("errors").begin_array();
    for (const auto& d : row.errors) json_parts::diagnostic(j, d);
    j.end_array();
    j.end_object();
  }
  j.end_array();
  const auto c = count(rows);
  j.key("summary").begin_object();
  j.key("compared").number(static_cast<long long>(c.compared));
  j.key("changed").number(static_cast<long long>(c.changed));
  j.key("errors").number(static_cast<long long>(c.errors));
  j.end_object();
  j.end_object();
  return j.str();
}

}  // namespace pdurate::report
