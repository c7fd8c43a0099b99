#include "pdurate/readers/case_xlsx.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "readers/case_table.hpp"
#include "readers/xlsx_cursor.hpp"

namespace pdurate::readers {

std::string sheet_reference(const std::string& sheet) {
  bool plain = !sheet.empty() && !(sheet[0] >= '0' && sheet[0] <= '9');
  for (const char c : sheet)
    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  if (plain) return sheet;
  std::string quoted = "'";
  for (const char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

namespace {

std::vector<std::string> sheet_names(const xlsx::Workbook& book) {
  std::vector<std::string> names;
  for (const auto& s : book.sheets()) names.push_back(s.name);
  return names;
}

// True when one of the sheet's opening rows (or the --header-row) has a case_id heading.
bool has_case_id_heading(const xlsx::Workbook& book, std::size_t sheet, std::size_t header_row) {
  auto rows = book.rows(sheet);
  for (std::size_t seen = 0; seen <= table::kHeaderSearch && rows.next(); ++seen) {
    if (header_row != 0 && rows.row_number() != header_row) continue;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (util::iequals(trim(rows.cell(i)), "case_id")) return true;
  }
  return false;
}

// The sheet --sheet names: by name (exactly, else in any case), else by number.
std::optional<std::size_t> named_sheet(const xlsx::Workbook& book, const std::string& wanted, const util::Location& at,
                                       util::Diagnostics& errors) {
  const auto names = sheet_names(book);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == wanted) return i;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (util::iequals(names[i], wanted)) return i;
  if (!wanted.empty() && wanted.find_first_not_of("0123456789") == std::string::npos && wanted.size() < 6) {
    const auto n = std::stoul(wanted);
    if (n >= 1 && n <= names.size()) return n - 1;
  }
  const auto guess = util::did_you_mean(wanted, names);
  errors.add(at, fmt::format("--sheet {}: no such sheet{}; the sheets are {} (or give a number, 1 to {})", wanted,
                             guess ? fmt::format(" (did you mean '{}'?)", *guess) : "", fmt::join(names, ", "),
                             names.size()));
  return std::nullopt;
}

std::optional<std::size_t> choose_sheet(const xlsx::Workbook& book, const TableOptions& options,
                                        const util::Location& at, util::Diagnostics& errors) {
  if (book.sheets().empty()) {
    errors.add(at, "the workbook has no sheets");
    return std::nullopt;
  }
  if (!options.sheet.empty()) return named_sheet(book, options.sheet, at, errors);
  for (std::size_t i = 0; i < book.sheets().size(); ++i)
    if (has_case_id_heading(book, i, options.header_row)) return i;
  if (book.sheets().size() == 1) return 0;  // its own problems say what is wrong with it
  errors.add(at, fmt::format("no sheet has a case_id heading in its first rows (the sheets are {}): add one above the "
                             "cases, or name the sheet with --sheet", fmt::join(sheet_names(book), ", ")));
  return std::nullopt;
}

}  // namespace

std::optional<model::Inspection> read_case_xlsx(const SourceText& source, const rules::Rules& rules,
                                                util::Diagnostics& errors, CaseDetail detail,
                                                const TableOptions& options) {
  const util::Location file{source.name(), 0, 0};
  xlsx::Problem problem;
  const auto book = xlsx::Workbook::open(source.text(), problem);
  if (!book) {
    errors.add(file, problem.message);
    return std::nullopt;
  }
  const auto sheet = choose_sheet(*book, options, file, errors);
  if (!sheet) return std::nullopt;
  model::CaseSource described;
  described.format = model::CaseSource::Format::Xlsx;
  described.file = source.name();
  described.sheet = book->sheets()[*sheet].name;
  XlsxCursor cursor(*book, *sheet, source.name());
  return CaseTable<XlsxCursor>(cursor, rules, options, errors).read(detail, std::move(described));
}

}  // namespace pdurate::readers
