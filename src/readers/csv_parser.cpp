#include "readers/csv_parser.hpp"

#include <algorithm>
#include <cstring>

#include "readers/simd.hpp"

namespace pdurate::readers {
namespace {

const char* find(const char* from, const char* to, char c) {
  return static_cast<const char*>(std::memchr(from, c, static_cast<std::size_t>(to - from)));
}

#if defined(PDURATE_SSE2)
// The index of the lowest set bit of m, which is not 0: TZCNT (read as BSF by processors
// without it, which gives the same for any m but 0). Written out because GCC 12 puts a
// dependency-breaking XOR and a sign extension around its own, two more instructions for every
// comma of bulk input (3% of reading it).
inline std::size_t lowest_set_bit(std::uint64_t m) {
  std::uint64_t at;
  asm("rep bsf %1, %0" : "=r"(at) : "r"(m));
  return at;
}

// The bytes equal to c in 32 bytes (lo, then hi), as a bit mask.
inline std::uint32_t mask32(__m128i lo, __m128i hi, __m128i c) {
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(lo, c))) |
         static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(hi, c))) << 16;
}
#endif

}  // namespace

CsvParser::CsvParser(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter), bounds_(64) {}

util::TextPosition CsvParser::position(std::size_t offset) const {
  util::TextPosition p;
  p.line = record_line_;
  std::size_t line_start = record_start_;
  for (std::size_t i = record_start_; i < offset && i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = util::column_of(text_, line_start, offset);
  return p;
}

bool CsvParser::fail(std::size_t offset, std::string message) {
  error_ = CsvError{offset, std::move(message)};
  pos_ = text_.size();
  return false;
}

bool CsvParser::next() {
  count_ = 0;
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
  return fast_record(pos_);
}

// The end of a quote-free record whose line ends at i (its \n, or the end of the text) and
// whose `count` commas are stored: its last field ends before any \r.
inline bool CsvParser::close_fast_record(std::size_t i, std::size_t count, bool ascii) {
  std::size_t content_end = i;
  if (content_end > bounds_[count] + 1 && text_[content_end - 1] == '\r') --content_end;
  if (count + 2 > bounds_.size()) bounds_.resize(count + 2);
  bounds_[count + 1] = content_end;
  quoted_ = false;
  count_ = count + 1;
  record_end_ = content_end;
  const std::size_t end = i < text_.size() ? i + 1 : text_.size();
  if (ascii && end - record_start_ <= kMaxRecordBytes) [[likely]] {  // finish_record's checks, passed
    line_ += i < text_.size();  // the line end, if any, is at i
    pos_ = end;
    return true;
  }
  return finish_record(end, ascii);
}

// A record with no quote on its line: fields end at commas, the record at the line end. Scans
// the line once, 32 bytes at a time where SSE2 is available; on meeting a quote, hands the
// record to slow_record(). A field costs one 8-byte bound. (Writing eight bounds per 16 bytes
// without a branch per comma measured 10% slower than this loop.)
bool CsvParser::fast_record(std::size_t start) {
  const char* t = text_.data();
  const std::size_t n = text_.size();
  std::size_t i = start;
  bool at_end = false;  // i is at the line's end (its \n)
  std::uint32_t high = 0;  // nonzero once a byte of 0x80 or more was seen
  // Locals, not members: members could alias `out`, and be reloaded after each store through it.
  std::size_t* out = bounds_.data() + 1;
  std::size_t room = bounds_.size() - 1;  // of out
  std::size_t count = 0;
  const auto reserve = [&](std::size_t more) {
    if (count + more > room) [[unlikely]] {
      bounds_.resize(2 * (count + more + 1) + 32);
      out = bounds_.data() + 1;
      room = bounds_.size() - 1;
    }
  };
  bounds_[0] = start - 1;
#if defined(PDURATE_SSE2)
  const __m128i comma = _mm_set1_epi8(delimiter_), newline = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
  // 32 bytes a step (two SSE2 compares of each kind, one 32-bit mask): a row of bulk input
  // takes two or three steps, and each step's end is a branch the predictor can miss.
  while (i + 32 <= n) {
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i + 16));
    const std::uint32_t ends = mask32(lo, hi, newline);
    // Only what comes before the line end belongs to this record.
    const std::uint32_t before_end = ends ? (ends & -ends) - 1 : ~std::uint32_t{0};
    high |= (static_cast<std::uint32_t>(_mm_movemask_epi8(lo)) | static_cast<std::uint32_t>(_mm_movemask_epi8(hi)) << 16) &
            before_end;
    if (mask32(lo, hi, quote) & before_end) return slow_record();
    reserve(32);
    for (std::uint64_t m = mask32(lo, hi, comma) & before_end; m; m &= m - 1) out[count++] = i + lowest_set_bit(m);
    if (ends) {
      i += static_cast<std::size_t>(__builtin_ctz(ends));
      at_end = true;
      break;
    }
    i += 32;
  }
