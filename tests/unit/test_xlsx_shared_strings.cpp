// The shared strings table: rich-text runs joined, phonetic guides left out, and its limits.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readers/xlsx/shared_strings.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using pdurate::test::zip_of;

namespace {

constexpr const char* kPart = "xl/sharedStrings.xml";

// The table's strings, or the problem's message.
std::vector<std::string> strings(const std::string& items, const Limits& limits = {}) {
  const std::string bytes = zip_of({{kPart, R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + items + "</sst>"}});
  Problem problem;
  const auto archive = ZipArchive::open(bytes, limits, problem);
  REQUIRE(archive);
  const auto table = SharedStrings::read(*archive, kPart, limits, problem);
  if (!table) return {"problem: " + problem.message};
  std::vector<std::string> all;
  for (std::size_t i = 0; i < table->size(); ++i) all.emplace_back((*table)[i]);
  return all;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("each item's text, in order, as it is") {
  CHECK(strings("<si><t>Yes</t></si><si><t>No</t></si><si><t>N/A</t></si>") == Strings{"Yes", "No", "N/A"});
  CHECK(strings(R"(<si><t xml:space="preserve">  Yes  </t></si><si><t/></si><si></si>)") == Strings{"  Yes  ", "", ""});
  CHECK(strings("<si><t>a &amp; b &lt;c&gt;</t></si>") == Strings{"a & b <c>"});
  CHECK(strings("<si><t>two\nlines</t></si>") == Strings{"two\nlines"});
  CHECK(strings("").empty());
}

TEST_CASE("rich text runs are joined; phonetic guides and run properties are left out") {
  CHECK(strings("<si><r><rPr><b/></rPr><t>Cus</t></r><r><t>tody</t></r></si>") == Strings{"Custody"});
  CHECK(strings("<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>") == Strings{"東京"});
  CHECK(strings("<si><r><t>a</t></r><rPh><r><t>x</t></r></rPh><r><t>b</t></r></si>") == Strings{"ab"});
  CHECK(strings("<x:si xmlns:x=\"ns\"><x:t>prefixed</x:t></x:si>") == Strings{"prefixed"});
}

TEST_CASE("Excel's escapes are replaced in each string") {
  CHECK(strings("<si><t>a_x000D__x000A_b</t></si><si><r><t>_x00</t></r><r><t>41_</t></r></si>") == Strings{"a\r\nb", "A"});
}

TEST_CASE("a string longer than Limits::cell_bytes is a problem") {
  Limits limits;
  limits.cell_bytes = 10;
  CHECK(strings("<si><t>0123456789</t></si>", limits) == Strings{"0123456789"});
  CHECK(strings("<si><t>0123456789</t></si><si><r><t>012345</t></r><r><t>6789!</t></r></si>", limits) ==
        Strings{"problem: xl/sharedStrings.xml has a string of more than 10 bytes (string 2), more than any cell of a "
                "case sheet holds: is it the right workbook?"});
}

TEST_CASE("a table past Limits::shared_string_bytes is a problem, each string's place counting 8 bytes") {
  Limits limits;
  limits.shared_string_bytes = 100;
  std::string items;
  for (int i = 0; i < 10; ++i) items += "<si><t>ab</t></si>";  // 10 * (2 + 8) = 100
  CHECK(strings(items, limits).size() == 10u);
  const Strings too_many{"problem: xl/sharedStrings.xml holds more than 100 bytes of text: is it a zip bomb? If the "
                         "workbook is real, save its sheet as CSV"};
  CHECK(strings(items + "<si/>", limits) == too_many);
  CHECK(strings("<si><t>" + std::string(101, 'x') + "</t></si>", limits) == too_many);
}

TEST_CASE("a bomb of shared strings ends at the part's limit") {
  std::string items;
  for (int i = 0; i < 200000; ++i) items += "<si><t>Yes</t></si>";
  Limits limits;
  limits.part_bytes = 1 << 20;
  const auto read = strings(items, limits);
  REQUIRE(read.size() == 1u);
  CHECK(read[0].starts_with("problem: xl/sharedStrings.xml expands to more than 1 MiB: is it a zip bomb?"));
}
