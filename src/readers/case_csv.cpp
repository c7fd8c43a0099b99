#include "pdurate/readers/case_csv.hpp"

#include <array>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/text_conversion.hpp"
#include "readers/case_table.hpp"
#include "readers/csv_cursor.hpp"

namespace pdurate::readers {
namespace {

// The line the delimiter is chosen from: the first of the opening lines that holds "case_id"
// (a title row may come first), else the first.
std::string_view header_line(std::string_view text) {
  std::string_view first;
  for (std::size_t line = 0, at = 0; line < 20 && at < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view candidate = text.substr(at, end - at);
    if (line == 0) first = candidate;
    if (util::ascii_lowercase(candidate).find("case_id") != std::string::npos) return candidate;
    at = end + 1;
  }
  return first;
}

}  // namespace

char detect_delimiter(std::string_view text) {
  constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
  std::array<std::size_t, 3> count{};
  bool quoted = false;
  for (const char c : header_line(text)) {
    if (c == '"') quoted = !quoted;
    for (std::size_t k = 0; k < kCandidates.size() && !quoted; ++k) count[k] += c == kCandidates[k];
  }
  std::size_t best = 0;  // a comma unless another delimiter is more frequent
  for (std::size_t k = 1; k < kCandidates.size(); ++k)
    if (count[k] > count[best]) best = k;
  return kCandidates[best];
}

std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               util::Diagnostics& errors, CaseDetail detail,
                                               const TableOptions& options) {
  model::CaseSource described;
  described.format = model::CaseSource::Format::Csv;
  described.file = source.name();
  std::string converted;
  std::string_view text = source.text();
  if (options.encoding == Encoding::Windows1252) {
    converted = util::windows1252_to_utf8(text);
    text = converted;
    described.encoding = "Windows-1252";
  }
  if (util::has_cr_line_ends(text)) {  // lines stay where they were, so positions hold
    converted = util::cr_line_ends_to_lf(text);
    text = converted;
    described.cr_line_ends = true;
  }
  described.delimiter = options.delimiter != 0 ? options.delimiter : detect_delimiter(text);
  CsvCursor cursor(source, text, described.delimiter);
  return CaseTable<CsvCursor>(cursor, rules, options, errors).read(detail, std::move(described));
}

}  // namespace pdurate::readers
