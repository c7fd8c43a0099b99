// Key questions: the report's "Key question / Percentage 'Yes'" tables as one table of data,
// one row per key question of the casework standards rated from cases, and a bar chart of
// their % Yes (the lowest of each standard, which sets its rating, in another colour).
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/xlsx/libxlsxwriter.hpp"
#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

enum Col : std::size_t {
  kStandard, kQuestion, kTopic, kText, kYes, kPercent = kYes + 4, kBand, kDrives, kLow, kHigh, kWithin,
  kUp, kAbove, kDown, kBelow, kNote
};

std::vector<std::string> headings(double level) {
  std::vector<std::string> h{"Standard", "Key question", "Topic", "Question"};
  h.insert(h.end(), kTallyHeadings.begin(), kTallyHeadings.end());
  for (std::string more : {"Band", "Sets the rating"}) h.push_back(more);
  h.push_back(fmt::format("Interval low ({:g}%)", level));
  h.push_back(fmt::format("Interval high ({:g}%)", level));
  for (std::string more : {"Bands within the interval", "Margin up (more Yes)", "Band above", "Margin down (fewer Yes)",
                           "Band below", "Note"})
    h.push_back(more);
  return h;
}

// The key questions a table can show: those of casework standards rated from cases (not given).
bool from_cases(const engine::StandardResult& s) {
  return s.basis == engine::Basis::Casework || (s.basis == engine::Basis::NotRated && !s.key_questions.empty());
}

std::string note(const rules::Rules& rules, const engine::KeyQuestionResult& kq) {
  if (!kq.present) return "no column in the input";
  if (!kq.band) return no_band(kq.tally) + ": it does not count towards the rating";
  if (kq.other_band)
    return fmt::format("'{}' if percentages were {}", rules.rating_name(*kq.other_band),
                       rules.comparison == rules::Comparison::Exact ? "rounded to whole numbers" : "compared exactly");
  return "";
}

void margins(Sheet& sheet, std::size_t row, const rules::Rules& rules, const engine::KeyQuestionResult& kq) {
  if (!kq.band) return;
  if (kq.margin.up) {
    sheet.count(row, kUp, *kq.margin.up);
    sheet.text(row, kAbove, rules.rating_name(*kq.band + 1));
  }
  if (kq.margin.down) {
    sheet.count(row, kDown, *kq.margin.down);
    sheet.text(row, kBelow, rules.rating_name(*kq.band - 1));
  }
}

void key_question_row(Sheet& sheet, std::size_t row, const rules::Rules& rules, const app::Rated& rated,
                      const engine::KeyQuestionResult& kq) {
  const auto& q = rules.questions[kq.question];
  sheet.text(row, kStandard, rules.standards[q.standard].id);
  sheet.text(row, kQuestion, q.short_id, kq.drives ? Style::Bold : Style::Plain);
  sheet.text(row, kTopic, q.topic);
  sheet.text(row, kText, q.text, Style::Wrap);
  if (kq.present) tally_cells(sheet, row, kYes, kq.tally);
  if (kq.band) sheet.text(row, kBand, rules.rating_name(*kq.band));
  if (kq.drives) sheet.text(row, kDrives, "yes", Style::Bold);
  const auto* sampling = rated.analysis ? &rated.analysis->sampling.key_questions[kq.question] : nullptr;
  if (sampling && *sampling) {
    const auto& k = **sampling;
    sheet.number(row, kLow, k.interval.low, Style::Percent);
    sheet.number(row, kHigh, k.interval.high, Style::Percent);
    sheet.text(row, kWithin, rating_range(rules, k.lowest, k.highest));
  }
  margins(sheet, row, rules, kq);
  sheet.text(row, kNote, note(rules, kq));
}

// "% Yes by key question; bands from 50% Requires improvement, 65% Good, 80% Outstanding".
std::string chart_title(const rules::Rules& rules) {
  std::string bands;
  for (const auto& b : rules.bands)
    if (b.min_percent > 0) bands += fmt::format("{}{}% {}", bands.empty() ? "" : ", ", b.min_percent, rules.rating_name(b.rating));
  return fmt::format("% Yes by key question (bands from {}); orange: the lowest, which sets the standard's rating", bands);
}

void chart(Sheet& sheet, const rules::Rules& rules, std::size_t first, const std::vector<bool>& drives) {
  lxw_chart* c = lxw().workbook_add_chart(sheet.book().raw(), LXW_CHART_BAR);
  lxw_chart_series* series = lxw().chart_add_series(c, nullptr, nullptr);
  const auto last = static_cast<lxw_row_t>(first + drives.size() - 1);
  lxw().chart_series_set_categories(series, sheet.name().c_str(), static_cast<lxw_row_t>(first), kQuestion, last,
                                    kQuestion);
  lxw().chart_series_set_values(series, sheet.name().c_str(), static_cast<lxw_row_t>(first), kPercent, last, kPercent);
  lxw().chart_series_set_name(series, "% Yes");
  // Okabe-Ito blue and orange: told apart with the common colour blindnesses.
  lxw_chart_fill usual{0x0072B2, 0, 0}, lowest{0xE69F00, 0, 0};
  lxw_chart_point plain{nullptr, &usual, nullptr}, marked{nullptr, &lowest, nullptr};
  std::vector<lxw_chart_point*> points;
  for (bool d : drives) points.push_back(d ? &marked : &plain);
  points.push_back(nullptr);
  lxw().chart_series_set_points(series, points.data());
  lxw().chart_series_set_labels(series);
  lxw().chart_series_set_labels_num_format(series, "0.0%");
  const std::string title = chart_title(rules);
  lxw().chart_title_set_name(c, title.c_str());
  lxw_chart_font small{};
  small.size = 10;
  lxw().chart_title_set_name_font(c, &small);
  lxw().chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
  lxw().chart_axis_set_min(c->x_axis, 0);
  lxw().chart_axis_set_max(c->x_axis, 1);
  lxw().chart_axis_set_major_unit(c->x_axis, 0.1);
  lxw().chart_axis_set_num_format(c->x_axis, "0%");
  lxw().chart_axis_set_reverse(c->y_axis);  // the first key question at the top, as in the table
  lxw_chart_options at{};
  at.x_scale = 1.6;
  at.y_scale = (100.0 + 22.0 * static_cast<double>(drives.size())) / 288.0;
  lxw().worksheet_insert_chart_opt(sheet.raw(), static_cast<lxw_row_t>(first + drives.size() + 1), 0, c, &at);
}

}  // namespace

void key_questions_sheet(Workbook& book, const rules::Rules& rules, const app::Rated& rated) {
  Sheet& sheet = book.add_sheet("Key questions");
  const double level = rated.analysis ? rated.analysis->sampling.level : rules.sampling.confidence;
  sheet.header(0, headings(level));
  sheet.freeze(1, kTopic);
  std::vector<bool> drives;
  for (const auto& s : rated.result.standards) {
    if (!from_cases(s)) continue;
    for (const auto& kq : s.key_questions) {
      key_question_row(sheet, 1 + drives.size(), rules, rated, kq);
      drives.push_back(kq.drives);
    }
  }
  if (drives.empty()) {
    sheet.text(1, 0, "No key questions: every casework standard's rating was given in the inspection file, "
                     "not computed from cases.", Style::Subtitle);
    return;
  }
  chart(sheet, rules, 1, drives);
}

}  // namespace pdurate::report::xlsx
