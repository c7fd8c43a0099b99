// How to read a table of cases when the defaults do not fit the file: the command line's
// --sheet, --delimiter, --header-row and --encoding (README, "Input from spreadsheets").
#pragma once

#include <cstddef>
#include <string>

#include "pdurate/util/progress.hpp"

namespace pdurate::readers {

enum class Encoding { Utf8, Windows1252 };

struct TableOptions {
  std::string sheet;           // a workbook's sheet, by name or 1-based number; empty: the first
                               // sheet with a case_id heading
  char delimiter = 0;          // CSV: ',', ';' or '\t'; 0: detected from the header line
  std::size_t header_row = 0;  // the line (CSV) or row (workbook) of the header; 0: the first
                               // (a case_id heading further down is reported, not guessed)
  Encoding encoding = Encoding::Utf8;  // CSV
  // Hears how far a CSV file's reading has gone, in MB (a large file); nullptr: nobody.
  util::Progress* progress = nullptr;
};

}  // namespace pdurate::readers
