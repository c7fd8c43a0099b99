// Finding a workbook's sheets and parts: xl/workbook.xml and its relationships.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "readers/xlsx/workbook_parts.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using namespace pdurate::test;

namespace {

const std::string kNs = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
const std::string kRel = R"(<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)";

std::string workbook(const std::string& inside) { return "<workbook" + kNs + ">" + inside + "</workbook>"; }
std::string relationships(const std::string& inside) {
  return R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" + inside + "</Relationships>";
}

struct Found {
  std::optional<WorkbookParts> parts;
  std::string problem;
};

Found find(const ZipEntries& entries, const Limits& limits = {}) {
  const std::string bytes = zip_of(entries);
  Problem problem;
  const auto archive = ZipArchive::open(bytes, limits, problem);
  REQUIRE(archive);
  Found found;
  found.parts = read_workbook_parts(*archive, limits, problem);
  if (!found.parts) found.problem = problem.message;
  return found;
}

}  // namespace

TEST_CASE("relationship targets are relative to xl/ or absolute") {
  CHECK(resolve_target("xl/", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/", "./worksheets/../worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/", "../sheet.xml") == "sheet.xml");
  CHECK(resolve_target("xl/", "../../../sheet.xml") == "sheet.xml");
  CHECK(resolve_target("xl/", "worksheets//sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/", "") == "xl");
}

TEST_CASE("sheets in tab order, with their parts, date1904, shared strings and styles") {
  const auto found = find({
      {"xl/workbook.xml", workbook(R"(<workbookPr date1904="1"/><sheets><sheet name="Cases" sheetId="3" r:id="rId7"/>)"
                                   R"(<sheet name="Notes &amp; more" sheetId="1" r:id="rId2" state="hidden"/></sheets>)")},
      {"xl/_rels/workbook.xml.rels", relationships(kRel + R"(worksheet" Target="/xl/worksheets/sheet2.xml" Id="rId2"/>)" +
                                                   kRel + R"(sharedStrings" Target="strings.xml" Id="rId9"/>)" +
                                                   kRel + R"(worksheet" Target="worksheets/sheet1.xml" Id="rId7"/>)" +
                                                   kRel + R"(styles" Target="/xl/styles.xml" Id="rId3"/>)" +
                                                   kRel + R"(hyperlink" Target="http://example.com" TargetMode="External" Id="rId4"/>)")},
      {"xl/worksheets/sheet1.xml", "<worksheet/>"},
      {"xl/worksheets/sheet2.xml", "<worksheet/>"}});
  REQUIRE_MESSAGE(found.parts, found.problem);
  const auto& parts = *found.parts;
  REQUIRE(parts.sheets.size() == 2u);
  CHECK(parts.sheets[0].name == "Cases");
  CHECK(parts.sheets[0].part == "xl/worksheets/sheet1.xml");
  CHECK(parts.sheets[1].name == "Notes & more");
  CHECK(parts.sheets[1].part == "xl/worksheets/sheet2.xml");
  CHECK(parts.date1904);
  CHECK(parts.shared_strings == "xl/strings.xml");
  CHECK(parts.styles == "xl/styles.xml");
}

