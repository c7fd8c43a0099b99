#include "pdurate/readers/csv_parser.hpp"

#include <algorithm>
#include <cstring>

namespace pdurate::readers {
namespace {

const char* find(const char* from, const char* to, char c) {
  return static_cast<const char*>(std::memchr(from, c, static_cast<std::size_t>(to - from)));
}

}  // namespace

CsvParser::CsvParser(std::string_view text) : text_(text) {
  if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 BOM
}

TextPosition CsvParser::position(std::size_t offset) const {
  TextPosition p;
  p.line = record_line_;
  std::size_t line_start = record_start_;
  for (std::size_t i = record_start_; i < offset && i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = column_of(text_, line_start, offset);
  return p;
}

bool CsvParser::fail(std::size_t offset, std::string message) {
  error_ = CsvError{offset, std::move(message)};
  pos_ = text_.size();
  return false;
}

bool CsvParser::next() {
  fields_.clear();
  scratch_.clear();
  if (error_) return false;
  const char* t = text_.data();
  const std::size_t n = text_.size();
  // Skip blank lines.
  for (;;) {
    if (pos_ >= n) return false;
    if (t[pos_] == '\n') {
      ++pos_;
      ++line_;
    } else if (t[pos_] == '\r' && pos_ + 1 < n && t[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
    } else if (t[pos_] == '\r' && pos_ + 1 == n) {
      ++pos_;
    } else {
      break;
    }
  }
  record_line_ = line_;
  record_start_ = pos_;
  const char* newline = find(t + pos_, t + n, '\n');
  const std::size_t line_end = newline ? static_cast<std::size_t>(newline - t) : n;
  std::size_t content_end = line_end;
  if (content_end > pos_ && t[content_end - 1] == '\r') --content_end;
  if (find(t + pos_, t + content_end, '"')) return slow_record();

  // Fast path: no quote on this line, so fields end at commas.
  std::size_t f = pos_;
  for (;;) {
    const char* comma = find(t + f, t + content_end, ',');
    if (!comma) {
      add(f, content_end);
      break;
    }
    add(f, static_cast<std::size_t>(comma - t));
    f = static_cast<std::size_t>(comma - t) + 1;
  }
  record_end_ = content_end;
  return finish_record(newline ? line_end + 1 : n);
}

bool CsvParser::finish_record(std::size_t end) {
  if (auto bad = find_invalid_utf8(text_.substr(record_start_, end - record_start_)))
    return fail(record_start_ + *bad, "invalid UTF-8: save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
  if (end > record_start_ && text_[end - 1] == '\n') ++line_;
  pos_ = end;
  return true;
}

bool CsvParser::slow_record() {
  const char* t = text_.data();
  const std::size_t n = text_.size();
  std::size_t i = pos_;
  for (;;) {  // one field per iteration
    if (i < n && t[i] == '"') {
      const std::size_t open = i++;
      std::size_t segment = i;
      bool copied = false;
      std::size_t scratch_begin = scratch_.size();
      for (;;) {
        const char* quote = find(t + i, t + n, '"');
        if (!quote)
          return fail(open, "unterminated quoted field: the quote opened here is never closed (add the closing \")");
        const auto q = static_cast<std::size_t>(quote - t);
        line_ += static_cast<std::size_t>(std::count(t + i, quote, '\n'));
        if (q + 1 < n && t[q + 1] == '"') {  // "" stands for one quote
          scratch_.append(t + segment, q + 1 - segment);
          copied = true;
          i = q + 2;
          segment = i;
          continue;
        }
        if (copied) {
          scratch_.append(t + segment, q - segment);
          fields_.push_back({scratch_begin, scratch_.size() - scratch_begin, open, true});
        } else {
          fields_.push_back({open + 1, q - open - 1, open, false});
        }
        i = q + 1;
        break;
      }
      if (i >= n) break;
      if (t[i] == ',') {
        ++i;
        if (i >= n) {  // "a", at the very end: one more, empty field
          fields_.push_back({i, 0, i, false});
          break;
        }
        continue;
      }
      if (t[i] == '\n' || (t[i] == '\r' && (i + 1 == n || t[i + 1] == '\n'))) break;
      return fail(i, "text after a closing quote: end the quoted field at its quote, and write \"\" for a quote inside it");
    }
    // Unquoted field: runs to the next comma or line end; a quote in it is malformed.
    std::size_t j = i;
    while (j < n && t[j] != ',' && t[j] != '\n') {
      if (t[j] == '"')
        return fail(j, "quote inside an unquoted field: put the whole field in quotes and write each quote inside it as \"\"");
      ++j;
    }
    std::size_t end = j;
    if ((j == n || t[j] == '\n') && end > i && t[end - 1] == '\r') --end;
    add(i, end);
    if (j < n && t[j] == ',') {
      i = j + 1;
      if (i >= n) {
        fields_.push_back({i, 0, i, false});
        break;
      }
      continue;
    }
    i = j;
    break;
  }
  // i is at the line end (\n, \r\n) or the end of the input.
  record_end_ = i;
  if (i < n && t[i] == '\r') ++i;
  if (i < n && t[i] == '\n') ++i;
  return finish_record(i);
}

}  // namespace pdurate::readers
