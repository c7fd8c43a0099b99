#include "pdurate/report/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/engine/method.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/wording.hpp"
#include "report/style.hpp"
#include "report/text/analysis.hpp"
#include "report/text/label_width.hpp"

namespace pdurate::report::text {
namespace {

constexpr std::size_t kWidth = 100;       // wrap notes at this many columns
constexpr std::string_view kNoteIndent = "       ";
constexpr std::size_t kPivotalCasesShown = 10;  // case ids per pivotal change in text (JSON: all)

class Text {
 public:
  Text(const rules::Rules& rules, const app::Outcome& outcome, const Options& options)
      : rules_(rules), rated_(*outcome.rated), style_(options.color), explain_(options.explain), width_(label_width(rules)) {}

  std::string render() {
    header();
    if (rated_.what_if) what_if();
    for (const auto& domain : rules_.domains) {
      line(style_.bold(fmt::format("{}. {}", domain.id, domain.name)));
      for (const auto& s : rated_.result.standards)
        if (rules_.standards[s.standard].domain == domain.id) standard(s);
      out_ += '\n';
    }
    totals();
    // A ratings-only inspection has no cases to sample: no sampling error, findings or splits.
    if (rated_.analysis && !rated_.inspection.ratings_only) out_ += analysis(rules_, rated_, style_);
    if (explain_) explanation();
    if (rated_.pivotal) pivotal();
    expectations();
    return std::move(out_);
  }

 private:
  std::string rating(rules::Level level, std::size_t width = 0) const {
    return style_.rating(rules_, level, fmt::format("{:<{}}", rules_.rating_name(level), width));
  }
  void line(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    out_ += text;
    out_ += '\n';
  }
  // A note under a standard, word-wrapped with a hanging indent.
  void note(std::string_view text, std::string_view indent = kNoteIndent) {
    std::string current(indent);
    bool empty = true;
    while (!text.empty()) {
      const auto space = text.find(' ');
      const auto word = text.substr(0, space);
      text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
      if (!empty && current.size() + 1 + word.size() > kWidth) {
        line(current);
        current = std::string(indent) + "  ";
        empty = true;
      }
      if (!empty) current += ' ';
      current += word;
      empty = false;
    }
    line(current);
  }

  void header() {
    const auto& insp = rated_.inspection;
    std::string title = insp.name.empty() ? insp.file : insp.name;
    if (!insp.fieldwork.empty()) title += fmt::format(" (fieldwork {})", insp.fieldwork);
    if (rated_.what_if) title += " · what if";
    line(style_.bold(title));
    // Every row read is rated or said to be left out (and why): nothing is dropped silently.
    std::string cases = !insp.ratings_only ? fmt::format("{} rows read, {} rated", insp.rows_read, rated_.result.cases)
                                       : std::string("no cases: ratings as given");
    if (rated_.what_if && (rated_.what_if->selection.excluded_by_id + rated_.what_if->selection.excluded_by_filter) > 0)
      cases += fmt::format(", {} left out by --exclude, {} by --where", rated_.what_if->selection.excluded_by_id,
                           rated_.what_if->selection.excluded_by_filter);
    line(style_.dim(fmt::format("{} · rules {} ({}) · key questions banded on {} percentages", cases, rules_.id,
                         rules_.file,
                         rules_.comparison == rules::Comparison::Exact ? "exact" : "whole-number rounded")));
    if (const auto read = case_source(insp.source); !read.empty()) line(style_.dim("read: " + read));
    if (!insp.ratings_only) {
      line(style_.dim("key questions: Yes/relevant cases, % Yes, band; '>' marks the lowest, which sets the standard's rating"));
      line(style_.dim("margins: +N more Yes answers reach the band above, -N fewer fall to the band below"));
    }
    out_ += '\n';
  }

  static std::string margin(const engine::Margin& m) {
    std::string up = m.up ? fmt::format("+{}", *m.up) : "";
    std::string down = m.down ? fmt::format("-{}", *m.down) : "";
    if (up.empty() && down.empty()) return "";
    return fmt::format("{:>5} {:>5}", up, down);
  }


  std::string rating_text(std::optional<rules::Level> rating, rules::Level lowest, rules::Level highest) const {
    return rating_or_range(rules_, rating, lowest, highest);
  }

