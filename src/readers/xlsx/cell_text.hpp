// A cell's value as text, as a person sees it in Excel, so that the same data read from CSV and
// from a workbook reads the same:
// - a number as Excel's General format shows it: up to 15 significant digits, no trailing
//   zeros ("13", "0.1", "-2", "1E+20" for very large or small ones);
// - a number with a date or time format in ISO 8601 form: "2024-03-05" for a date without a
//   time of day, "2024-03-05 14:30:00" for one with, "14:30:00" under a time format, "36:00:00"
//   under an elapsed-time format ("[h]:mm"). Serials count days from 1900-01-00 (serial 60 is
//   Excel's 1900-02-29, which never was) or, in a date1904 workbook, from 1904-01-01. Times are
//   rounded to the second. A date before the first or after 9999-12-31 is shown as a number.
// - strings with Excel's escapes ("_x000D_" for a carriage return) replaced by what they stand for.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pdurate::readers::xlsx {

// What a cell's number format makes of its number.
enum class NumberKind : std::uint8_t {
  Number,    // General, and every format that is not a date or time
  Date,      // has day, month or year (and perhaps a time of day)
  Time,      // a time of day only
  Duration,  // elapsed time: [h], [m] or [s]
};

// Appends the text of a number as stored in a <v> element under this kind of format. Returns
// false, appending nothing, when `value` is not a finite number.
bool append_number(std::string_view value, NumberKind kind, bool date1904, std::string& out);
void append_general(double value, std::string& out);
// Returns false, appending nothing, when the serial is out of Excel's range of dates.
bool append_date(double serial, NumberKind kind, bool date1904, std::string& out);
// A `t="d"` cell's ISO 8601 text ("2024-03-05T14:30:00Z") in the same form as append_date.
void append_iso_date(std::string_view value, std::string& out);

// Replaces Excel's escapes "_xHHHH_" in text[from:] (in place: the text only shrinks).
void unescape_xstring(std::string& text, std::size_t from);

}  // namespace pdurate::readers::xlsx
