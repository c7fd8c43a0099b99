#include <fmt/format.h>

#include "report/xlsx/sheets.hpp"

namespace pdurate::report::xlsx {

std::string source_text(const rules::Rules& rules, const rules::Provenance& p) {
  if (!p.verified) return "not verified";
  const auto it = rules.sources.find(p.source);
  if (it == rules.sources.end()) return p.source;
  const auto& s = it->second;
  std::string details = s.publisher;
  if (!s.published.empty()) details += (details.empty() ? "" : ", ") + s.published;
  return details.empty() ? s.title : fmt::format("{} ({})", s.title, details);
}

std::optional<double> share(const model::Tally& tally) {
  if (tally.relevant() == 0) return std::nullopt;
  return static_cast<double>(tally.yes) / static_cast<double>(tally.relevant());
}

std::size_t tally_cells(Sheet& sheet, std::size_t row, std::size_t col, const model::Tally& tally) {
  sheet.count(row, col, tally.yes);
  sheet.count(row, col + 1, tally.no);
  sheet.count(row, col + 2, tally.na);
  sheet.count(row, col + 3, tally.relevant());
  sheet.fraction(row, col + 4, share(tally));
  return col + 5;
}

std::string inspection_title(const app::Rated& rated) {
  const auto& insp = rated.inspection;
  std::string title = insp.name.empty() ? insp.file : insp.name;
  if (!insp.fieldwork.empty()) title += fmt::format(" (fieldwork {})", insp.fieldwork);
  // A what-if's figures must not pass for the inspection's.
  if (rated.what_if) title += " · what if";
  return title;
}

}  // namespace pdurate::report::xlsx
