#include "pdurate/report/text_report.hpp"

#include <fmt/format.h>

#include "pdurate/report/analysis_text.hpp"
#include "pdurate/report/explanation.hpp"
#include "pdurate/report/rating_text.hpp"

namespace pdurate::report {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::size_t kWidth = 100;       // wrap notes at this many columns
constexpr std::size_t kLabelWidth = 42;   // "  P2.3 Implementation and delivery", "> 2.1.1 engaging ..."
constexpr std::string_view kNoteIndent = "       ";

class Text {
 public:
  Text(const ReportInput& in, const TextOptions& options) : in_(in), color_(options.color), explain_(options.explain) {}

  std::string render() {
    header();
    if (in_.what_if) what_if();
    const auto& rules = in_.rules;
    for (const auto& domain : rules.domains) {
      line(bold(fmt::format("{}. {}", domain.id, domain.name)));
      for (const auto& s : in_.result.standards)
        if (rules.standards[s.standard].domain == domain.id) standard(s);
      out_ += '\n';
    }
    totals();
    out_ += analysis_text(in_, color_);  // findings, sampling error, breakdowns, relative rates
    if (explain_) explanation();
    if (in_.pivotal) pivotal();
    expectations();
    return std::move(out_);
  }

 private:
  std::string style(std::string_view text, std::string_view code) const {
    if (!color_) return std::string(text);
    return fmt::format("\x1b[{}m{}{}", code, text, kReset);
  }
  std::string bold(std::string_view text) const { return style(text, "1"); }
  std::string dim(std::string_view text) const { return style(text, "2"); }
  // Red for the lowest rating, green for the top, yellow and plain green between.
  std::string rating(rules::Level level, std::size_t width = 0) const {
    std::string name = fmt::format("{:<{}}", in_.rules.rating_name(level), width);
    const auto top = in_.rules.top();
    const std::string_view code = level == 0 ? "31" : level == top ? "1;32" : (2 * level < top + 1 ? "33" : "32");
    return style(name, code);
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
    const auto& insp = in_.inspection;
    std::string title = insp.name.empty() ? insp.file : insp.name;
    if (!insp.fieldwork.empty()) title += fmt::format(" (fieldwork {})", insp.fieldwork);
    if (in_.what_if) title += " · what if";
    line(bold(title));
    // Every row read is rated or said to be left out (and why): nothing is dropped silently.
    std::string cases = fmt::format("{} rows read, {} rated", insp.rows_read, in_.result.cases);
    if (in_.what_if && (in_.what_if->selection.excluded_by_id + in_.what_if->selection.excluded_by_filter) > 0)
      cases += fmt::format(", {} left out by --exclude, {} by --where", in_.what_if->selection.excluded_by_id,
                           in_.what_if->selection.excluded_by_filter);
    line(dim(fmt::format("{} · rules {} ({}) · key questions banded on {} percentages", cases, in_.rules.id,
                         in_.rules.file,
                         in_.rules.comparison == rules::Comparison::Exact ? "exact" : "whole-number rounded")));
    line(dim("key questions: Yes/relevant cases, % Yes, band; '>' marks the lowest, which sets the standard's rating"));
    line(dim("margins: +N more Yes answers reach the band above, -N fewer fall to the band below"));
    out_ += '\n';
  }

  static std::string margin(const engine::Margin& m) {
    std::string up = m.up ? fmt::format("+{}", *m.up) : "";
    std::string down = m.down ? fmt::format("-{}", *m.down) : "";
    if (up.empty() && down.empty()) return "";
    return fmt::format("{:>5} {:>5}", up, down);
  }

  std::string figures(const engine::Tally& t) const {
    if (t.relevant() == 0) return "0/0";
    return fmt::format("{}/{} {}%", t.yes, t.relevant(), percent(t.yes, t.relevant(), 1));
  }

  std::string rating_text(std::optional<rules::Level> rating, rules::Level lowest, rules::Level highest) const {
    return rating ? in_.rules.rating_name(*rating) : "not rated (" + rating_range(in_.rules, lowest, highest) + ")";
  }

