#include "pdurate/readers/case_file.hpp"

#include <fmt/format.h>

#include "pdurate/readers/case_xlsx.hpp"

namespace pdurate::readers {
namespace {

enum class Kind { Csv, Xlsx, Ods, Xls, Numbers };

bool ends_with(std::string_view name, std::string_view suffix) {
  return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
}

// By content where it tells (a zip archive, an OLE2 compound file), by name where only that does.
Kind kind_of(const SourceText& source) {
  const auto text = source.text();
  if (text.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    // An OpenDocument file opens with its stored `mimetype` entry.
    if (text.substr(0, 100).find("application/vnd.oasis.opendocument") != std::string_view::npos) return Kind::Ods;
    if (ends_with(source.name(), ".numbers")) return Kind::Numbers;
    return Kind::Xlsx;
  }
  if (text.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Kind::Xls;
  return Kind::Csv;
}

std::string refusal(Kind kind, const std::string& file) {
  const auto convert = fmt::format("or convert it: soffice --headless --convert-to xlsx '{}'", file);
  switch (kind) {
    case Kind::Ods:
      return "an OpenDocument spreadsheet (.ods), which pdu-rate does not read: save it as an Excel workbook (.xlsx), " +
             convert;
    case Kind::Xls:
      return "an Excel 97-2003 workbook (.xls) or a password-protected workbook, which pdu-rate does not read: save it "
             "as an Excel workbook (.xlsx) without a password, " + convert;
    case Kind::Numbers:
      return "an Apple Numbers document, which pdu-rate does not read: export it from Numbers as Excel (.xlsx) or CSV";
    default:
      return {};
  }
}

// The options that do not apply to this kind of file, each an error.
bool options_apply(Kind kind, const TableOptions& options, const std::string& file, util::Diagnostics& errors) {
  const std::size_t before = errors.count();
  if (kind == Kind::Csv && !options.sheet.empty())
    errors.add(util::Location{}, fmt::format("--sheet applies to workbooks, and {} is read as CSV", file));
  if (kind == Kind::Xlsx && options.delimiter != 0)
    errors.add(util::Location{}, fmt::format("--delimiter applies to CSV, and {} is a workbook", file));
  if (kind == Kind::Xlsx && options.encoding != Encoding::Utf8)
    errors.add(util::Location{}, fmt::format("--encoding applies to CSV, and {} is a workbook", file));
  return errors.count() == before;
}

}  // namespace

std::optional<model::Inspection> read_case_file(const SourceText& source, const rules::Rules& rules,
                                                util::Diagnostics& errors, CaseDetail detail,
                                                const TableOptions& options) {
  const Kind kind = kind_of(source);
  if (kind != Kind::Csv && kind != Kind::Xlsx) {
    errors.add(util::Location{source.name(), 0, 0}, refusal(kind, source.name()));
    return std::nullopt;
  }
  if (!options_apply(kind, options, source.name(), errors)) return std::nullopt;
  return kind == Kind::Xlsx ? read_case_xlsx(source, rules, errors, detail, options)
                            : read_case_csv(source, rules, errors, detail, options);
}

}  // namespace pdurate::readers
