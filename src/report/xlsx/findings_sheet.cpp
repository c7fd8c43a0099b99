// Findings: the further questions the input answered (prompts under key questions and
// free-standing findings), tabulated like key questions and never rated.
#include <fmt/format.h>

#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {
namespace {

enum Col : std::size_t { kFinding, kUnder, kTopic, kText, kYes, kLow = kYes + 5, kHigh, kSource, kWhere };

std::vector<std::string> headings(double level) {
  std::vector<std::string> h{"Finding", "Under key question", "Topic", "Question"};
  h.insert(h.end(), kTallyHeadings.begin(), kTallyHeadings.end());
  h.push_back(fmt::format("Interval low ({:g}%)", level));
  h.push_back(fmt::format("Interval high ({:g}%)", level));
  h.emplace_back("Source");
  h.emplace_back("Where in the source");
  return h;
}

}  // namespace

void findings_sheet(Workbook& book, const rules::Rules& rules, const app::Rated& rated) {
  const auto& a = *rated.analysis;
  Sheet& sheet = book.add_sheet("Findings");
  sheet.header(0, headings(a.request.confidence));
  sheet.freeze(1, kTopic);
  std::size_t row = 1;
  for (const auto& f : a.findings) {
    const auto& def = rules.findings[f.finding];
    sheet.text(row, kFinding, def.short_id);
    if (def.parent) sheet.text(row, kUnder, rules.questions[*def.parent].short_id);
    sheet.text(row, kTopic, def.topic);
    sheet.text(row, kText, def.text, Style::Wrap);
    tally_cells(sheet, row, kYes, f.tally);
    if (f.interval) {
      sheet.number(row, kLow, f.interval->low, Style::Percent);
      sheet.number(row, kHigh, f.interval->high, Style::Percent);
    }
    sheet.text(row, kSource, source_text(rules, def.provenance), Style::Wrap);
    sheet.text(row, kWhere, def.provenance.verified ? def.provenance.where : def.provenance.note, Style::Wrap);
    ++row;
  }
}

}  // namespace pdurate::report::xlsx
