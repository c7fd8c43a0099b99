// The bounds on what a workbook may make the reader hold or do, and the problems it reports.
// Every bound is checked as the data streams, so that a hostile file (a zip bomb, a sheet of
// millions of columns) ends in a Problem, in bounded memory and time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pdurate::readers::xlsx {

struct Limits {                                                  // defaults are the real limits; tests pass small ones
  std::uint64_t part_bytes = std::uint64_t{1} << 30;             // uncompressed bytes read from any one zip entry (counted as streamed; never trust the header's size)
  std::uint64_t shared_string_bytes = std::uint64_t{256} << 20;  // total text held for the shared strings table (each string's place counts 8 bytes)
  std::size_t cell_bytes = std::size_t{1} << 20;                 // one cell's text
  std::size_t columns = 1000;                                    // a non-empty cell beyond this column is an error
  std::size_t entries = 10000;                                   // zip entries
};

// Where a problem is: row 0 = the whole sheet (or workbook); column SIZE_MAX = the whole row.
struct Problem {
  std::size_t row = 0;
  std::size_t column = SIZE_MAX;
  std::string message;  // what is wrong and how to fix it, lower-case start, no trailing full stop
};

// "1 GiB", "256 MiB", "64 KiB" or "1000 bytes": a limit as messages state it.
std::string byte_count(std::uint64_t bytes);

// What every message about a part that no spreadsheet program writes ends with.
inline constexpr const char* kDamaged =
    "the workbook is damaged; open it in Excel or LibreOffice and save it again";

}  // namespace pdurate::readers::xlsx
