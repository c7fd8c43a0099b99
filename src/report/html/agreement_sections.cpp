// pdu-rate agree's HTML page after the agreement: the ratings under FIRST, SECOND and
// moderated, the disagreements that decide a rating, every disagreement, the cases in one
// input only. The same content and wording as the text and Markdown reports.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/report/wording.hpp"
#include "report/agreement_wording.hpp"
#include "report/html/agreement_page.hpp"
#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

namespace words = report::agreement;

// A standard's rating in one of the results, as a chip (the rate page's).
void standard_chip(const AgreementPage& p, const engine::Result& r, std::size_t s) {
  const auto& x = r.standards[s];
  if (x.basis == engine::Basis::NotRatedByDesign) p.out.element("span", {{"class", "rating none"}}, "not rated by design");
  else rating_chip(p.out, p.rules, x.rating, x.lowest, x.highest);
}

void total_rows(const AgreementPage& p, const engine::Consequence& c) {
  auto& out = p.out;
  out.open("tr", {{"class", "total"}}).element("th", {{"scope", "row"}}, "Score");
  for (const auto* r : {&c.first, &c.second, &c.moderated}) out.element("td", score_text(*r));
  out.close();
  out.open("tr", {{"class", "total"}}).element("th", {{"scope", "row"}}, "Overall rating");
  for (const auto* r : {&c.first, &c.second, &c.moderated}) {
    out.open("td");
    rating_chip(out, p.rules, r->overall, r->overall_lowest, r->overall_highest);
    out.close();
  }
  out.close();
}

bool decides(const engine::Consequence& c, std::size_t slot, const engine::Disagreement& d) {
  for (const auto& p : c.pivotal)
    if (p.slot == slot && p.disagreement.first_case == d.first_case) return true;
  return false;
}

std::string ids(const model::CaseSet& cases, const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "none";
  std::vector<std::string_view> list;
  for (auto i : indices) list.push_back(cases.id(i));
  return fmt::format("{}", fmt::join(list, ", "));
}

}  // namespace

void agreement_ratings(const AgreementPage& p) {
  const auto& c = *p.agreement.consequence;
  auto& out = p.out;
  out.open("section", {{"class", "part tail"}, {"id", "ratings"}}).element("h2", "Ratings");
  out.open("table", {{"class", "ratings agreement-ratings"}});
  out.element("caption", "Each standard's rating and the overall rating under FIRST, under SECOND, and moderated.");
  header_row(out, {{"Standard", false}, {"FIRST", false}, {"SECOND", false}, {"Moderated", false}});
  out.open("tbody");
  for (std::size_t s = 0; s < p.rules.standards.size(); ++s) {
    const auto& def = p.rules.standards[s];
    out.open("tr", {{"data-standard", def.id}}).element("td", fmt::format("{} {}", def.id, def.name));
    for (const auto* r : {&c.first, &c.second, &c.moderated}) {
      out.open("td");
      standard_chip(p, *r, s);
      out.close();
    }
    out.close();
  }
  total_rows(p, c);
  out.close().close();
  out.element("p", {{"class", "quiet"}}, words::one_line(words::moderated_note(p.agreement)));
  out.close();
}

void agreement_pivotal(const AgreementPage& p) {
  const auto& c = *p.agreement.consequence;
  auto& out = p.out;
  out.open("section", {{"class", "part tail"}, {"id", "pivotal"}}).element("h2", words::kPivotalHeading);
  if (c.pivotal.empty()) return (void)out.element("p", std::string(words::kNoPivotal)).close();
  const auto& cases = p.agreement.first.rated->inspection.cases;
  out.open("table", {{"class", "pivotal"}});
  header_row(out, {{"Question", false}, {"Case", false}, {"SECOND", false}, {"FIRST", false}, {"Standard", false},
                   {"As moderated", false}, {"With FIRST's answer", false}, {"Overall as moderated", false},
                   {"Overall with FIRST's answer", false}});
  out.open("tbody");
  for (const auto& x : c.pivotal) {
    const auto& d = x.disagreement;
    out.open("tr");
    for (const auto& cell : {p.rules.slot_id(x.slot), std::string(cases.id(d.first_case)),
                             std::string(model::to_string(d.second)), std::string(model::to_string(d.first)),
                             p.rules.standards[x.standard].id, words::level_text(p.rules, x.rating_second),
                             words::level_text(p.rules, x.rating_first), words::level_text(p.rules, x.overall_second),
                             words::level_text(p.rules, x.overall_first)})
      out.element("td", cell);
    out.close();
  }
  out.close().close().close();
}

void agreement_disagreements(const AgreementPage& p) {
  const auto& a = p.agreement;
  const auto& cases = a.first.rated->inspection.cases;
  auto& out = p.out;
  out.open("section", {{"class", "part tail"}, {"id", "disagreements"}});
  std::size_t n = 0;
  for (const auto& q : a.questions) n += q.disagreements.size();
  if (n == 0) return (void)out.element("h2", "Disagreements").element("p", "None.").close();
  out.element("h2", fmt::format("Disagreements (FIRST {} SECOND)", words::kArrow));
  out.open("table", {{"class", "disagreements"}});
  header_row(out, {{"Question", false}, {"Case", false}, {"FIRST", false}, {"SECOND", false}, {"About", false},
                   {"Decides a rating", false}});
  out.open("tbody");
  for (const auto& q : a.questions)
    for (const auto& d : q.disagreements) {
      out.open("tr");
      for (const auto& cell : {p.rules.slot_id(q.slot), std::string(cases.id(d.first_case)),
                               std::string(model::to_string(d.first)), std::string(model::to_string(d.second)),
                               std::string(d.applicability() ? "applicability" : ""),
                               std::string(decides(*a.consequence, q.slot, d) ? "yes" : "")})
        out.element("td", cell);
      out.close();
    }
  out.close().close().close();
}

void agreement_one_input(const AgreementPage& p) {
  const auto& a = p.agreement;
  auto& out = p.out;
  out.open("section", {{"class", "part tail"}, {"id", "one-input"}}).element("h2", "Cases in one input only");
  out.open("p").element("strong", fmt::format("Only in FIRST ({}): ", a.match.only_first.size()));
  out.text(ids(a.first.rated->inspection.cases, a.match.only_first)).close();
  out.open("p").element("strong", fmt::format("Only in SECOND ({}): ", a.match.only_second.size()));
  out.text(ids(a.second.rated->inspection.cases, a.match.only_second)).close();
  out.close();
}

}  // namespace pdurate::report::html
