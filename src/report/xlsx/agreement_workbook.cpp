// pdu-rate agree as a workbook (pdurate/report/xlsx.hpp, agreement): the agreement per key
// question and finding, and the ratings under FIRST, SECOND and moderated. The sheets of cases
// (the disagreements, the cases in one input only) are agreement_cases.cpp's.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/report/xlsx.hpp"
#include "pdurate/report/wording.hpp"
#include "report/agreement_wording.hpp"
#include "report/xlsx/agreement_sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

namespace words = report::agreement;

enum Col : std::size_t {
  kQuestion, kKind, kTopic, kCases, kApplicable, kBothNa, kNaVsYn, kYnDiffer, kAgree,
  kKappa, kKappaLow, kKappaHigh, kMisleading, kAc1, kAc1Low, kAc1High, kCaseIds
};

std::vector<std::string> agreement_headings(double level) {
  return {"Question", "Kind", "Topic", "Cases both judged", "Both applicable (Y/N)", "Both N/A", "N/A vs Y/N",
          "Y/N differ", "Agreement", "Kappa", fmt::format("Kappa low ({:g}%)", level),
          fmt::format("Kappa high ({:g}%)", level), "Kappa misleading", "AC1", fmt::format("AC1 low ({:g}%)", level),
          fmt::format("AC1 high ({:g}%)", level), "Disagreeing cases"};
}

void coefficient_cells(Sheet& sheet, std::size_t row, std::size_t col, const std::optional<engine::Coefficient>& c) {
  if (!c) return;
  sheet.number(row, col, c->value, Style::Decimal);
  sheet.number(row, col + 1, c->interval.low, Style::Decimal);
  sheet.number(row, col + 2, c->interval.high, Style::Decimal);
}

void agreement_row(Sheet& sheet, std::size_t row, const rules::Rules& rules, const app::Agreement& a,
                   const engine::QuestionAgreement& q) {
  const bool finding = rules.is_finding_slot(q.slot);
  sheet.text(row, kQuestion, rules.slot_id(q.slot), Style::Bold);
  sheet.text(row, kKind, finding ? "finding" : "key question");
  sheet.text(row, kTopic, finding ? rules.findings[q.slot - rules.questions.size()].topic : rules.questions[q.slot].topic);
  sheet.count(row, kCases, q.judged());
  sheet.count(row, kApplicable, q.both_applicable());
  sheet.count(row, kBothNa, q.both_not_applicable());
  sheet.count(row, kNaVsYn, q.applicability_disagreements());
  sheet.count(row, kYnDiffer, q.yes_no_disagreements());
  sheet.fraction(row, kAgree, q.agreement);
  coefficient_cells(sheet, row, kKappa, q.kappa);
  if (q.kappa_misleading()) sheet.text(row, kMisleading, "yes");
  coefficient_cells(sheet, row, kAc1, q.ac1);
  std::vector<std::string_view> ids;
  for (const auto& d : q.disagreements) ids.push_back(a.first.rated->inspection.cases.id(d.first_case));
  sheet.text(row, kCaseIds, fmt::format("{}", fmt::join(ids, ", ")), Style::Wrap);
}

void agreement_sheet(Workbook& book, const rules::Rules& rules, const app::Agreement& a) {
  Sheet& sheet = book.add_sheet("Agreement");
  const auto headings = agreement_headings(a.level);
  sheet.header(0, headings);
  std::size_t row = 1;
  for (const auto& q : a.questions) agreement_row(sheet, row++, rules, a, q);
  sheet.freeze(1, 1);
  sheet.table("Agreement", headings, a.questions.size());
  // Below the table, in the text report's words, running across the empty cells (not widening column A).
  row += 1;
  sheet.text(row++, kQuestion, fmt::format("FIRST: {}; SECOND: {}. Agreement, kappa and AC1 on Yes/No where both found "
                                           "the question applicable.", words::input_line(a.first),
                                           words::input_line(a.second)),
             Style::Subtitle);
  if (words::any_kappa_misleading(a))
    sheet.text(row++, kQuestion, words::one_line(words::kappa_note()).substr(2), Style::Subtitle);
}

enum RatingCol : std::size_t { kStandard, kName, kFirst, kSecond, kModerated };

void ratings_sheet(Workbook& book, const rules::Rules& rules, const app::Agreement& a) {
  const auto& c = *a.consequence;
  Sheet& sheet = book.add_sheet("Ratings");
  sheet.header(0, {"Standard", "Name", "FIRST", "SECOND", "Moderated"});
  std::size_t row = 1;
  for (std::size_t s = 0; s < rules.standards.size(); ++s, ++row) {
    sheet.text(row, kStandard, rules.standards[s].id, Style::Bold);
    sheet.text(row, kName, rules.standards[s].name);
    std::size_t col = kFirst;
    for (const auto* r : {&c.first, &c.second, &c.moderated}) sheet.text(row, col++, words::standard_cell(rules, *r, s));
  }
  sheet.text(row, kStandard, "Score", Style::Bold);
  sheet.text(row + 1, kStandard, "Overall rating", Style::Bold);
  std::size_t col = kFirst;
  for (const auto* r : {&c.first, &c.second, &c.moderated}) {
    if (r->score) sheet.number(row, col, *r->score);
    else sheet.text(row, col, score_text(*r));
    sheet.text(row + 1, col++, words::overall_cell(rules, *r), Style::Bold);
  }
  sheet.text(row + 3, kStandard, words::one_line(words::moderated_note(a)), Style::Subtitle);
  sheet.freeze(1, 1);
}

}  // namespace

std::string agreement(const rules::Rules& command_rules, const app::Agreement& a, const Options&) {
  const auto& rules = a.rules(command_rules);
  Workbook book;
  book.properties(fmt::format("Agreement: {} and {}", a.first.file, a.second.file),
                  "Agreement between two judgings by pdu-rate under " + rules.name);
  agreement_sheet(book, rules, a);
  ratings_sheet(book, rules, a);
  disagreements_sheet(book, rules, a);
  one_input_sheet(book, a);
  return book.bytes();
}

}  // namespace pdurate::report::xlsx
