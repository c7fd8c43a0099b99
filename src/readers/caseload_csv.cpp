#include "pdurate/readers/caseload_csv.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "pdurate/util/text_conversion.hpp"
#include "readers/csv_cursor.hpp"

namespace pdurate::readers {
namespace {

// The record under the cursor as written: from its first field to the end of its last.
std::string record_text(const CsvParser& csv) {
  const std::size_t start = csv.field_offset(0);
  return std::string(csv.text().substr(start, csv.record_end() - start));
}

bool blank(const CsvParser& csv) {
  for (std::size_t i = 0; i < csv.size(); ++i)
    if (!trim(csv.field(i)).empty()) return false;
  return true;
}

// The strata column's index, or nullopt with the problem reported at the header.
std::optional<std::size_t> strata_index(const Caseload& caseload, const std::string& name, util::Location where,
                                        util::Diagnostics& errors) {
  for (std::size_t i = 0; i < caseload.columns.size(); ++i)
    if (caseload.columns[i] == name) return i;
  std::string message = fmt::format("--strata {}: no column '{}' in the header", name, name);
  if (auto guess = util::did_you_mean(name, caseload.columns)) message += fmt::format("; did you mean '{}'?", *guess);
  else message += fmt::format(" (it has: {})", fmt::join(caseload.columns, ", "));
  errors.add(std::move(where), std::move(message));
  return std::nullopt;
}

// Reads the rows after the header; false when any is wrong (each one reported).
bool read_rows(CsvParser& csv, const std::string& file, std::optional<std::size_t> strata, Caseload& caseload,
               util::Diagnostics& errors) {
  const std::size_t before = errors.count();
  while (csv.next()) {
    if (csv.size() != caseload.columns.size()) {
      const std::size_t at = csv.size() < caseload.columns.size() ? csv.record_end()
                                                                  : csv.field_offset(caseload.columns.size());
      const auto p = csv.position(at);
      errors.add(util::Location{file, p.line, p.column},
                 fmt::format("row has {} fields but the header has {}: every row needs one value per column",
                             csv.size(), caseload.columns.size()));
      continue;
    }
    if (blank(csv)) continue;  // a row of empty cells (a spreadsheet's leftover), as case files skip
    if (strata && csv.field(*strata).find('\r') != std::string_view::npos) {  // "b\r" would be a stratum apart
      const auto p = csv.position(csv.field_offset(*strata));
      errors.add(util::Location{file, p.line, p.column},
                 fmt::format("stratum '{}': {}", trim(csv.field(*strata)), kCarriageReturnHint));
      continue;
    }
    caseload.rows.push_back(record_text(csv));
    caseload.strata.emplace_back(strata ? trim(csv.field(*strata)) : std::string_view{});
  }
  if (const auto& e = csv.error()) {
    const auto p = csv.position(e->offset);
    errors.add(util::Location{file, p.line, p.column}, e->message);
  }
  return errors.count() == before;
}

}  // namespace

std::optional<Caseload> read_caseload_csv(const SourceText& source, const std::string& strata_column,
                                          util::Diagnostics& errors, Encoding encoding) {
  Caseload caseload;
  caseload.file = source.name();
  std::string converted;
  std::string_view text = source.text();
  std::string from_windows;
  if (encoding == Encoding::Windows1252) {
    from_windows = util::windows1252_to_utf8(text);
    text = from_windows;
  }
  if (util::has_cr_line_ends(text)) {  // lines stay where they were, so positions hold
    converted = util::cr_line_ends_to_lf(text);
    text = converted;
  }
  CsvParser csv(text, detect_delimiter(text));
  if (!csv.next()) {
    if (const auto& e = csv.error()) {
      const auto p = csv.position(e->offset);
      errors.add(util::Location{caseload.file, p.line, p.column}, e->message);
    } else {
      errors.add(util::Location{caseload.file, 0, 0}, "empty file: expected a header row and one row per case");
    }
    return std::nullopt;
  }
  caseload.header = record_text(csv);
  for (std::size_t i = 0; i < csv.size(); ++i) caseload.columns.emplace_back(trim(csv.field(i)));
  const util::Location header{caseload.file, csv.line(), 1};
  std::optional<std::size_t> strata;
  const std::string strata_name(trim(strata_column));
  if (!strata_name.empty() && !(strata = strata_index(caseload, strata_name, header, errors))) return std::nullopt;
  if (!read_rows(csv, caseload.file, strata, caseload, errors)) return std::nullopt;
  if (caseload.rows.empty()) {
    errors.add(header, "no cases: the file has a header row and no rows below it");
    return std::nullopt;
  }
  return caseload;
}

}  // namespace pdurate::readers