#endif
  // The rest of the line, a byte at a time (all of it without SSE2; the tail with it).
  if (!at_end) {
    const char delimiter = delimiter_;
    for (; i < n && t[i] != '\n'; ++i) {
      high |= static_cast<unsigned char>(t[i]) & 0x80u;
      if (t[i] == delimiter) {
        reserve(1);
        out[count++] = i;
      } else if (t[i] == '"') {
        return slow_record();
      }
    }
  }
  return close_fast_record(i, count, high == 0);
}


bool CsvParser::finish_record(std::size_t end, bool ascii) {
  if (end - record_start_ > kMaxRecordBytes)
    return fail(record_start_, "row longer than 1 MiB: a case's row is short; is this a CSV file of cases?");
  if (auto bad = ascii ? std::nullopt : util::find_invalid_utf8(text_.substr(record_start_, end - record_start_)))
    return fail(record_start_ + *bad, "invalid UTF-8: save the file as UTF-8 (in a spreadsheet: CSV UTF-8), or read it with --encoding windows-1252");
  if (end > record_start_ && text_[end - 1] == '\n') ++line_;
  pos_ = end;
  return true;
}

// The quoted field opening at i: stored, and i moved past its closing quote. "" inside it stands
// for one quote (the field is then copied, unescaped, to scratch_); line breaks are counted.
bool CsvParser::quoted_field(std::size_t& i) {
  const char* t = text_.data();
  const std::size_t n = text_.size();
  const std::size_t open = i++;
  std::size_t segment = i;
  bool copied = false;
  const std::size_t scratch_begin = scratch_.size();
  for (;;) {
    const char* quote = find(t + i, t + n, '"');
    if (!quote) return fail(open, "unterminated quoted field: the quote opened here is never closed (add the closing \")");
    const auto q = static_cast<std::size_t>(quote - t);
    line_ += static_cast<std::size_t>(std::count(t + i, quote, '\n'));
    if (q + 1 < n && t[q + 1] == '"') {  // "" stands for one quote
      scratch_.append(t + segment, q + 1 - segment);
      copied = true;
      i = segment = q + 2;
      continue;
    }
    if (copied) {
      scratch_.append(t + segment, q - segment);
      put({open, static_cast<std::uint32_t>(scratch_.size() - scratch_begin),
           kScratch + static_cast<std::uint32_t>(scratch_begin)});
    } else {
      put({open, static_cast<std::uint32_t>(q - open - 1), kQuoted});
    }
    i = q + 1;
    return true;
  }
}

// The unquoted field at i: it runs to the next comma or line end (i is moved there); a quote in
// it is malformed.
bool CsvParser::unquoted_field(std::size_t& i) {
  const char* t = text_.data();
  const std::size_t n = text_.size();
  std::size_t j = i;
  for (; j < n && t[j] != delimiter_ && t[j] != '\n'; ++j)
    if (t[j] == '"')
      return fail(j, "quote inside an unquoted field: put the whole field in quotes and write each quote inside it as \"\"");
  std::size_t end = j;
  if ((j == n || t[j] == '\n') && end > i && t[end - 1] == '\r') --end;
  add(i, end);
  i = j;
  return true;
}

bool CsvParser::slow_record() {
  quoted_ = true;
  fields_.clear();
  count_ = 0;
  const char* t = text_.data();
  const std::size_t n = text_.size();
  const auto at_line_end = [&](std::size_t k) { return t[k] == '\n' || (t[k] == '\r' && (k + 1 == n || t[k + 1] == '\n')); };
  std::size_t i = pos_;
  for (;;) {  // one field per iteration
    if (i < n && t[i] == '"') {
      if (!quoted_field(i)) return false;
      if (i < n && t[i] != delimiter_ && !at_line_end(i))
        return fail(i, "text after a closing quote: end the quoted field at its quote, and write \"\" for a quote inside it");
    } else if (!unquoted_field(i)) {
      return false;
    }
    if (i >= n || t[i] != delimiter_) break;
    if (++i >= n) {  // "a," at the very end: one more, empty field
      add(i, i);
      break;
    }
  }
  // i is at the line end (\n, \r\n) or the end of the input.
  record_end_ = i;
  if (i < n && t[i] == '\r') ++i;
  if (i < n && t[i] == '\n') ++i;
  return finish_record(i);
}

}  // namespace pdurate::readers