  // The scenario and, side by side, everything it changed.
  void what_if() {
    const auto& w = *rated_.what_if;
    const auto& rules = rules_;
    line(style_.bold("What if"));
    for (const auto& d : w.scenario.described) line(fmt::format("  - {}", d));
    if (w.selection.excluded_by_id + w.selection.excluded_by_filter > 0)
      line(fmt::format("  {} of {} cases rated: {} left out by --exclude, {} by --where", rated_.result.cases,
                       w.baseline.cases, w.selection.excluded_by_id, w.selection.excluded_by_filter));
    out_ += '\n';
    const auto row = [&](std::string_view label, const std::string& before, const std::string& after) {
      line(fmt::format("  {:<{}} {:<34} -> {}", label, width_, before, after));
    };
    line(fmt::format("  {:<{}} {:<34}    {}", "changed", width_, "as recorded", "what if"));
    const auto& c = w.changes;
    for (const auto& kq : c.key_questions) {
      const auto& q = rules.questions[kq.question];
      row(fmt::format("{} {}", q.short_id, q.topic),
          figures(kq.before) + (kq.band_before ? " " + rules.rating_name(*kq.band_before) : ""),
          figures(kq.after) + (kq.band_after ? " " + rules.rating_name(*kq.band_after) : ""));
    }
    for (const auto& sc : c.standards) {
      const auto& b = w.baseline.standards[sc.standard];
      const auto& a = rated_.result.standards[sc.standard];
      const auto& def = rules.standards[sc.standard];
      row(fmt::format("{} {}", def.id, def.name), rating_text(b.rating, b.lowest, b.highest),
          rating_text(a.rating, a.lowest, a.highest));
    }
    const auto score = [](const engine::Result& r) { return score_text(r); };
    if (c.score_changed) row("Score", score(w.baseline), score(rated_.result));
    else line(fmt::format("  {:<{}} {} (unchanged)", "Score", width_, score(rated_.result)));
    const auto overall = [&](const engine::Result& r) { return rating_text(r.overall, r.overall_lowest, r.overall_highest); };
    if (c.overall_changed) row("Overall rating", overall(w.baseline), overall(rated_.result));
    else line(fmt::format("  {:<{}} {} (unchanged)", "Overall rating", width_, overall(rated_.result)));
    out_ += '\n';
  }

  void explanation() {
    out_ += '\n';
    line(style_.bold("Why"));
    for (const auto& s : rated_.result.standards) note(explain_standard(rules_, rated_.result, s), "  ");
    note(explain_overall(rules_, rated_.result), "  ");
    if (auto m = explain_overall_margin(rules_, rated_.result); !m.empty()) note(m, "  ");
  }

  void pivotal() {
    out_ += '\n';
    const auto& rules = rules_;
    const auto& cases = rated_.cases();
    if (rated_.pivotal->empty()) {
      line(style_.bold("Pivotal answers: none"));
      note("no single changed answer would change any standard's rating");
      return;
    }
    line(style_.bold("Pivotal answers: one changed answer would change a standard's rating"));
    for (const auto& p : *rated_.pivotal) {
      const auto& q = rules.questions[p.question];
      // The first few cases, to start a re-read from; JSON lists them all.
      std::string ids;
      const auto shown = std::min(p.cases.size(), kPivotalCasesShown);
      for (std::size_t i = 0; i < shown; ++i) ids += (i ? ", " : "") + std::string(cases.id(p.cases[i]));
      if (shown < p.cases.size()) ids += fmt::format(" ... and {} more", p.cases.size() - shown);
      note(fmt::format("{} {} -> {} in any of {} case{} would make {}: {}", q.short_id, model::to_string(p.from),
                       model::to_string(p.to), p.cases.size(), p.cases.size() == 1 ? "" : "s",
                       pivotal_effect_text(rules, rated_.result, p), ids));
    }
  }

