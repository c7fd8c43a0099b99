// CsvParser: RFC 4180 records over text in memory, with exact line numbers and error offsets.
#include <ostream>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "readers/csv_parser.hpp"

using pdurate::readers::CsvParser;

namespace {

std::vector<std::string> fields(const CsvParser& csv) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < csv.size(); ++i) out.emplace_back(csv.field(i));
  return out;
}

using Row = std::vector<std::string>;

}  // namespace

TEST_CASE("unquoted records split at commas") {
  CsvParser csv("case_id,2.1.1,grade\nC1,Yes,PO\nC2,No,PSO\n");
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"case_id", "2.1.1", "grade"});
  CHECK(csv.line() == 1u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C1", "Yes", "PO"});
  CHECK(csv.line() == 2u);
  CHECK(csv.field_offset(0) == 20u);
  CHECK(csv.field_offset(2) == 27u);
  CHECK(csv.record_end() == 29u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C2", "No", "PSO"});
  CHECK(csv.line() == 3u);
  CHECK_FALSE(csv.next());
  CHECK_FALSE(csv.error().has_value());
  CHECK_FALSE(csv.next());  // stays at the end
}

TEST_CASE("fields keep their spaces and may be empty") {
  CsvParser csv(" a , b,,\n");
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{" a ", " b", "", ""});
}

TEST_CASE("a trailing comma gives an empty last field") {
  SUBCASE("fast path, with a newline") {
    CsvParser csv("a,b,\nc,d,\n");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", "b", ""});
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"c", "d", ""});
  }
  SUBCASE("fast path, at the very end of the input") {
    CsvParser csv("a,b,");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", "b", ""});
    CHECK_FALSE(csv.next());
  }
  SUBCASE("after a quoted field") {
    CsvParser csv("\"a\",\n");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", ""});
  }
  SUBCASE("after a quoted field at the very end of the input") {
    CsvParser csv("\"a\",");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", ""});
    CHECK_FALSE(csv.next());
    CHECK_FALSE(csv.error().has_value());
  }
  SUBCASE("unquoted field at the very end, on a line with quotes") {
    CsvParser csv("\"a\",b,");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", "b", ""});
  }
  SUBCASE("a CRLF line") {
    CsvParser csv("a,b,\r\n");
    REQUIRE(csv.next());
    CHECK(fields(csv) == Row{"a", "b", ""});
  }
}

TEST_CASE("CRLF line ends are not part of the last field") {
  CsvParser csv("a,b\r\nc,\"d\"\r\n\"e\",f\r\n");
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"a", "b"});
  CHECK(csv.record_end() == 3u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"c", "d"});
  CHECK(csv.line() == 2u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"e", "f"});
  CHECK(csv.line() == 3u);
  CHECK_FALSE(csv.next());
  CHECK_FALSE(csv.error().has_value());
}

TEST_CASE("blank lines hold no record and keep line numbers right") {
  CsvParser csv("\na\n\n\r\nb\n\n\"c\"\n\n");
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"a"});
  CHECK(csv.line() == 2u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"b"});
  CHECK(csv.line() == 5u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"c"});
  CHECK(csv.line() == 7u);
  CHECK_FALSE(csv.next());
  CHECK_FALSE(csv.error().has_value());
}

TEST_CASE("empty and blank inputs hold no records") {
  for (const char* text : {"", "\n", "\n\n", "\r\n", "\r"}) {
    CAPTURE(text);
    CsvParser csv(text);
    CHECK_FALSE(csv.next());
    CHECK_FALSE(csv.error().has_value());
  }
}

TEST_CASE("a file without a final newline ends with its last record") {
  CsvParser csv("a,b\nc,d");
  REQUIRE(csv.next());
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"c", "d"});
  CHECK(csv.line() == 2u);
  CHECK(csv.record_end() == 7u);
  CHECK_FALSE(csv.next());

  CsvParser quoted("a\n\"c\",\"d\"");
  REQUIRE(quoted.next());
  REQUIRE(quoted.next());
  CHECK(fields(quoted) == Row{"c", "d"});
  CHECK_FALSE(quoted.next());
  CHECK_FALSE(quoted.error().has_value());
}

TEST_CASE("quoted fields may hold commas and doubled quotes") {
  CsvParser csv("id,note\nC1,\"Smith, J\"\nC2,\"said \"\"no\"\" twice\"\nC3,\"\"\"\"\nC4,\"\"\n");
  REQUIRE(csv.next());
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C1", "Smith, J"});
  CHECK(csv.field_offset(1) == 11u);  // the opening quote
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C2", "said \"no\" twice"});
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C3", "\""});
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C4", ""});
  CHECK(csv.line() == 5u);
  CHECK_FALSE(csv.next());
}

