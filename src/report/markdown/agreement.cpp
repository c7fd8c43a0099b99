// pdu-rate agree as Markdown (report/agreement.hpp): the text report's content as GFM tables.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/agreement.hpp"
#include "pdurate/report/wording.hpp"
#include "report/agreement_wording.hpp"
#include "report/markdown/blocks.hpp"

namespace pdurate::report::agreement {
namespace {

using markdown::bold;
using markdown::paragraph;
using markdown::table;
using Rows = std::vector<std::vector<std::string>>;

// A list item: a paragraph without the blank line, so that the items make one list.
std::string item(const std::string& text) {
  std::string p = paragraph(text);
  p.pop_back();
  return "- " + p;
}

std::string header(const rules::Rules& rules, const app::Agreement& a) {
  return "# Agreement between two judgings\n\n" + item("FIRST: " + input_line(a.first)) +
         item("SECOND: " + input_line(a.second)) + item("Rules: " + app::describe(rules)) +
         item(fmt::format("Cases: {} judged by both, {} only in FIRST, {} only in SECOND", a.match.both.size(),
                          a.match.only_first.size(), a.match.only_second.size()));
}

std::string coefficient(const std::optional<engine::Coefficient>& c) { return c ? fmt::format("{:.2f}", c->value) : "-"; }
std::string interval(const std::optional<engine::Coefficient>& c) { return c ? interval_text(*c) : ""; }

// The key questions (findings == false) or the findings; "" when there are none.
std::string question_table(const rules::Rules& rules, const app::Agreement& a, bool findings) {
  Rows rows;
  for (const auto& q : a.questions) {
    if (rules.is_finding_slot(q.slot) != findings) continue;
    rows.push_back({rules.slot_id(q.slot), std::to_string(q.judged()), std::to_string(q.both_applicable()),
                    agree_percent(q), coefficient(q.kappa) + (q.kappa_misleading() ? " \\*" : ""),
                    interval(q.kappa), coefficient(q.ac1), interval(q.ac1),
                    std::to_string(q.applicability_disagreements()), std::to_string(q.yes_no_disagreements())});
  }
  if (rows.empty()) return "";
  return fmt::format("## {}\n\n", findings ? "Findings" : "Key questions") +
         paragraph(fmt::format("Agreement on Yes/No where both found the question applicable ({}% intervals).",
                               a.level)) +
         table({findings ? "Finding" : "Question", "Cases", "Y/N", "Agree", "Kappa", "Kappa interval", "AC1",
                "AC1 interval", "N/A vs Y/N", "Y/N differ"},
               "lrrrrlrlrr", rows);
}

std::string notes(const app::Agreement& a) {
  return (any_kappa_misleading(a) ? paragraph(kappa_note()) : "") + (any_point_interval(a) ? paragraph(point_note()) : "");
}

std::string disagreements(const rules::Rules& rules, const app::Agreement& a) {
  const auto& cases = a.first.rated->inspection.cases;
  Rows rows;
  for (const auto& q : a.questions)
    for (const auto& d : q.disagreements)
      rows.push_back({rules.slot_id(q.slot), std::string(cases.id(d.first_case)), std::string(model::to_string(d.first)),
                      std::string(model::to_string(d.second)), d.applicability() ? "applicability" : ""});
  if (rows.empty()) return "## Disagreements\n\nNone.\n\n";
  return fmt::format("## Disagreements (FIRST {} SECOND)\n\n", kArrow) +
         table({"Question", "Case", "FIRST", "SECOND", "About"}, "lllll", rows);
}

std::string ratings(const rules::Rules& rules, const app::Agreement& a) {
  const auto& c = *a.consequence;
  Rows rows;
  for (std::size_t s = 0; s < rules.standards.size(); ++s)
    rows.push_back({rules.standards[s].id, standard_cell(rules, c.first, s), standard_cell(rules, c.second, s),
                    standard_cell(rules, c.moderated, s)});
  rows.push_back({bold("Score"), bold(score_text(c.first)), bold(score_text(c.second)), bold(score_text(c.moderated))});
  rows.push_back({bold("Overall"), bold(overall_cell(rules, c.first)), bold(overall_cell(rules, c.second)),
                  bold(overall_cell(rules, c.moderated))});
  return "## Ratings\n\n" + table({"Standard", "FIRST", "SECOND", "Moderated"}, "llll", rows) +
         paragraph(moderated_note(a));
}

std::string pivotal(const rules::Rules& rules, const app::Agreement& a) {
  const auto& c = *a.consequence;
  std::string out = fmt::format("## {}\n\n", kPivotalHeading);
  if (c.pivotal.empty()) return out + paragraph(std::string(kNoPivotal));
  const auto& cases = a.first.rated->inspection.cases;
  Rows rows;
  for (const auto& p : c.pivotal) {
    const auto& d = p.disagreement;
    rows.push_back({rules.slot_id(p.slot), std::string(cases.id(d.first_case)), std::string(model::to_string(d.second)),
                    std::string(model::to_string(d.first)), rules.standards[p.standard].id,
                    level_text(rules, p.rating_second), level_text(rules, p.rating_first),
                    level_text(rules, p.overall_second), level_text(rules, p.overall_first)});
  }
  return out + table({"Question", "Case", "SECOND", "FIRST", "Standard", "As moderated", "With FIRST's answer",
                      "Overall as moderated", "Overall with FIRST's answer"},
                     "lllllllll", rows);
}

std::string ids(const model::CaseSet& cases, const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "none";
  std::vector<std::string_view> list;
  for (auto i : indices) list.push_back(cases.id(i));
  return fmt::format("{}", fmt::join(list, ", "));
}

std::string one_side_only(const app::Agreement& a) {
  const auto& m = a.match;
  return "## Cases in one input only\n\n" +
         fmt::format("**Only in FIRST ({}):** ", m.only_first.size()) +
         paragraph(ids(a.first.rated->inspection.cases, m.only_first)) +
         fmt::format("**Only in SECOND ({}):** ", m.only_second.size()) +
         paragraph(ids(a.second.rated->inspection.cases, m.only_second));
}

}  // namespace

std::string markdown(const rules::Rules& command_rules, const app::Agreement& a, const Options&) {
  const auto& rules = a.rules(command_rules);
  std::string out = header(rules, a) + "\n";
  out += question_table(rules, a, false);
  out += question_table(rules, a, true);
  out += notes(a);
  out += disagreements(rules, a);
  out += ratings(rules, a);
  out += pivotal(rules, a);
  out += one_side_only(a);
  out.pop_back();  // one newline at the end
  return out;
}

}  // namespace pdurate::report::agreement
