#include "pdurate/report/markdown.hpp"

#include <fmt/format.h>
#include <vector>

#include "pdurate/report/wording.hpp"
#include "report/markdown/blocks.hpp"

namespace pdurate::report::markdown {
namespace {

// The report prints whole percentages (46% for 36/79), half-up, whatever the rules compare.
std::string whole_percent(const model::Tally& t) { return percent(t.yes, t.relevant(), 0) + "%"; }

class Markdown {
 public:
  Markdown(const rules::Rules& rules, const app::Outcome& outcome) : rules_(rules), rated_(*outcome.rated) {}

  std::string render() {
    header();
    ratings();
    for (const auto& s : rated_.result.standards)
      if (rules_.standards[s.standard].casework()) casework(s);
    // A ratings-only inspection has no cases, so no findings.
    if (rated_.analysis && !rated_.inspection.ratings_only) findings();
    return std::move(out_);
  }

 private:
  void line(std::string_view text = {}) {
    out_ += text;
    out_ += '\n';
  }
  void row(const std::vector<std::string>& cells) {
    std::string text = "|";
    for (const auto& c : cells) text += c.empty() ? " |" : " " + c + " |";
    line(text);
  }

  void header() {
    const auto& insp = rated_.inspection;
    std::string title = insp.name.empty() ? insp.file : insp.name;
    if (!insp.fieldwork.empty()) title += fmt::format(" (fieldwork {})", insp.fieldwork);
    // A what-if's tables must not pass for the inspection's.
    if (rated_.what_if) title += " · what if";
    line("# " + cell(title));
    line();
  }

  std::string standard_rating(const engine::StandardResult& s) const {
    const auto& def = rules_.standards[s.standard];
    if (s.basis == engine::Basis::NotRatedByDesign) return "not rated by design (not scored)";
    std::string text = rating_or_range(rules_, s.rating, s.lowest, s.highest);
    // The score leaves it out: said, so the points do not seem to be missing.
    if (!def.scored) text += " (not scored)";
    return text;
  }

  void ratings() {
    line("## Ratings");
    line();
    row({"Standard", "Name", "Rating"});
    line("|---|---|---|");
    for (const auto& s : rated_.result.standards) {
      const auto& def = rules_.standards[s.standard];
      row({cell(def.id), cell(def.name), cell(standard_rating(s))});
    }
    const auto& r = rated_.result;
    // Bold as the report's ratings page prints them.
    row({"", "**Score**", bold(score_text(r))});
    row({"", "**Overall rating**", bold(cell(rating_or_range(rules_, r.overall, r.overall_lowest, r.overall_highest)))});
    line();
  }

  void casework(const engine::StandardResult& s) {
    const auto& def = rules_.standards[s.standard];
    line(fmt::format("### {} {}", cell(def.id), cell(def.name)));
    line();
    line(cell(standard_rating(s)));
    line();
    // No cases to tabulate: a rating given, or none by design; say which instead of a table.
    if (s.basis == engine::Basis::Inspectors || s.basis == engine::Basis::NotRatedByDesign) {
      line(cell(s.basis == engine::Basis::Inspectors ? given_not_computed(rated_, s.standard) : def.not_rated_when));
      line();
      return;
    }
    row({"Key question", "Percentage 'Yes'", "Yes/relevant"});
    line("|---|---:|---:|");
    for (const auto& kq : s.key_questions) key_question(kq);
    line();
  }

  void key_question(const engine::KeyQuestionResult& kq) {
    const auto& q = rules_.questions[kq.question];
    const std::string question = cell(q.text.empty() ? q.topic : q.text);
    if (!kq.present) {
      row({question, "no column in the input", ""});
      return;
    }
    const auto& t = kq.tally;
    std::string pct = t.relevant() == 0 ? "" : whole_percent(t);
    // Without a band it does not count towards the rating: say why beside its figures.
    if (!kq.band) pct += (pct.empty() ? "" : " ") + std::string("(") + no_band(t) + ")";
    const std::string counts = fmt::format("{}/{}", t.yes, t.relevant());
    if (kq.drives) row({bold(question), bold(pct), bold(counts)});
    else row({question, pct, counts});
  }

  void findings() {
    const auto& list = rated_.analysis->findings;
    if (list.empty()) return;
    line("## Findings");
    line();
    row({"Finding", "Question", "Yes"});
    line("|---|---|---|");
    for (const auto& f : list) {
      const auto& def = rules_.findings[f.finding];
      row({cell(def.short_id), cell(def.text.empty() ? def.topic : def.text), out_of(f.tally)});
    }
    line();
  }

  const rules::Rules& rules_;
  const app::Rated& rated_;
  std::string out_;
};

}  // namespace

std::string cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options&) {
  return Markdown(rules, outcome).render();
}

}  // namespace pdurate::report::markdown