TEST_CASE("quoted fields may hold line breaks") {
  CsvParser csv("id,note,grade\nC1,\"line one\nline two\r\nline three\",PO\nC2,plain,PSO\n");
  REQUIRE(csv.next());
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C1", "line one\nline two\r\nline three", "PO"});
  CHECK(csv.line() == 2u);  // where the record starts
  // PO is on the record's third physical line (line 4), after `line three",`.
  const auto po = csv.position(csv.field_offset(2));
  CHECK(po.line == 4u);
  CHECK(po.column == 13u);
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"C2", "plain", "PSO"});
  CHECK(csv.line() == 5u);  // the record after the multi-line one
  CHECK(csv.position(csv.field_offset(1)).line == 5u);
  CHECK(csv.position(csv.field_offset(1)).column == 4u);
  CHECK_FALSE(csv.next());
}

TEST_CASE("position gives the line and column of a field on the second line of a record") {
  // The doubled quotes are copied into scratch space; offsets still point into the text.
  CsvParser csv("h1,h2,h3\n\"a\"\"\nb\",\xC3\xA9x,z\n");
  REQUIRE(csv.next());
  REQUIRE(csv.next());
  CHECK(fields(csv) == Row{"a\"\nb", "\xC3\xA9x", "z"});
  CHECK(csv.line() == 2u);
  const auto second = csv.position(csv.field_offset(1));
  CHECK(second.line == 3u);
  CHECK(second.column == 4u);
  const auto third = csv.position(csv.field_offset(2));
  CHECK(third.line == 3u);
  CHECK(third.column == 7u);  // é counts as one column
}

TEST_CASE("an unterminated quoted field is reported at its opening quote") {
  const std::string text = "id,note\nC1,ok\nC2,\"never closed\nC3,x\n";
  CsvParser csv(text);
  REQUIRE(csv.next());
  REQUIRE(csv.next());
  CHECK_FALSE(csv.next());
  REQUIRE(csv.error().has_value());
  CHECK(csv.error()->offset == text.find('"'));
  CHECK(csv.error()->offset == 17u);
  CHECK(csv.error()->message.find("unterminated quoted field") != std::string::npos);
  CHECK(csv.position(csv.error()->offset).line == 3u);
  CHECK(csv.position(csv.error()->offset).column == 4u);
  CHECK_FALSE(csv.next());  // stays failed
}

TEST_CASE("text after a closing quote is an error at that text") {
  const std::string text = "a\n\"quoted\"tail,b\n";
  CsvParser csv(text);
  REQUIRE(csv.next());
  CHECK_FALSE(csv.next());
  REQUIRE(csv.error().has_value());
  CHECK(csv.error()->offset == text.find("tail"));
  CHECK(csv.error()->message.find("text after a closing quote") != std::string::npos);

  CsvParser spaced("\"a\" ,b\n");
  CHECK_FALSE(spaced.next());
  REQUIRE(spaced.error().has_value());
  CHECK(spaced.error()->offset == 3u);
}

TEST_CASE("a quote inside an unquoted field is an error at the quote") {
  const std::string text = "a,b\nC1,5\" tall\n";
  CsvParser csv(text);
  REQUIRE(csv.next());
  CHECK_FALSE(csv.next());
  REQUIRE(csv.error().has_value());
  CHECK(csv.error()->offset == text.find('"'));
  CHECK(csv.error()->offset == 8u);
  CHECK(csv.error()->message.find("quote inside an unquoted field") != std::string::npos);
  const auto p = csv.position(csv.error()->offset);
  CHECK(p.line == 2u);
  CHECK(p.column == 5u);
}

TEST_CASE("a record with one field has size one") {
  CsvParser csv("only\n");
  REQUIRE(csv.next());
  CHECK(csv.size() == 1u);
  CHECK(csv.field(0) == "only");
}

