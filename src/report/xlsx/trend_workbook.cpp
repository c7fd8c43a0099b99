// pdu-rate compare as a data workbook (report/xlsx.hpp): Inspections (a row each), Ratings (a
// row per standard, then the score and the overall rating; a column per inspection), Key
// questions and Findings (a row per question: Yes, relevant and % Yes in each inspection as
// numbers, then each change in percentage points with its interval and whether it leaves out 0).
#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/report/xlsx.hpp"
#include "report/trend_wording.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

using trend_wording::letter;

// Percentage points at full precision, shown to two decimals as the JSON gives them: a workbook
// is for further calculation, so it keeps every digit (as agree's does).
double points(double difference) { return difference * 100; }

void trend_inspections_sheet(Workbook& book, const rules::Rules& rules, const app::TrendReport& report) {
  Sheet& sheet = book.add_sheet("Inspections");
  const std::vector<std::string> headings{"Inspection", "Name", "Fieldwork", "Rules", "File"};
  sheet.header(0, headings);
  const auto& list = report.inspections;
  for (std::size_t i = 0; i < list.size(); ++i) {
    sheet.text(i + 1, 0, letter(i), Style::Bold);
    sheet.text(i + 1, 1, list[i].name);
    sheet.text(i + 1, 2, list[i].fieldwork);
    sheet.text(i + 1, 3, app::rules_of(list[i], rules).id);
    sheet.text(i + 1, 4, list[i].file);
  }
  sheet.table("Inspections", headings, list.size());
  sheet.text(list.size() + 2, 0, trend_wording::rules_sentence(rules, report), Style::Subtitle);
}

void ratings_sheet(Workbook& book, const engine::Trend& p) {
  Sheet& sheet = book.add_sheet("Ratings");
  std::vector<std::string> headings{"Standard", "Name"};
  for (std::size_t i = 0; i < p.overall.size(); ++i) headings.push_back(letter(i));
  sheet.header(0, headings);
  std::size_t row = 1;
  for (const auto& s : p.standards) {
    sheet.text(row, 0, s.id, Style::Bold);
    sheet.text(row, 1, s.name);
    for (std::size_t i = 0; i < s.ratings.size(); ++i) sheet.text(row, 2 + i, trend_wording::rating_cell(s.ratings[i]));
    ++row;
  }
  sheet.text(row, 0, "Score", Style::Bold);
  sheet.text(row, 1, fmt::format("out of {}", p.scores.front().max_score));
  for (std::size_t i = 0; i < p.scores.size(); ++i) {
    if (p.scores[i].score) sheet.number(row, 2 + i, *p.scores[i].score);
    else sheet.text(row, 2 + i, trend_wording::score_cell(p.scores[i]));
  }
  sheet.text(++row, 0, "Overall", Style::Bold);
  for (std::size_t i = 0; i < p.overall.size(); ++i) sheet.text(row, 2 + i, trend_wording::rating_cell(p.overall[i]));
  sheet.table("Ratings", headings, row);
  sheet.freeze(1, 2);
}

std::vector<std::string> question_headings(const engine::Trend& p, std::string first, double level) {
  const std::string under = first == "Finding" ? "Under" : "Standard";
  std::vector<std::string> h{std::move(first), "Topic", under};
  for (std::size_t i = 0; i < p.overall.size(); ++i)
    for (const auto* what : {"Yes", "relevant", "% Yes"}) h.push_back(fmt::format("{} {}", letter(i), what));
  for (std::size_t i = 1; i < p.overall.size(); ++i) {
    const auto change = fmt::format("{}-{}", letter(i), letter(i - 1));
    h.push_back(change + " change (points)");
    h.push_back(fmt::format("{} low ({:g}%)", change, level));
    h.push_back(fmt::format("{} high ({:g}%)", change, level));
    h.push_back(change + " excludes 0");
  }
  return h;
}

void question_row(Sheet& sheet, std::size_t row, const std::vector<engine::QuestionTrend>& list,
                  const engine::QuestionTrend& q, bool finding) {
  sheet.text(row, 0, trend_wording::shown_id(list, q), Style::Bold);
  sheet.text(row, 1, q.topic);
  sheet.text(row, 2, finding ? (q.parent.empty() ? "free-standing" : q.parent) : q.standard);
  std::size_t col = 3;
  for (const auto& point : q.points) {
    if (point.state.present) {
      sheet.count(row, col, point.state.tally.yes);
      sheet.count(row, col + 1, point.state.tally.relevant());
      sheet.fraction(row, col + 2, share(point.state.tally));
    } else {
      sheet.text(row, col, point.in_rules ? "no answers" : "not in its rules");
    }
    col += 3;
  }
  for (const auto& c : q.changes) {
    if (c) {
      sheet.number(row, col, points(c->difference), Style::Decimal);
      sheet.number(row, col + 1, points(c->low), Style::Decimal);
      sheet.number(row, col + 2, points(c->high), Style::Decimal);
      sheet.text(row, col + 3, c->excludes_zero() ? "yes" : "no");
    }
    col += 4;
  }
}

void questions_sheet(Workbook& book, const engine::Trend& p, bool findings) {
  const auto& list = findings ? p.findings : p.questions;
  Sheet& sheet = book.add_sheet(findings ? "Findings" : "Key questions");
  const auto headings = question_headings(p, findings ? "Finding" : "Key question", p.level_percent);
  sheet.header(0, headings);
  for (std::size_t r = 0; r < list.size(); ++r) question_row(sheet, r + 1, list, list[r], findings);
  sheet.table(findings ? "Findings" : "KeyQuestions", headings, list.size());
  sheet.freeze(1, 2);
  sheet.text(list.size() + 2, 0,
             fmt::format("Each change: the later % Yes minus the earlier, in percentage points, with its {:g}% interval "
                         "(Newcombe's hybrid score method); excludes 0: a change larger than the sampling of cases "
                         "alone is likely to explain.",
                         p.level_percent),
             Style::Subtitle);
}

}  // namespace

std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options&) {
  const auto& p = *report.trend;
  Workbook book;
  book.properties("Progress between inspections", "Inspections compared by pdu-rate");
  ratings_sheet(book, p);
  questions_sheet(book, p, false);
  if (!p.findings.empty()) questions_sheet(book, p, true);
  trend_inspections_sheet(book, rules, report);
  return book.bytes();
}

}  // namespace pdurate::report::xlsx
