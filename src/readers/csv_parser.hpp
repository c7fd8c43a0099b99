// An RFC 4180 CSV tokenizer over text in memory. Fields are views into the text; only quoted
// fields containing doubled quotes are copied (into a per-record scratch buffer).
//
// Accepts: LF or CRLF line ends, quoted fields with delimiters (a comma, or as chosen), quotes ("") and line breaks inside
// (a byte-order mark is dropped before, by readers/source_text). Blank lines hold no record and are skipped. Rejects, with the byte
// offset of the problem: an unterminated quoted field, text after a closing quote, a quote
// inside an unquoted field, and bytes that are not UTF-8 (each record is checked as it is read,
// so the text is scanned once, front to back).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/text_position.hpp"

namespace pdurate::readers {

struct CsvError {
  std::size_t offset = 0;
  std::string message;
};

// A row (a record, with its line end) may be at most this long; a longer one is an error. It
// bounds every cell too, and keeps a field's length in 32 bits.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

class CsvParser {
 public:
  // `delimiter` separates fields: ',' (RFC 4180), or ';' or '\t' as spreadsheets in other
  // locales write them. Lines end at LF or CRLF; text with CR-only line ends is converted first.
  explicit CsvParser(std::string_view text, char delimiter = ',');
  // Reads the next record. Returns false at the end of the input or on an error (see error()).
  bool next();

  std::size_t size() const { return count_; }
  std::string_view field(std::size_t i) const {
    if (!quoted_) return {text_.data() + (bounds_[i] + 1), bounds_[i + 1] - bounds_[i] - 1};
    const Field& f = fields_[i];
    if (f.where == kPlain) return {text_.data() + f.offset, f.length};
    if (f.where == kQuoted) return {text_.data() + f.offset + 1, f.length};
    return {scratch_.data() + (f.where - kScratch), f.length};
  }
  std::size_t field_size(std::size_t i) const {
    return quoted_ ? fields_[i].length : bounds_[i + 1] - bounds_[i] - 1;
  }
  // Field i's first four bytes, little-endian, for answer_code; bytes past the field's
  // end are unspecified (they are read from the text after it where the text has them).
  std::uint32_t field_head(std::size_t i) const {
    const std::string_view f = field(i);
    std::uint32_t head = 0;
    const auto at = reinterpret_cast<std::uintptr_t>(f.data()), begin = reinterpret_cast<std::uintptr_t>(text_.data());
    if (at >= begin && at - begin + 4 <= text_.size()) std::memcpy(&head, f.data(), 4);
    else std::memcpy(&head, f.data(), f.size() < 4 ? f.size() : 4);
    return head;
  }
  // The current record's field sizes and heads (as field_size and field_head), valid until
  // next(). A plain value, so that in a reader's per-field loop the compiler keeps its pointers
  // in registers instead of reloading the parser's members after every store.
  class Fields {
   public:
    explicit Fields(const CsvParser& csv)
        : csv_(csv), text_(csv.text_.data()), bounds_(csv.bounds_.data()),
          plain_(!csv.quoted_ && csv.record_end_ + 4 <= csv.text_.size()) {}
    // Whether the plain_ accessors apply: no field of the record is quoted, and four bytes can
    // be read from the start of each (the record does not end in the text's last four bytes).
    bool plain() const { return plain_; }
    std::size_t size(std::size_t i) const { return plain_ ? plain_size(i) : csv_.field_size(i); }
    std::uint32_t head(std::size_t i) const { return plain_ ? plain_head(i) : csv_.field_head(i); }
    std::size_t plain_size(std::size_t i) const { return bounds_[i + 1] - bounds_[i] - 1; }
    // The record's text and field bounds, while plain(): field i runs from plain_bounds()[i] + 1
    // to plain_bounds()[i + 1] of plain_text().
    const char* plain_text() const { return text_; }
    const std::size_t* plain_bounds() const { return bounds_; }
    std::uint32_t plain_head(std::size_t i) const {
      std::uint32_t head;
      std::memcpy(&head, text_ + (bounds_[i] + 1), 4);
      return head;
    }

   private:
    const CsvParser& csv_;
    const char* text_;
    const std::size_t* bounds_;
    bool plain_;
  };
  Fields fields() const { return Fields(*this); }
  // Byte offset in text() where field i starts (its opening quote, if quoted).
  std::size_t field_offset(std::size_t i) const { return quoted_ ? fields_[i].offset : bounds_[i] + 1; }
  // Byte offset just past the record's last field (before its line end).
  std::size_t record_end() const { return record_end_; }
  // Bytes of text read so far (through the current record's line end).
  std::size_t consumed() const { return pos_; }
  // Line on which the current record starts (1-based).
  std::size_t line() const { return record_line_; }
  // Line and column of a byte offset within the current record (records may span lines).
  util::TextPosition position(std::size_t offset) const;

  const std::optional<CsvError>& error() const { return error_; }
  std::string_view text() const { return text_; }

 private:
  // A record with no quote (nearly every record of bulk input) is stored as its field
  // boundaries: field k runs from bounds_[k] + 1 to bounds_[k + 1], where bounds_[0] is one
  // before the record's start (wrapping at offset 0) and the rest are the offsets of the commas
  // and of the record's end: one 8-byte word a field.
  // A record with a quote (quoted_) is stored as Field records instead. Where a Field's text
  // is: kPlain, in text_ at offset; kQuoted, in text_ just after the quote at offset;
  // kScratch + k, at scratch_[k] (a quoted field with doubled quotes, unescaped).
  struct Field {
    std::size_t offset;
    std::uint32_t length;
    std::uint32_t where;
  };
  static constexpr std::uint32_t kPlain = 0, kQuoted = 1, kScratch = 2;
  bool fast_record(std::size_t start);
  // Inlined: once per record of bulk input.
  [[gnu::always_inline]] inline bool close_fast_record(std::size_t i, std::size_t count, bool ascii);
  bool slow_record();
  bool quoted_field(std::size_t& i);
  bool unquoted_field(std::size_t& i);
  // Checks the record's bytes are UTF-8 (all of them, unless `ascii` says every byte is below
  // 0x80), then moves past it.
  bool finish_record(std::size_t end, bool ascii = false);
  bool fail(std::size_t offset, std::string message);
  void add(std::size_t begin, std::size_t end) { put({begin, static_cast<std::uint32_t>(end - begin), kPlain}); }
  void put(const Field& f) {
    fields_.push_back(f);
    count_ = fields_.size();
  }

  std::string_view text_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t record_line_ = 1;
  std::size_t record_start_ = 0;
  std::size_t record_end_ = 0;
  std::vector<std::size_t> bounds_;  // never empty; reused across records and only grows
  std::vector<Field> fields_;        // for quoted_ records
  bool quoted_ = false;
  std::size_t count_ = 0;            // fields in the current record
  std::string scratch_;
  std::optional<CsvError> error_;
};

}  // namespace pdurate::readers
