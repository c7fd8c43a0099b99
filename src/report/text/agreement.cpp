// pdu-rate agree as text (report/agreement.hpp).
#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/agreement.hpp"
#include "pdurate/report/wording.hpp"
#include "report/agreement_wording.hpp"

namespace pdurate::report::agreement {
namespace {

constexpr std::size_t kLineWidth = 100;  // lists of case ids are wrapped to it

// Display width of UTF-8 text: its code points (the ratings and ids here are not wide characters).
std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char ch : text) n += (ch & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Ids, comma-separated, wrapped after `indent` spaces; "none" for no id.
std::string id_list(const model::CaseSet& cases, const std::vector<std::size_t>& indices, std::size_t indent) {
  if (indices.empty()) return "none";
  std::string out, line;
  for (std::size_t i = 0; i < indices.size(); ++i) {
    const std::string id = std::string(cases.id(indices[i])) + (i + 1 < indices.size() ? "," : "");
    if (!line.empty() && indent + line.size() + 1 + id.size() > kLineWidth) {
      out += line + "\n" + std::string(indent, ' ');
      line.clear();
    }
    line += (line.empty() ? "" : " ") + id;
  }
  return out + line;
}

// "0.86  0.60 to 1.00", or "-" where there is no coefficient.
std::string coefficient(const std::optional<engine::Coefficient>& c) {
  if (!c) return fmt::format("{:>5}  {:<13}", "-", "");
  return fmt::format("{:>5.2f}  {:<13}", c->value, interval_text(*c));
}

std::string question_row(const rules::Rules& rules, const engine::QuestionAgreement& q) {
  const std::string agree = agree_percent(q);
  return fmt::format("  {:<16} {:>5} {:>5} {:>6}  {} {}  {} {:>10} {:>10}\n", rules.slot_id(q.slot), q.judged(),
                     q.both_applicable(), agree, coefficient(q.kappa), q.kappa_misleading() ? "*" : " ",
                     coefficient(q.ac1), q.applicability_disagreements(), q.yes_no_disagreements());
}

// The table of key questions (findings == false) or of findings; "" when there are none.
std::string question_table(const rules::Rules& rules, const app::Agreement& a, bool findings) {
  std::string rows;
  for (const auto& q : a.questions)
    if (rules.is_finding_slot(q.slot) == findings) rows += question_row(rules, q);
  if (rows.empty()) return "";
  return fmt::format("\n{}: agreement on Yes/No where both found the question applicable ({}% intervals)\n"
                     "  {:<16} {:>5} {:>5} {:>6}  {:>5}  {:<13}    {:>5}  {:<13} {:>10} {:>10}\n{}",
                     findings ? "Findings" : "Key questions", a.level, findings ? "Finding" : "Question", "Cases",
                     "Y/N", "Agree", "Kappa", "interval", "AC1", "interval", "N/A vs Y/N", "Y/N differ", rows);
}

// The notes under the tables: where kappa misleads, and where an interval is a single point.
std::string notes(const app::Agreement& a) {
  return (any_kappa_misleading(a) ? kappa_note() : "") + (any_point_interval(a) ? point_note() : "");
}

std::string disagreements(const rules::Rules& rules, const app::Agreement& a) {
  std::string out;
  const auto& cases = a.first.rated->inspection.cases;
  for (const auto& q : a.questions)
    for (const auto& d : q.disagreements)
      out += fmt::format("  {:<16} {:<10} {} {} {}{}\n", rules.slot_id(q.slot), cases.id(d.first_case),
                         model::to_string(d.first), kArrow, model::to_string(d.second),
                         d.applicability() ? "  (applicability)" : "");
  if (out.empty()) return "\nDisagreements: none\n";
  return "\nDisagreements (FIRST " + std::string(kArrow) + " SECOND)\n" + out;
}

}  // namespace

namespace {

// Rows of cells in columns as wide as their widest cell.
std::string columns(const std::vector<std::array<std::string, 4>>& rows) {
  std::array<std::size_t, 4> width{};
  for (const auto& r : rows)
    for (std::size_t i = 0; i < 4; ++i) width[i] = std::max(width[i], display_width(r[i]));
  std::string out;
  for (const auto& r : rows) {
    std::string line = "  ";
    for (std::size_t i = 0; i < 4; ++i)
      line += r[i] + std::string(i + 1 < 4 ? width[i] - display_width(r[i]) + 2 : 0, ' ');
    out += line + "\n";
  }
  return out;
}

std::string ratings(const rules::Rules& rules, const app::Agreement& a) {
  const auto& c = *a.consequence;
  std::vector<std::array<std::string, 4>> rows{{"", "FIRST", "SECOND", "Moderated"}};
  for (std::size_t s = 0; s < rules.standards.size(); ++s)
    rows.push_back({rules.standards[s].id, standard_cell(rules, c.first, s), standard_cell(rules, c.second, s),
                    standard_cell(rules, c.moderated, s)});
  rows.push_back({"Score", score_text(c.first), score_text(c.second), score_text(c.moderated)});
  rows.push_back({"Overall", overall_cell(rules, c.first), overall_cell(rules, c.second),
                  overall_cell(rules, c.moderated)});
  return "\nRatings\n" + columns(rows) + moderated_note(a);
}

std::string pivotal(const rules::Rules& rules, const app::Agreement& a) {
  const auto& c = *a.consequence;
  std::string out = fmt::format("\n{}\n", kPivotalHeading);
  if (c.pivotal.empty()) return fmt::format("{}  {}\n", out, kNoPivotal);
  const auto& cases = a.first.rated->inspection.cases;
  for (const auto& p : c.pivotal) {
    const auto& d = p.disagreement;
    const std::string overall =
        p.overall_first == p.overall_second
            ? fmt::format("overall {} either way", level_text(rules, p.overall_second))
            : fmt::format("overall {} {} {}", level_text(rules, p.overall_second), kArrow,
                          level_text(rules, p.overall_first));
    out += fmt::format("  {} case {}: SECOND {}, FIRST {}: {} {} as moderated {} {} with FIRST's answer; {}\n",
                       rules.slot_id(p.slot), cases.id(d.first_case), model::to_string(d.second),
                       model::to_string(d.first), rules.standards[p.standard].id, level_text(rules, p.rating_second),
                       kArrow, level_text(rules, p.rating_first), overall);
  }
  return out;
}

std::string one_side_only(const app::Agreement& a) {
  const auto& m = a.match;
  const std::string first = fmt::format("Only in FIRST ({}): ", m.only_first.size());
  const std::string second = fmt::format("Only in SECOND ({}): ", m.only_second.size());
  return fmt::format("\n{}{}\n{}{}\n", first, id_list(a.first.rated->inspection.cases, m.only_first, first.size()),
                     second, id_list(a.second.rated->inspection.cases, m.only_second, second.size()));
}

}  // namespace

std::string text(const rules::Rules& command_rules, const app::Agreement& a, const Options&) {
  const auto& rules = a.rules(command_rules);
  std::string out = fmt::format("FIRST:  {}\nSECOND: {}\nrules:  {}\ncases:  {} judged by both, {} only in FIRST, "
                                "{} only in SECOND\n",
                                input_line(a.first), input_line(a.second), app::describe(rules), a.match.both.size(),
                                a.match.only_first.size(), a.match.only_second.size());
  out += question_table(rules, a, false);
  out += question_table(rules, a, true);
  out += notes(a);
  out += disagreements(rules, a);
  out += ratings(rules, a);
  out += pivotal(rules, a);
  return out + one_side_only(a);
}

}  // namespace pdurate::report::agreement
