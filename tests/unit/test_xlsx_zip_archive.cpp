// The zip archive in memory: what is not one, its limits, and reading an entry as it streams.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "readers/xlsx/zip_archive.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using pdurate::test::data_file;
using pdurate::test::zip_of;

namespace {

std::string open_problem(const std::string& bytes, const Limits& limits = {}) {
  Problem problem;
  if (ZipArchive::open(bytes, limits, problem)) return "";
  CHECK(problem.row == 0);
  CHECK(problem.column == SIZE_MAX);
  return problem.message;
}

// An entry read to its end in chunks of `chunk` bytes; the problem's message on failure.
std::string read_entry(const ZipArchive& archive, const std::string& part, std::size_t chunk = 7) {
  Problem problem;
  auto entry = archive.entry(part, problem);
  if (!entry) return "problem: " + problem.message;
  std::string all, buffer(chunk, '\0');
  for (;;) {
    const auto n = entry->read(buffer.data(), buffer.size(), problem);
    if (!n) return "problem: " + problem.message;
    if (*n == 0) return all;
    all.append(buffer, 0, *n);
  }
}

}  // namespace

TEST_CASE("what is not a zip archive is said to be what it looks like") {
  CHECK(open_problem("") == "an empty file, not an Excel workbook: save the workbook from Excel as .xlsx");
  CHECK(open_problem("case_id,2.1.1\nC1,Yes\n") ==
        "not an Excel workbook: it is not a zip archive, as .xlsx files are; save it from Excel as Excel Workbook (.xlsx)");
  CHECK(open_problem(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')) ==
        "an old-format .xls workbook or a password-protected one, not an .xlsx file: in Excel, remove any password "
        "and save it as Excel Workbook (.xlsx)");
}

TEST_CASE("a truncated workbook is a damaged zip archive") {
  const std::string whole = data_file("xlsx/xlsxwriter.xlsx");
  for (const std::size_t keep : {std::size_t{30}, whole.size() / 2, whole.size() - 1}) {
    CAPTURE(keep);
    CHECK(open_problem(whole.substr(0, keep)) ==
          "a truncated or damaged .xlsx file: its zip archive has no directory at its end; copy or save the file again");
  }
}

namespace {

// The archive with a field of its one entry's directory record changed.
std::string with_directory_field(std::size_t offset, std::string bytes_at) {
  std::string bytes = zip_of({{"a.xml", "<a/>"}}, true);
  const std::size_t directory = bytes.find("PK\x01\x02");
  REQUIRE(directory != std::string::npos);
  bytes.replace(directory + offset, bytes_at.size(), bytes_at);
  return bytes;
}

}  // namespace

TEST_CASE("entries compressed other than by storing or deflating, or encrypted, are refused before they are read") {
  const auto problem_of = [](const std::string& bytes) {
    Problem problem;
    const auto archive = ZipArchive::open(bytes, {}, problem);
    REQUIRE(archive);
    return read_entry(*archive, "a.xml");
  };
  CHECK(problem_of(with_directory_field(10, std::string("\x0C\x00", 2))) ==
        "problem: a.xml is compressed with zip method 12, which spreadsheet programs do not use: open the workbook in "
        "Excel or LibreOffice and save it again");
  CHECK(problem_of(with_directory_field(10, std::string("\x0E\x00", 2))).starts_with("problem: a.xml is compressed with zip method 14"));
  CHECK(problem_of(with_directory_field(8, std::string("\x01\x00", 2))) ==
        "problem: a.xml is encrypted: save the workbook without a password");
}

TEST_CASE("a directory pointing outside the file is a problem with libzip's words, when the entry is read") {
  const std::string bytes = with_directory_field(42, "\xF0\xFF\x00\x00");  // the entry's local header offset
  Problem problem;
  const auto archive = ZipArchive::open(bytes, {}, problem);
  REQUIRE(archive);
  const std::string read = read_entry(*archive, "a.xml");
  CHECK(read.starts_with("problem: a.xml cannot be read ("));
  CHECK(read.ends_with("): copy or save the file again"));
}

TEST_CASE("more entries than Limits::entries is refused before any is read") {
  pdurate::test::ZipEntries entries;
  for (int i = 0; i < 11; ++i) entries.emplace_back("e" + std::to_string(i), "x");
  const std::string bytes = zip_of(entries);
  Limits limits;
  limits.entries = 10;
  CHECK(open_problem(bytes, limits) == "the file's zip archive has more than 10 entries, which no workbook needs: is it "
                                       "a zip bomb? If the workbook is real, save its sheet as CSV");
  limits.entries = 11;
  CHECK(open_problem(bytes, limits).empty());
}

TEST_CASE("entries stream, deflated or stored, found by name ignoring case") {
  const std::string text = "<worksheet>" + std::string(100000, 'x') + "</worksheet>";
  for (const bool stored : {false, true}) {
    const std::string bytes = zip_of({{"xl/worksheets/sheet1.xml", text}, {"empty", ""}}, stored);
    Problem problem;
    const auto archive = ZipArchive::open(bytes, {}, problem);
    REQUIRE(archive);
    CHECK(archive->contains("xl/worksheets/sheet1.xml"));
    CHECK(archive->contains("XL/Worksheets/Sheet1.XML"));
    CHECK_FALSE(archive->contains("xl/worksheets/sheet2.xml"));
    CHECK(read_entry(*archive, "xl/worksheets/sheet1.xml", 4096) == text);
    CHECK(read_entry(*archive, "Xl/Worksheets/Sheet1.xml", 65536) == text);
    CHECK(read_entry(*archive, "empty").empty());
    CHECK(read_entry(*archive, "xl/sharedStrings.xml") ==
          "problem: the workbook has no xl/sharedStrings.xml: the workbook is damaged; open it in Excel or "
          "LibreOffice and save it again");
  }
}

TEST_CASE("an entry's bytes are counted as they stream: up to Limits::part_bytes, and not one more") {
  const std::string bytes = zip_of({{"xl/worksheets/sheet1.xml", std::string(1000, 'x')}});
  Limits limits;
  Problem problem;
  limits.part_bytes = 1000;
  auto exact = ZipArchive::open(bytes, limits, problem);
  REQUIRE(exact);
  CHECK(read_entry(*exact, "xl/worksheets/sheet1.xml", 1000) == std::string(1000, 'x'));
  limits.part_bytes = 999;
  auto less = ZipArchive::open(bytes, limits, problem);
  REQUIRE(less);
  CHECK(read_entry(*less, "xl/worksheets/sheet1.xml", 64) ==
        "problem: xl/worksheets/sheet1.xml expands to more than 999 bytes: is it a zip bomb? If the workbook is real, "
        "split the sheet or save it as CSV");
  limits.part_bytes = 0;
  auto none = ZipArchive::open(bytes, limits, problem);
  REQUIRE(none);
  CHECK(read_entry(*none, "xl/worksheets/sheet1.xml").starts_with("problem: xl/worksheets/sheet1.xml expands to more than 0 bytes"));
}

TEST_CASE("a zip bomb stops at the limit, whatever its header says, having read one chunk more") {
  // 16 MiB of zeros deflate to ~16 KiB; the entry's header says 16 MiB, but only what streams counts.
  const std::string bytes = zip_of({{"bomb.xml", std::string(std::size_t{16} << 20, '0')}});
  CHECK(bytes.size() < (std::size_t{32} << 10));
  Limits limits;
  limits.part_bytes = std::uint64_t{1} << 20;
  Problem problem;
  const auto archive = ZipArchive::open(bytes, limits, problem);
  REQUIRE(archive);
  auto entry = archive->entry("bomb.xml", problem);
  REQUIRE(entry);
  char buffer[65536];
  std::size_t chunks = 0;
  while (entry->read(buffer, sizeof buffer, problem)) ++chunks;
  CHECK(chunks == 16);  // 1 MiB in 64 KiB chunks; the 17th read passes the limit
  CHECK(problem.message.starts_with("bomb.xml expands to more than 1 MiB: is it a zip bomb?"));
}

TEST_CASE("a damaged entry is a problem, found as it streams") {
  const std::string text(5000, 'y');
  std::string bytes = zip_of({{"a.xml", text}}, true);
  const std::size_t at = bytes.find(text);
  REQUIRE(at != std::string::npos);
  bytes[at + 4000] = 'z';  // stored: the checksum fails at the end
  Problem problem;
  const auto archive = ZipArchive::open(bytes, {}, problem);
  REQUIRE(archive);
  CHECK(read_entry(*archive, "a.xml", 1024) == "problem: a.xml is damaged (CRC error): copy or save the file again");
}

TEST_CASE("byte counts are stated in the largest unit that divides them") {
  CHECK(byte_count(std::uint64_t{1} << 30) == "1 GiB");
  CHECK(byte_count(std::uint64_t{256} << 20) == "256 MiB");
  CHECK(byte_count(std::uint64_t{64} << 10) == "64 KiB");
  CHECK(byte_count(1000) == "1000 bytes");
  CHECK(byte_count(0) == "0 bytes");
  CHECK(byte_count((std::uint64_t{1} << 30) + 1024) == "1048577 KiB");
}