TEST_CASE("without relationships for them, the usual shared strings and styles parts are used if there") {
  auto parts = xlsx_parts("", {"a"}, "<styleSheet/>");
  parts = with_part(parts, "xl/_rels/workbook.xml.rels", relationships(kRel + R"(worksheet" Target="worksheets/sheet1.xml" Id="rId1"/>)"));
  const auto found = find(parts);
  REQUIRE_MESSAGE(found.parts, found.problem);
  CHECK(found.parts->shared_strings == "xl/sharedStrings.xml");
  CHECK(found.parts->styles == "xl/styles.xml");
  CHECK_FALSE(found.parts->date1904);
  const auto plain = find(xlsx_parts(""));
  CHECK(plain.parts->shared_strings.empty());
  CHECK(plain.parts->styles.empty());
}

TEST_CASE("what is wrong with the sheet list is a problem naming the part") {
  const auto parts = xlsx_parts("");
  const std::string damaged = ": the workbook is damaged; open it in Excel or LibreOffice and save it again";
  CHECK(find(with_part(parts, "xl/workbook.xml", workbook("<sheets/>"))).problem == "xl/workbook.xml lists no sheets" + damaged);
  CHECK(find(with_part(parts, "xl/workbook.xml", workbook(R"(<sheets><sheet name="A" r:id="rId5"/></sheets>)"))).problem ==
        "xl/workbook.xml lists sheet \"A\" with relationship rId5, which xl/_rels/workbook.xml.rels does not have" + damaged);
  CHECK(find(with_part(parts, "xl/workbook.xml", workbook(R"(<sheets><sheet name="A"/></sheets>)"))).problem ==
        "xl/workbook.xml lists a sheet without a name or relationship id" + damaged);
  CHECK(find(with_part(parts, "xl/workbook.xml", workbook(R"(<sheets><sheet name=")" + std::string(1025, 'n') + R"(" r:id="rId1"/></sheets>)"))).problem ==
        "xl/workbook.xml lists a sheet name or id longer than 1 KiB" + damaged);
  CHECK(find(with_part(parts, "xl/_rels/workbook.xml.rels", relationships(kRel + R"(worksheet" Target="worksheets/sheet9.xml" Id="rId1"/>)"))).problem ==
        "sheet \"Sheet1\" should be in xl/worksheets/sheet9.xml, which the workbook does not have" + damaged);
  CHECK(find(with_part(parts, "xl/_rels/workbook.xml.rels", relationships(kRel + R"(worksheet" Target=")" + std::string(1025, 't') + R"(" Id="rId1"/>)"))).problem ==
        "xl/_rels/workbook.xml.rels has a target longer than 1 KiB" + damaged);
  ZipEntries no_relationships;
  for (const auto& entry : parts)
    if (entry.first != "xl/_rels/workbook.xml.rels") no_relationships.push_back(entry);
  CHECK(find(no_relationships).problem ==
        "the workbook has no xl/_rels/workbook.xml.rels, which says where its sheets are" + damaged);
}

TEST_CASE("no more sheets are listed than Limits::entries") {
  std::string sheets;
  for (int i = 0; i < 6; ++i) sheets += R"(<sheet name="S" r:id="rId1"/>)";
  Limits limits;
  limits.entries = 5;
  CHECK(find(with_part(xlsx_parts(""), "xl/workbook.xml", workbook("<sheets>" + sheets + "</sheets>")), limits).problem ==
        "xl/workbook.xml lists more than 5 sheets: the workbook is damaged; open it in Excel or LibreOffice and save it again");
}

TEST_CASE("a zip that is not a workbook is said to be what it is") {
  CHECK(find({{"xl/workbook.bin", "\x83\x01"}}).problem ==
        "an Excel binary workbook (.xlsb), not an .xlsx file: it has no xl/workbook.xml; save it from Excel as Excel "
        "Workbook (.xlsx)");
  CHECK(find({{"word/document.xml", "<w/>"}}).problem == "a Word document, not an Excel workbook: it has no xl/workbook.xml");
  CHECK(find({{"ppt/presentation.xml", "<p/>"}}).problem == "a PowerPoint presentation, not an Excel workbook: it has no xl/workbook.xml");
  CHECK(find({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<c/>"}}).problem ==
        "an OpenDocument file (.ods?), not an Excel workbook: it has no xl/workbook.xml; open it in LibreOffice and "
        "save it as Excel 2007-365 (.xlsx)");
  CHECK(find({{"readme.txt", "hello"}}).problem ==
        "not an Excel workbook: it has no xl/workbook.xml; save it from Excel as Excel Workbook (.xlsx)");
}
