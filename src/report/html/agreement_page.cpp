// pdu-rate agree as one self-contained HTML page (pdurate/report/html.hpp, agreement): the
// two inputs; per key question and finding the agreement as a table, and kappa and AC1 with
// their intervals as a chart; then the ratings, the disagreements that decide one, every
// disagreement and the cases in one input only (agreement_sections.cpp). The wording is the
// text report's (report/agreement_wording.hpp).
#include <filesystem>
#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/html.hpp"
#include "pdurate/util/version.hpp"
#include "report/agreement_wording.hpp"
#include "report/html/agreement_chart.hpp"
#include "report/html/agreement_page.hpp"
#include "report/html/frame.hpp"
#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

namespace words = report::agreement;

// The inspection's name, else the file's name without its folder (the list under the title has the path).
std::string name_of(const app::Outcome& o) {
  return o.name.empty() ? std::filesystem::path(o.file).filename().string() : o.name;
}

void header(const AgreementPage& p) {
  const auto& a = p.agreement;
  auto& out = p.out;
  out.open("header").element("h1", fmt::format("Agreement: {} and {}", name_of(a.first), name_of(a.second)));
  out.open("ul", {{"class", "notes"}});
  out.element("li", "FIRST: " + words::input_line(a.first));
  out.element("li", "SECOND: " + words::input_line(a.second));
  out.element("li", "Rules: " + app::describe(p.rules));
  out.element("li", fmt::format("Cases: {} judged by both, {} only in FIRST, {} only in SECOND", a.match.both.size(),
                                a.match.only_first.size(), a.match.only_second.size()));
  out.close().close();
}

std::string coefficient(const std::optional<engine::Coefficient>& c) { return c ? fmt::format("{:.2f}", c->value) : "-"; }
std::string interval(const std::optional<engine::Coefficient>& c) { return c ? words::interval_text(*c) : ""; }

void question_row(const AgreementPage& p, const engine::QuestionAgreement& q) {
  auto& out = p.out;
  const auto cell = [&out](const std::string& text) { out.element("td", {{"class", "num"}}, text); };
  out.open("tr").element("td", p.rules.slot_id(q.slot));
  cell(std::to_string(q.judged()));
  cell(std::to_string(q.both_applicable()));
  cell(words::agree_percent(q));
  cell(coefficient(q.kappa) + (q.kappa_misleading() ? " *" : ""));
  out.element("td", interval(q.kappa));
  cell(coefficient(q.ac1));
  out.element("td", interval(q.ac1));
  cell(std::to_string(q.applicability_disagreements()));
  cell(std::to_string(q.yes_no_disagreements()));
  out.close();
}

// The key questions (findings == false) or the findings; nothing when there are none.
void question_table(const AgreementPage& p, bool findings) {
  const auto& a = p.agreement;
  bool any = false;
  for (const auto& q : a.questions) any = any || p.rules.is_finding_slot(q.slot) == findings;
  if (!any) return;
  auto& out = p.out;
  if (findings) out.element("h3", "Findings");
  out.open("table", {{"class", "agreement"}});
  out.element("caption", fmt::format("Agreement on Yes/No where both found the {} applicable ({} intervals).",
                                     findings ? "finding" : "question", level_text(a.level)));
  header_row(out, {{findings ? "Finding" : "Question", false}, {"Cases", true}, {"Y/N", true}, {"Agree", true},
                   {"Kappa", true}, {"Kappa interval", false}, {"AC1", true}, {"AC1 interval", false},
                   {"N/A vs Y/N", true}, {"Y/N differ", true}});
  out.open("tbody");
  for (const auto& q : a.questions)
    if (p.rules.is_finding_slot(q.slot) == findings) question_row(p, q);
  out.close().close();
}

void chart(const AgreementPage& p) {
  const std::string svg = agreement_chart(p.rules, p.agreement);
  if (svg.empty()) return;
  p.out.open("figure").raw(svg);
  p.out.element("figcaption",
                fmt::format("Kappa (pale) and AC1 (dark) per key question on the cases both found applicable; the "
                            "whiskers are their {} intervals; * kappa is misleading there.",
                            level_text(p.agreement.level)));
  p.out.close();
}

void agreement_part(const AgreementPage& p) {
  const auto& a = p.agreement;
  auto& out = p.out;
  out.open("section", {{"class", "part tail"}, {"id", "agreement"}}).element("h2", "Key questions");
  chart(p);
  question_table(p, false);
  if (words::any_kappa_misleading(a)) out.element("p", {{"class", "quiet"}}, words::one_line(words::kappa_note()));
  if (words::any_point_interval(a)) out.element("p", {{"class", "quiet"}}, words::one_line(words::point_note()));
  question_table(p, true);
  out.close();
}

void footer(const AgreementPage& p) {
  p.out.open("footer");
  p.out.element("p", fmt::format("Compared by pdu-rate {} under the rules {} ({}). Cohen's kappa with the standard "
                                 "error of Fleiss, Cohen & Everitt (1969); Gwet's AC1 (2008); normal-approximation "
                                 "intervals, clipped to -1 and 1.",
                                 util::version(), p.rules.id, p.rules.file));
  p.out.close();
}

}  // namespace

std::string agreement(const rules::Rules& command_rules, const app::Agreement& a, const Options&) {
  const auto& rules = a.rules(command_rules);
  Markup out;
  open_page(out, fmt::format("{} and {} · agreement", name_of(a.first), name_of(a.second)));
  const AgreementPage page{rules, a, out};
  header(page);
  agreement_part(page);
  agreement_ratings(page);
  agreement_pivotal(page);
  agreement_disagreements(page);
  agreement_one_input(page);
  footer(page);
  close_page(out);
  return std::move(out).str();
}

}  // namespace pdurate::report::html
