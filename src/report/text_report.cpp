#include "pdurate/report/text_report.hpp"

#include <fmt/format.h>

#include "pdurate/report/rating_text.hpp"

namespace pdurate::report {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::size_t kWidth = 100;       // wrap notes at this many columns
constexpr std::size_t kLabelWidth = 42;   // "  P2.3 Implementation and delivery", "> 2.1.1 engaging ..."
constexpr std::string_view kNoteIndent = "       ";

class Text {
 public:
  Text(const ReportInput& in, const TextOptions& options) : in_(in), color_(options.color) {}

  std::string render() {
    header();
    const auto& rules = in_.rules;
    for (const auto& domain : rules.domains) {
      line(bold(fmt::format("{}. {}", domain.id, domain.name)));
      for (const auto& s : in_.result.standards)
        if (rules.standards[s.standard].domain == domain.id) standard(s);
      out_ += '\n';
    }
    totals();
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
    out_ += text;
    out_ += '\n';
  }
  // A note under a standard, word-wrapped with a hanging indent.
  void note(std::string_view text) {
    std::string current(kNoteIndent);
    bool empty = true;
    while (!text.empty()) {
      const auto space = text.find(' ');
      const auto word = text.substr(0, space);
      text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
      if (!empty && current.size() + 1 + word.size() > kWidth) {
        line(current);
        current = std::string(kNoteIndent) + "  ";
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
    line(bold(title));
    line(dim(fmt::format("{} cases · rules {} ({}) · key questions banded on {} percentages", in_.result.cases,
                         in_.rules.id, in_.rules.file,
                         in_.rules.comparison == rules::Comparison::Exact ? "exact" : "whole-number rounded")));
    line(dim("key questions: Yes/relevant cases, % Yes, band; '>' marks the lowest, which sets the standard's rating"));
    out_ += '\n';
  }

  void standard(const engine::StandardResult& s) {
    const auto& rules = in_.rules;
    const auto& def = rules.standards[s.standard];
    const std::string label = fmt::format("{} {}", def.id, def.name);
    if (s.rating) {
      line(fmt::format("  {:<{}} {} {}", label, kLabelWidth, rating(*s.rating, 22), rules.points(*s.rating)));
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
    std::string text = fmt::format("     {:<{}} {:>7} {:>6}  {}", label, width,
                                   fmt::format("{}/{}", kq.tally.yes, kq.tally.relevant()),
                                   percent(kq.tally.yes, kq.tally.relevant(), 1) + "%", rating(*kq.band));
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
  std::string out_;
};

}  // namespace

std::string text_report(const ReportInput& input, const TextOptions& options) { return Text(input, options).render(); }

}  // namespace pdurate::report
