// AnswerTally: the same counts as answer_code, cell by cell, for any number
// of columns, across the flushes of its byte counters; and the same from a CSV record's bounds
// (add_side_by_side) as from its cells one by one.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "pdurate/model/answer.hpp"
#include "readers/answer_tally.hpp"
#include "readers/csv_parser.hpp"

using pdurate::readers::AnswerTally;

namespace {
// The raw key AnswerTally takes, with what follows a short field in a CSV line (a comma) or
// anything at all (here 'A' or 0xFF) in the bytes past its end.
std::uint32_t key_of(const std::string& field, std::uint32_t after = 0x2C2C2C2C) {
  std::uint32_t head = after;
  std::memcpy(&head, field.data(), std::min<std::size_t>(field.size(), 4));
  return pdurate::readers::raw_answer_key(head, field.size());
}
}  // namespace

TEST_CASE("AnswerTally counts as answer_code does, for 0 to 13 columns and over a thousand rows") {
  const std::vector<std::string> cells = {"Yes", "yes", "Y", "y", "No", "NO", "n", "N/A", "na", "NA", "n/a",
                                          "", " Yes", "Ye", "Nope", "N/", "x", "\xD9", "yes!", "N\x0F" "A"};
  std::uint64_t state = 99;
  const auto random = [&](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % below);
  };
  for (std::size_t columns = 0; columns <= 13; ++columns) {
    CAPTURE(columns);
    AnswerTally tally(columns);
    REQUIRE(tally.padded() % 4 == 0);
    REQUIRE(tally.padded() >= columns);
    REQUIRE(tally.padded() < columns + 4);
    std::vector<std::size_t> expected(4 * columns, 0);
    std::size_t mismatched_flags = 0;
    for (int row = 0; row < 1100; ++row) {
      std::vector<std::string> fields(tally.padded());
      bool any_bad = false;
      for (std::size_t k = 0; k < tally.padded(); ++k) {
        fields[k] = cells[random(row % 3 == 0 ? cells.size() : 11)];  // mostly answers
        if (k < columns) {
          const unsigned code = pdurate::readers::answer_code_of_key(pdurate::readers::fold_answer_key(key_of(fields[k])));
          ++expected[4 * k + code];
          any_bad = any_bad || code == 3;
        }
      }
      const std::uint32_t after = row % 2 ? 0x41414141 : 0xFFFFFFFF;
      const bool bad = tally.add([&](std::size_t k) { return key_of(fields[k], after); });
      mismatched_flags += bad != any_bad;
    }
    CHECK(mismatched_flags == 0);
    for (std::size_t k = 0; k < columns; ++k) {
      CAPTURE(k);
      const auto counts = tally.counts(k);
      CHECK(counts[0] == expected[4 * k]);
      CHECK(counts[1] == expected[4 * k + 1]);
      CHECK(counts[2] == expected[4 * k + 2]);
    }
  }
}

TEST_CASE("AnswerTally's byte counters carry into the totals: 1,000 Yes in one column") {
  AnswerTally tally(1);
  for (int row = 0; row < 1000; ++row) CHECK_FALSE(tally.add([](std::size_t) { return key_of("Yes"); }));
  CHECK(tally.counts(0) == std::array<std::size_t, 3>{1000, 0, 0});
  for (int row = 0; row < 300; ++row) tally.add([](std::size_t) { return key_of("n/a"); });
  CHECK(tally.counts(0) == std::array<std::size_t, 3>{1000, 0, 300});
}

// add_side_by_side makes each whole four columns' keys from the parser's bounds at once: the
// same flags and counts as add() over the same records, whatever the row's place in the text
// (at offset 0, where the first bound wraps around), its line end (LF, or CRLF, whose CR is not
// the last field's), the columns before the questions, and a last, partial four.
TEST_CASE("add_side_by_side counts as add does, from CSV records, for 1 to 13 columns") {
  const std::vector<std::string> cells = {"Yes", "yes", "Y", "y", "No", "NO", "n", "N/A", "na", "NA", "n/a",
                                          "", " Yes", "Ye", "Nope", "N/", "x", "yes!", "Yes ", "No-longer"};
  std::uint64_t state = 7;
  const auto random = [&](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % below);
  };
  for (std::size_t first : {0, 2})
    for (std::size_t columns = 1; columns <= 13; ++columns) {
      CAPTURE(first);
      CAPTURE(columns);
      AnswerTally one_by_one(columns), side_by_side(columns);
      std::size_t mismatched_flags = 0, flagged = 0;
      for (int row = 0; row < 600; ++row) {
        std::string line = first ? "C1,PO" : "";
        for (std::size_t k = 0; k < columns; ++k)
          line += (k || first ? "," : "") + cells[random(row % 4 == 0 ? cells.size() : 11)];
        if (line.empty()) line = "Y";  // an empty line would be a blank line, holding no record
        const std::string text = (row % 3 == 0 ? "" : "h\n") + line + (row % 2 ? "\n" : "\r\n") + "zzzz";
        pdurate::readers::CsvParser csv(text);
        if (row % 3 != 0) REQUIRE(csv.next());
        REQUIRE(csv.next());
        REQUIRE(csv.size() == first + columns);
        const auto fields = csv.fields();
        REQUIRE(fields.plain());
        const auto key = [&](std::size_t k) {
          const std::size_t column = first + (k < columns ? k : 0);
          return pdurate::readers::raw_answer_key(fields.plain_head(column), fields.plain_size(column));
        };
        const bool a = one_by_one.add(key);
        const bool b = side_by_side.add_side_by_side(fields.plain_text(), fields.plain_bounds(), first, key);
        mismatched_flags += a != b;
        flagged += a;
      }
      CHECK(mismatched_flags == 0);
      CHECK(flagged > 0);
      for (std::size_t k = 0; k < columns; ++k) {
        CAPTURE(k);
        CHECK(side_by_side.counts(k) == one_by_one.counts(k));
        const auto counts = one_by_one.counts(k);
        CHECK(counts[0] + counts[1] + counts[2] > 300);
      }
    }
}
