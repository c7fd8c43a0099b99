// Reads a caseload list for pdu-rate sample: a CSV file with a header row and one row per case,
// any columns. Only the column the sample is stratified by is looked at; every row is kept as
// written (quotes and all), so that the sample's rows are the list's own.
//
// Same CSV as case files (readers/csv_parser.hpp): a byte-order mark dropped, LF, CRLF or
// CR-only line ends, UTF-8 or Windows-1252 (converted to UTF-8), the delimiter the most frequent of comma, semicolon and tab in the header
// line; malformed quoting and bytes that are not UTF-8 are errors at FILE:LINE:COLUMN.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

struct Caseload {
  std::string file;                  // as in messages
  std::string header;                // the header row's text as written, without its line end
  std::vector<std::string> columns;  // the header's names
  std::vector<std::string> rows;     // each case's row as written, without its line end, in file order
  std::vector<std::string> strata;   // each case's value in the strata column (all empty without one)
};

// The caseload, or nullopt with every problem in `errors`: an empty file, a header with no rows,
// no column named `strata_column` (matched exactly after trimming spaces; with a suggestion), a
// row with more or fewer fields than the header, malformed quoting or UTF-8. An empty
// `strata_column` asks for no column: the list is one stratum. Spaces around the name are
// ignored.
std::optional<Caseload> read_caseload_csv(const SourceText& source, const std::string& strata_column,
                                          util::Diagnostics& errors, Encoding encoding = Encoding::Utf8);

}  // namespace pdurate::readers
