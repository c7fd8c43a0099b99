// Which styles are dates or times: number format codes, built-in ids, and xl/styles.xml.
#include <ostream>

#include <doctest/doctest.h>

#include "readers/xlsx/styles.hpp"
#include "readers/xlsx/zip_archive.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using pdurate::test::zip_of;

TEST_CASE("built-in formats 14-22 and 45-47 are dates and times") {
  CHECK(builtin_format_kind(0) == NumberKind::Number);
  CHECK(builtin_format_kind(13) == NumberKind::Number);
  for (std::uint32_t id : {14u, 15u, 16u, 17u, 22u}) CHECK(builtin_format_kind(id) == NumberKind::Date);
  for (std::uint32_t id : {18u, 19u, 20u, 21u, 45u, 47u}) CHECK(builtin_format_kind(id) == NumberKind::Time);
  CHECK(builtin_format_kind(46) == NumberKind::Duration);
  CHECK(builtin_format_kind(23) == NumberKind::Number);
  CHECK(builtin_format_kind(49) == NumberKind::Number);  // "@", text
}

TEST_CASE("custom format codes are dates when they have date tokens outside quotes, brackets and escapes") {
  CHECK(format_kind("yyyy-mm-dd") == NumberKind::Date);
  CHECK(format_kind("yyyy\\-mm\\-dd") == NumberKind::Date);  // LibreOffice's
  CHECK(format_kind("dd/mm/yyyy hh:mm") == NumberKind::Date);
  CHECK(format_kind("[$-F800]dddd, mmmm dd, yyyy") == NumberKind::Date);
  CHECK(format_kind("mmm") == NumberKind::Date);       // m alone is a month
  CHECK(format_kind("h:mm") == NumberKind::Time);      // m beside h is minutes
  CHECK(format_kind("mm:ss") == NumberKind::Time);
  CHECK(format_kind("h:mm AM/PM") == NumberKind::Time);
  CHECK(format_kind("[h]:mm:ss") == NumberKind::Duration);
  CHECK(format_kind("[mm]:ss") == NumberKind::Duration);
  CHECK(format_kind("General") == NumberKind::Number);
  CHECK(format_kind("0.00") == NumberKind::Number);
  CHECK(format_kind("#,##0.00 \"days\"") == NumberKind::Number);
  CHECK(format_kind("0\\d") == NumberKind::Number);
  CHECK(format_kind("0_m") == NumberKind::Number);
  CHECK(format_kind("0*y") == NumberKind::Number);
  CHECK(format_kind("[Red]0.00;[Blue]-0.00") == NumberKind::Number);
  CHECK(format_kind("[$$-409]#,##0.00") == NumberKind::Number);
  CHECK(format_kind("0.00E+00") == NumberKind::Number);
  CHECK(format_kind("@") == NumberKind::Number);
  CHECK(format_kind("\"unterminated") == NumberKind::Number);
  CHECK(format_kind("[unterminated") == NumberKind::Number);
  CHECK(format_kind("") == NumberKind::Number);
}

namespace {

std::optional<CellStyles> read_styles(const std::string& xml, Problem& problem) {
  const std::string bytes = zip_of({{"xl/styles.xml", xml}});
  const auto archive = ZipArchive::open(bytes, {}, problem);
  REQUIRE(archive);
  return CellStyles::read(*archive, "xl/styles.xml", problem);
}

}  // namespace

TEST_CASE("a style is a date by its cell format's number format, custom formats overriding built-in ones") {
  Problem problem;
  const auto styles = read_styles(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="14" formatCode="0.00"/>
      <numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="14"/><xf numFmtId="20"/>
      <xf numFmtId="165"/><xf/></cellXfs>
    <dxfs><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>)", problem);
  REQUIRE_MESSAGE(styles, problem.message);
  CHECK(styles->kind(0) == NumberKind::Number);
  CHECK(styles->kind(1) == NumberKind::Date);
  CHECK(styles->kind(2) == NumberKind::Number);  // 14 redefined as "0.00"
  CHECK(styles->kind(3) == NumberKind::Time);
  CHECK(styles->kind(4) == NumberKind::Duration);
  CHECK(styles->kind(5) == NumberKind::Number);
  CHECK(styles->kind(6) == NumberKind::Number);  // a style the workbook does not have
  CHECK(styles->kind(SIZE_MAX) == NumberKind::Number);
  CHECK(CellStyles().kind(1) == NumberKind::Number);
}

TEST_CASE("prefixed elements and odd ids are read too") {
  Problem problem;
  const auto styles = read_styles(R"(<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <x:cellXfs><x:xf numFmtId="15"/><x:xf numFmtId="-1"/><x:xf numFmtId="99999999999999"/></x:cellXfs></x:styleSheet>)", problem);
  REQUIRE_MESSAGE(styles, problem.message);
  CHECK(styles->kind(0) == NumberKind::Date);
  CHECK(styles->kind(1) == NumberKind::Number);
  CHECK(styles->kind(2) == NumberKind::Number);
}

TEST_CASE("broken styles are a problem naming the part") {
  Problem problem;
  CHECK_FALSE(read_styles("<styleSheet><cellXfs></styleSheet>", problem));
  CHECK(problem.message == "xl/styles.xml is not well-formed XML (line 1, column 24: mismatched tag): the workbook is "
                           "damaged; open it in Excel or LibreOffice and save it again");
}