// The tokenizer scans quote-free lines 32 bytes at a time and others byte by byte; records
// written from known fields, of every length and at every offset, must come back exactly,
// whichever path reads them.
TEST_CASE("random records of every length read back exactly, with their lines and field accessors") {
  std::uint64_t state = 12345;
  const auto random = [&](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % below;
  };
  const std::vector<std::string> pieces = {"a", "Yes", "N/A", "no", " ", "\xC3\xA9", "C0000001", ",", "\"", "\n", "\r\n",
                                           "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"};
  std::size_t plain_fields = 0;
  for (int file = 0; file < 300; ++file) {
    std::vector<Row> rows;
    std::vector<std::size_t> lines;
    std::string text;
    std::size_t line = 1;
    const bool crlf = random(4) == 0;
    const std::size_t count = 1 + random(12);
    for (std::size_t r = 0; r < count; ++r) {
      Row row;
      const std::size_t width = 1 + random(20);
      for (std::size_t f = 0; f < width; ++f) {
        std::string value;
        for (std::size_t k = random(5); k > 0; --k) value += pieces[random(random(3) == 0 ? pieces.size() : 5)];
        row.push_back(value);
      }
      if (width == 1 && row[0].empty()) row[0] = "z";  // an empty line is a blank line, not a record
      lines.push_back(line);
      for (std::size_t f = 0; f < width; ++f) {
        const std::string& v = row[f];
        const bool needs_quotes = v.find_first_of(",\"\r\n") != std::string::npos;
        if (needs_quotes || random(8) == 0) {
          text += '"';
          for (char c : v) {
            if (c == '"') text += '"';
            if (c == '\n') ++line;
            text += c;
          }
          text += '"';
        } else {
          text += v;
        }
        if (f + 1 < width) text += ',';
      }
      text += crlf ? "\r\n" : "\n";
      ++line;
      rows.push_back(row);
    }
    if (random(2) == 0) text.resize(text.size() - (crlf ? 2 : 1));  // no final line end
    CAPTURE(file);
    CAPTURE(text);
    CsvParser csv(text);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      CAPTURE(r);
      REQUIRE(csv.next());
      CHECK(fields(csv) == rows[r]);
      CHECK(csv.line() == lines[r]);
      for (std::size_t f = 0; f < csv.size(); ++f) {
        const auto value = csv.field(f);
        CHECK(csv.field_size(f) == value.size());
        const std::uint32_t head = csv.field_head(f);
        CHECK(std::memcmp(&head, value.data(), std::min<std::size_t>(value.size(), 4)) == 0);
        const auto fast = csv.fields();
        CHECK(fast.size(f) == value.size());
        const std::uint32_t fast_head = fast.head(f);
        CHECK(std::memcmp(&fast_head, value.data(), std::min<std::size_t>(value.size(), 4)) == 0);
        if (fast.plain()) {
          ++plain_fields;
          CHECK(fast.plain_size(f) == value.size());
          const std::uint32_t plain_head = fast.plain_head(f);
          CHECK(std::memcmp(&plain_head, value.data(), std::min<std::size_t>(value.size(), 4)) == 0);
        }
        // A field's offset is where it starts in the text: its opening quote, or its first byte.
        const char at = text[csv.field_offset(f)];
        CHECK((at == '"' || value.empty() || at == value[0]));
      }
    }
    CHECK_FALSE(csv.next());
    CHECK_FALSE(csv.error().has_value());
  }
  CHECK(plain_fields > 500);  // the fast path was taken, often
}

// A row's length is checked as it is read, quote-free rows of ASCII included (their checks are
// made inline): through its line end, at most kMaxRecordBytes; a longer row is an error at its
// start, with or without a final line end.
TEST_CASE("a row longer than 1 MiB is an error at its start, and one of 1 MiB is not") {
  using pdurate::readers::kMaxRecordBytes;
  for (const bool final_newline : {true, false}) {
    CAPTURE(final_newline);
    const std::size_t fits = final_newline ? kMaxRecordBytes - 1 : kMaxRecordBytes;  // its bytes before the line end
    for (const std::size_t length : {fits, fits + 1}) {
      CAPTURE(length);
      std::string text = "a,b\n" + std::string(length - 2, 'x') + ",y" + (final_newline ? "\n" : "");
      CsvParser csv(text);
      REQUIRE(csv.next());
      if (length == fits) {
        REQUIRE(csv.next());
        CHECK(csv.size() == 2u);
        CHECK(csv.line() == 2u);
        CHECK_FALSE(csv.next());
        CHECK_FALSE(csv.error().has_value());
      } else {
        CHECK_FALSE(csv.next());
        REQUIRE(csv.error().has_value());
        CHECK(csv.error()->offset == 4u);
        CHECK(csv.error()->message.starts_with("row longer than 1 MiB"));
      }
    }
  }
}

// Non-ASCII bytes send a quote-free row to the full UTF-8 check: a bad byte is reported where
// it is, on the fast path (a long line, scanned in steps) as on a short one.
TEST_CASE("invalid UTF-8 on a quote-free row is an error at the bad byte") {
  for (const std::size_t before : {0u, 5u, 31u, 32u, 33u, 70u}) {
    CAPTURE(before);
    const std::string text = "h\n" + std::string(before, 'a') + "\xC3\xA9," + '\xFF' + ",z\n";
    CsvParser csv(text);  // views the text
    REQUIRE(csv.next());
    CHECK_FALSE(csv.next());
    REQUIRE(csv.error().has_value());
    CHECK(csv.error()->offset == 2 + before + 3);
    CHECK(csv.error()->message.starts_with("invalid UTF-8"));
  }
}
