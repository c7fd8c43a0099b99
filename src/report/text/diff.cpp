#include "pdurate/report/text.hpp"

#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/wording.hpp"

namespace pdurate::report::text {
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

// What changed for one inspection: its title, then each change and its cause.
std::string changes(const app::Outcome& o) {
  const auto& d = *o.rated->diff;
  std::string out = fmt::format("\n{}\n", o.name.empty() ? o.file : fmt::format("{}: {}", o.file, o.name));
  for (const auto& s : d.standards) {
    out += fmt::format("  {} {}: {} {} {}\n", s.id, s.name, rating_text(s.before), kArrow, rating_text(s.after));
    for (const auto& c : s.causes) out += fmt::format("    because {}\n", cause_text(c));
  }
  if (d.score_changed())
    out += fmt::format("  score: {} {} {}\n", score_text(d.score_before), kArrow, score_text(d.score_after));
  if (d.overall_changed())
    out += fmt::format("  overall: {} {} {}\n", rating_text(d.overall_before), kArrow, rating_text(d.overall_after));
  return out;
}

}  // namespace

std::string diff(const rules::Rules& base, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                 const Options&) {
  std::string out = fmt::format("base rules: {}\nrules:      {}\n", app::describe(base), app::describe(rules));
  for (const auto& o : outcomes) {
    const auto status = o.status();
    if (status == app::Status::Invalid) out += fmt::format("\nERROR {}: {}\n", o.file, invalid_input(o));
    else if (status == app::Status::Failed) out += changes(o);
  }
  const auto c = app::count(outcomes);
  out += fmt::format("\n{} compared, {} changed", c.passed + c.failed, c.failed);
  if (c.invalid > 0) out += fmt::format(", {} error{}", c.invalid, c.invalid == 1 ? "" : "s");
  return out + "\n";
}

}  // namespace pdurate::report::text