  void standard(const engine::StandardResult& s) {
    const auto& rules = rules_;
    const auto& def = rules.standards[s.standard];
    const std::string label = fmt::format("{} {}", def.id, def.name);
    if (s.basis == engine::Basis::NotRatedByDesign) {
      line(fmt::format("  {:<{}} {:<22} {}", label, width_, "not rated by design", "not scored"));
      note(fmt::format("{}; not scored, so the score does not depend on it", def.not_rated_when));
      return;
    }
    if (s.rating) {
      // The margin lines up with the key questions' margins below.
      const std::string points = def.scored ? fmt::format("{}", engine::standard_points(rules, s.standard, *s.rating))
                                            : "not scored";
      line(fmt::format("  {:<{}} {} {:<13} {}", label, width_, rating(*s.rating, 22), points, margin(s.margin)));
    } else {
      // Why, where the margins of a rated standard stand: a missing column is the reason users
      // can fix, so it is said here and not only in a note.
      const auto missing = missing_columns(rules, s);
      line(fmt::format("  {:<{}} {:<22} {:<13} {}", label, width_, "not rated",
                       fmt::format("{}-{}", engine::standard_points(rules, s.standard, s.lowest),
                                   engine::standard_points(rules, s.standard, s.highest)),
                       missing.empty() ? "" : fmt::format("no column for {}", fmt::join(missing, ", "))));
      if (def.casework())
        note(fmt::format("possible: {}", rating_range(rules, s.lowest, s.highest)));
      else
        note(fmt::format("give the inspectors' rating in the inspection file or with --rating {}=RATING", def.id));
    }
    if (def.casework() && s.basis == engine::Basis::Inspectors)
      note(given_not_computed(rated_, s.standard));
    for (const auto& kq : s.key_questions) key_question(kq);
    if (s.other_rating)
      note(fmt::format("{} if percentages were {}", rules.rating_name(*s.other_rating),
                       rated_.result.comparison == rules::Comparison::Exact ? "rounded to whole numbers" : "compared exactly"));
    for (const auto& g : s.guidance) note(fmt::format("guidance: {}", guidance_sentence(rules, rated_.result, g)));
    if (!s.departure.empty()) note(fmt::format("inspectors' reason: {}", s.departure));
    else if (s.unexplained_departure()) line(style_.warning(fmt::format("{}no reason recorded for the departure", kNoteIndent)));
  }

  void key_question(const engine::KeyQuestionResult& kq) {
    const auto& rules = rules_;
    const auto& q = rules.questions[kq.question];
    const std::string marker = kq.drives ? "> " : "  ";
    const std::string label = fmt::format("{}{} {}", marker, q.short_id, q.topic);
    const std::size_t width = width_ - 2;
    if (!kq.present) {
      line(fmt::format("     {:<{}} {}", label, width, "no column in the input"));
      return;
    }
    if (!kq.band) {  // the method gave it none: no relevant cases, or too few
      const auto& t = kq.tally;
      line(fmt::format("     {:<{}} {:>7} {:>6}  {}", label, width, fmt::format("{}/{}", t.yes, t.relevant()),
                       t.relevant() ? percent(t.yes, t.relevant(), 1) + "%" : "", no_band(t)));
      return;
    }
    std::string text = fmt::format("     {:<{}} {:>7} {:>6}  {}  {}", label, width,
                                   fmt::format("{}/{}", kq.tally.yes, kq.tally.relevant()),
                                   percent(kq.tally.yes, kq.tally.relevant(), 1) + "%", rating(*kq.band, 20),
                                   margin(kq.margin));
    if (kq.other_band)
      text += fmt::format(" ({} if {})", rules.rating_name(*kq.other_band),
                          rated_.result.comparison == rules::Comparison::Exact ? "rounded" : "exact");
    line(text);
  }

  void totals() {
    const auto& r = rated_.result;
    const auto& rules = rules_;
    if (r.score) {
      line(fmt::format("{} {}/{}    {} {}", style_.bold("Score"), *r.score, r.max_score, style_.bold("Overall rating:"),
                       rating(*r.overall)));
      if (auto m = explain_overall_margin(rules, r); !m.empty() && !rated_.inspection.ratings_only) note(m);
    } else {
      std::size_t missing = 0;
      // The standards the score waits for: scored ones without a rating.
      for (const auto& s : r.standards) missing += s.rating || !rules.standards[s.standard].scored ? 0 : 1;
      line(fmt::format("{} {} to {} of {} ({} standard{} not rated)", style_.bold("Score"), r.score_min, r.score_max,
                       r.max_score, missing, missing == 1 ? "" : "s"));
      line(fmt::format("{} {}", style_.bold("Overall rating:"), rating_range(rules, r.overall_lowest, r.overall_highest)));
    }
  }

  void expectations() {
    if (rated_.expectations.empty()) return;
    out_ += '\n';
    std::size_t met = 0;
    for (const auto& e : rated_.expectations) met += e.met ? 1 : 0;
    line(style_.bold(fmt::format("Expectations: {} of {} met", met, rated_.expectations.size())));
    for (const auto& e : rated_.expectations)
      if (!e.met)
        line(fmt::format("  {} {}", style_.failure("FAIL"), unmet(e)));
  }

  const rules::Rules& rules_;
  const app::Rated& rated_;
  Style style_;
  bool explain_;
  std::size_t width_;  // the label column (label_width)
  std::string out_;
};

}  // namespace

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options) {
  return Text(rules, outcome, options).render();
}

}  // namespace pdurate::report::text