  // The scenario and, side by side, everything it changed.
  void what_if() {
    const auto& w = *in_.what_if;
    const auto& rules = in_.rules;
    line(bold("What if"));
    for (const auto& d : w.scenario.described) line(fmt::format("  - {}", d));
    if (w.selection.excluded_by_id + w.selection.excluded_by_filter > 0)
      line(fmt::format("  {} of {} cases rated: {} left out by --exclude, {} by --where", in_.result.cases,
                       w.baseline.cases, w.selection.excluded_by_id, w.selection.excluded_by_filter));
    out_ += '\n';
    const auto row = [&](std::string_view label, const std::string& before, const std::string& after) {
      line(fmt::format("  {:<42} {:<34} -> {}", label, before, after));
    };
    line(fmt::format("  {:<42} {:<34}    {}", "changed", "as recorded", "what if"));
    const auto& c = w.changes;
    for (const auto& kq : c.key_questions) {
      const auto& q = rules.questions[kq.question];
      row(fmt::format("{} {}", q.short_id, q.topic),
          figures(kq.before) + (kq.band_before ? " " + rules.rating_name(*kq.band_before) : ""),
          figures(kq.after) + (kq.band_after ? " " + rules.rating_name(*kq.band_after) : ""));
    }
    for (const auto& sc : c.standards) {
      const auto& b = w.baseline.standards[sc.standard];
      const auto& a = in_.result.standards[sc.standard];
      const auto& def = rules.standards[sc.standard];
      row(fmt::format("{} {}", def.id, def.name), rating_text(b.rating, b.lowest, b.highest),
          rating_text(a.rating, a.lowest, a.highest));
    }
    const auto score = [&](const engine::Result& r) {
      return r.score ? fmt::format("{}/{}", *r.score, r.max_score)
                     : fmt::format("{} to {} of {}", r.score_min, r.score_max, r.max_score);
    };
    if (c.score_changed) row("Score", score(w.baseline), score(in_.result));
    else line(fmt::format("  {:<42} {} (unchanged)", "Score", score(in_.result)));
    const auto overall = [&](const engine::Result& r) { return rating_text(r.overall, r.overall_lowest, r.overall_highest); };
    if (c.overall_changed) row("Overall rating", overall(w.baseline), overall(in_.result));
    else line(fmt::format("  {:<42} {} (unchanged)", "Overall rating", overall(in_.result)));
    out_ += '\n';
  }

  void explanation() {
    out_ += '\n';
    line(bold("Why"));
    for (const auto& s : in_.result.standards) note(explain_standard(in_.rules, in_.result, s), "  ");
    note(explain_overall(in_.rules, in_.result), "  ");
    if (auto m = explain_overall_margin(in_.rules, in_.result); !m.empty()) note(m, "  ");
  }

  void pivotal() {
    out_ += '\n';
    const auto& rules = in_.rules;
    const auto& cases = in_.rated_cases ? *in_.rated_cases : in_.inspection.cases;
    if (in_.pivotal->empty()) {
      line(bold("Pivotal answers: none"));
      note("no single changed answer would change any standard's rating");
      return;
    }
    line(bold("Pivotal answers: one changed answer would change a standard's rating"));
    for (const auto& p : *in_.pivotal) {
      const auto& q = rules.questions[p.question];
      std::string ids;
      for (std::size_t i = 0; i < p.cases.size(); ++i) ids += (i ? ", " : "") + std::string(cases.id(p.cases[i]));
      note(fmt::format("{} {} -> {} in any of {} case{} would make {} {}: {}", q.short_id, model::to_string(p.from),
                       model::to_string(p.to), p.cases.size(), p.cases.size() == 1 ? "" : "s",
                       rules.standards[p.standard].id,
                       p.rating_after ? rules.rating_name(*p.rating_after) : std::string("not rated"), ids));
    }
  }

