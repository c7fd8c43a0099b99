#include "readers/xlsx/cell_text.hpp"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <fmt/format.h>
#include <iterator>

namespace pdurate::readers::xlsx {
namespace {

// Whole numbers of up to 15 digits, as writers store them, are already in General's form.
bool plain_integer(std::string_view v) {
  const std::size_t sign = !v.empty() && v[0] == '-' ? 1 : 0;
  const std::size_t digits = v.size() - sign;
  if (digits == 0 || digits > 15 || (v[sign] == '0' && digits > 1) || (sign && v == "-0")) return false;
  for (std::size_t i = sign; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  return true;
}

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

// Excel's day `serial` as "YYYY-MM-DD"; false after 9999-12-31.
bool append_day(std::int64_t serial, bool date1904, std::string& out) {
  // Excel shows serial 0 as 1900-01-00, and serial 60 as 1900-02-29 (Lotus 1-2-3's leap-year bug).
  if (!date1904 && (serial == 0 || serial == 60)) {
    out += serial == 0 ? "1900-01-00" : "1900-02-29";
    return true;
  }
  // Day 0 is 1904-01-01, or, before the fictitious 1900-02-29, 1899-12-31 (after it 1899-12-30).
  const std::int64_t epoch = date1904 ? -24107 : serial < 60 ? -25568 : -25569;
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(serial + epoch, y, m, d);
  if (y > 9999) return false;
  fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}", y, m, d);
  return true;
}

void append_time(std::int64_t hours, std::int64_t seconds_of_hour, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{:02}:{:02}:{:02}", hours, seconds_of_hour / 60, seconds_of_hour % 60);
}

}  // namespace

void append_general(double value, std::string& out) {
  if (value == 0) {  // and -0
    out += '0';
    return;
  }
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15).ptr;
  for (char* p = buffer; p != end; ++p)
    if (*p == 'e') *p = 'E';
  out.append(buffer, end);
}

bool append_date(double serial, NumberKind kind, bool date1904, std::string& out) {
  if (!(serial >= 0) || serial >= 3e6) return false;  // NaN, negative, or far past 9999
  const auto seconds = static_cast<std::int64_t>(std::llround(serial * 86400.0));
  const std::int64_t days = seconds / 86400, time = seconds % 86400;
  if (kind == NumberKind::Duration) {
    append_time(seconds / 3600, seconds % 3600, out);
    return true;
  }
  if (kind == NumberKind::Time) {
    append_time(time / 3600, time % 3600, out);
    return true;
  }
  const std::size_t size = out.size();
  if (!append_day(days, date1904, out)) {
    out.resize(size);
    return false;
  }
  if (time != 0) {
    out += ' ';
    append_time(time / 3600, time % 3600, out);
  }
  return true;
}

bool append_number(std::string_view value, NumberKind kind, bool date1904, std::string& out) {
  value = trim(value);
  if (kind == NumberKind::Number && plain_integer(value)) {
    out.append(value);
    return true;
  }
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
    return false;
  if (kind == NumberKind::Number || !append_date(number, kind, date1904, out)) append_general(number, out);
  return true;
}

void append_iso_date(std::string_view value, std::string& out) {
  value = trim(value);
  if (!value.empty() && value.back() == 'Z') value.remove_suffix(1);
  const std::size_t t = value.find('T');
  const std::string_view date = value.substr(0, t);
  std::string_view time = t == std::string_view::npos ? std::string_view() : value.substr(t + 1);
  time = time.substr(0, time.find('.'));
  out.append(date);
  if (!time.empty() && time != "00:00:00" && time != "00:00") {
    if (!date.empty()) out += ' ';
    out.append(time);
  }
}

namespace {

// The code unit of an escape "_xHHHH_" at text[at], or -1.
long escape_at(const std::string& text, std::size_t at) {
  if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return -1;
  long code = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const char c = text[i];
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return -1;
    code = code * 16 + digit;
  }
  return code;
}

// Writes `code` as UTF-8 at text[out], returning the new end.
std::size_t put_utf8(std::string& text, std::size_t out, unsigned long code) {
  auto put = [&](unsigned long byte) { text[out++] = static_cast<char>(byte); };
  if (code < 0x80) {
    put(code);
  } else if (code < 0x800) {
    put(0xC0 | (code >> 6)), put(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    put(0xE0 | (code >> 12)), put(0x80 | ((code >> 6) & 0x3F)), put(0x80 | (code & 0x3F));
  } else {
    put(0xF0 | (code >> 18)), put(0x80 | ((code >> 12) & 0x3F)), put(0x80 | ((code >> 6) & 0x3F)), put(0x80 | (code & 0x3F));
  }
  return out;
}

}  // namespace

void unescape_xstring(std::string& text, std::size_t from) {
  std::size_t in = text.find("_x", from);
  if (in == std::string::npos) return;
  std::size_t out = in;
  while (in < text.size()) {
    long code = escape_at(text, in);
    std::size_t length = 7;
    if (code >= 0xD800 && code < 0xDC00) {  // a high surrogate: a pair makes one character
      const long low = escape_at(text, in + 7);
      code = low >= 0xDC00 && low < 0xE000 ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : -1;
      length = 14;
    }
    // NUL and lone surrogates are no text: leave their escapes as they are.
    if (code <= 0 || (code >= 0xD800 && code < 0xE000)) {
      text[out++] = text[in++];
      continue;
    }
    out = put_utf8(text, out, static_cast<unsigned long>(code));
    in += length;
  }
  text.resize(out);
}

}  // namespace pdurate::readers::xlsx