  void standard(const engine::StandardResult& s) {
    const auto& rules = in_.rules;
    const auto& def = rules.standards[s.standard];
    const std::string label = fmt::format("{} {}", def.id, def.name);
    if (s.rating) {
      // The margin lines up with the key questions' margins below.
      line(fmt::format("  {:<{}} {} {:<13} {}", label, kLabelWidth, rating(*s.rating, 22), rules.points(*s.rating),
                       margin(s.margin)));
    } else {
      line(fmt::format("  {:<{}} {:<22} {}-{}", label, kLabelWidth, "not rated", rules.points(s.lowest),
                       rules.points(s.highest)));
      if (def.casework())
        note(fmt::format("possible: {}", rating_range(rules, s.lowest, s.highest)));
      else
        note(fmt::format("give the inspectors' rating in the inspection file or with --rating {}=RATING", def.id));
    }
    for (const auto& kq : s.key_questions) key_question(kq);
    if (s.other_rating)
      note(fmt::format("{} if percentages were {}", rules.rating_name(*s.other_rating),
                       in_.result.comparison == rules::Comparison::Exact ? "rounded to whole numbers" : "compared exactly"));
    for (const auto& g : s.guidance) note(fmt::format("guidance: {}", guidance_sentence(rules, in_.result, g)));
    if (!s.departure.empty()) note(fmt::format("inspectors' reason: {}", s.departure));
    else if (s.unexplained_departure()) line(style(fmt::format("{}no reason recorded for the departure", kNoteIndent), "33"));
  }

  void key_question(const engine::KeyQuestionResult& kq) {
    const auto& rules = in_.rules;
    const auto& q = rules.questions[kq.question];
    const std::string marker = kq.drives ? "> " : "  ";
    const std::string label = fmt::format("{}{} {}", marker, q.short_id, q.topic);
    const std::size_t width = kLabelWidth - 2;
    if (!kq.present) {
      line(fmt::format("     {:<{}} {}", label, width, "no column in the input"));
      return;
    }
    if (kq.tally.relevant() == 0) {
      line(fmt::format("     {:<{}} {:>7} {:>6}  {}", label, width, "0/0", "", "no relevant cases"));
      return;
    }
    std::string text = fmt::format("     {:<{}} {:>7} {:>6}  {}  {}", label, width,
                                   fmt::format("{}/{}", kq.tally.yes, kq.tally.relevant()),
                                   percent(kq.tally.yes, kq.tally.relevant(), 1) + "%", rating(*kq.band, 20),
                                   margin(kq.margin));
    if (kq.other_band)
      text += fmt::format(" ({} if {})", rules.rating_name(*kq.other_band),
                          in_.result.comparison == rules::Comparison::Exact ? "rounded" : "exact");
    line(text);
  }

  void totals() {
    const auto& r = in_.result;
    const auto& rules = in_.rules;
    if (r.score) {
      line(fmt::format("{} {}/{}    {} {}", bold("Score"), *r.score, r.max_score, bold("Overall rating:"),
                       rating(*r.overall)));
      if (auto m = explain_overall_margin(rules, r); !m.empty()) note(m);
    } else {
      std::size_t missing = 0;
      for (const auto& s : r.standards) missing += s.rating ? 0 : 1;
      line(fmt::format("{} {} to {} of {} ({} standard{} not rated)", bold("Score"), r.score_min, r.score_max,
                       r.max_score, missing, missing == 1 ? "" : "s"));
      line(fmt::format("{} {}", bold("Overall rating:"), rating_range(rules, r.overall_lowest, r.overall_highest)));
    }
  }

  void expectations() {
    if (in_.expectations.empty()) return;
    out_ += '\n';
    std::size_t met = 0;
    for (const auto& e : in_.expectations) met += e.met ? 1 : 0;
    line(bold(fmt::format("Expectations: {} of {} met", met, in_.expectations.size())));
    for (const auto& e : in_.expectations)
      if (!e.met)
        line(fmt::format("  {} {}: expected {}, got {}", style("FAIL", "1;31"), e.expectation.key, e.expected,
                         e.actual));
  }

  const ReportInput& in_;
  bool color_;
  bool explain_;
  std::string out_;
};

}  // namespace

std::string text_report(const ReportInput& input, const TextOptions& options) { return Text(input, options).render(); }

}  // namespace pdurate::report
