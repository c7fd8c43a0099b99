// XML parts parsed as they stream: events, suspending and resuming, and what is refused.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readers/xlsx/xml_stream.hpp"
#include "test_util.hpp"

using namespace pdurate::readers::xlsx;
using pdurate::test::zip_of;

namespace {

// Writes each event as "<name a=v>", "</name>" or the text; suspends after each element named
// `pause`, and fails at one named "fail".
class Recorder : public XmlHandler {
 public:
  explicit Recorder(std::string pause = "") : pause_(std::move(pause)) {}
  void start(std::string_view name, const char* const* attributes) override {
    log += "<" + std::string(name);
    for (auto a = attributes; *a; a += 2) log += " " + std::string(a[0]) + "=" + a[1];
    log += ">";
    if (name == "fail") fail({3, 4, "stopped at fail"});
  }
  void end(std::string_view name) override {
    log += "</" + std::string(name) + ">";
    if (name == pause_) suspend();
  }
  void text(std::string_view text) override { log += text; }
  std::string log;

 private:
  std::string pause_;
};

struct Parsed {
  XmlStream::Status status;
  std::string log;
  std::string problem;
};

// Parses `xml` (as part "p.xml") to its end, running again after each suspension.
Parsed parse(const std::string& xml, std::size_t* suspensions = nullptr) {
  const std::string bytes = zip_of({{"p.xml", xml}});
  Problem problem;
  const auto archive = ZipArchive::open(bytes, {}, problem);
  REQUIRE(archive);
  Recorder recorder("pause");
  XmlStream stream(*archive->entry("p.xml", problem), recorder);
  auto status = stream.run();
  for (; status == XmlStream::Status::Suspended; status = stream.run())
    if (suspensions) ++*suspensions;
  CHECK(stream.run() == status);  // it stays so
  return {status, recorder.log, status == XmlStream::Status::Failed ? stream.problem().message : ""};
}

}  // namespace

TEST_CASE("elements come without their namespace prefix, attributes and text as they are") {
  const auto parsed = parse(R"(<?xml version="1.0" encoding="UTF-8"?><x:a xmlns:x="ns" r:id="1">t&amp;u<x:b/></x:a>)");
  CHECK(parsed.status == XmlStream::Status::Finished);
  CHECK(parsed.log == "<a xmlns:x=ns r:id=1>t&u<b></b></a>");
}

TEST_CASE("attributes are found by name without prefix") {
  const char* attributes[] = {"r", "A1", "x:t", "s", nullptr};
  CHECK(attribute(attributes, "r") == "A1");
  CHECK(attribute(attributes, "t") == "s");
  CHECK_FALSE(attribute(attributes, "s"));
}

TEST_CASE("a handler suspends the parse, which goes on from there, across chunks") {
  std::string xml = "<a>";
  std::string expected = "<a>";
  for (int i = 0; i < 20000; ++i) {  // ~300 KiB: several chunks
    xml += "<pause>" + std::to_string(i) + "</pause>";
    expected += "<pause>" + std::to_string(i) + "</pause>";
  }
  xml += "</a>";
  expected += "</a>";
  std::size_t suspensions = 0;
  const auto parsed = parse(xml, &suspensions);
  CHECK(parsed.status == XmlStream::Status::Finished);
  CHECK(parsed.log == expected);
  CHECK(suspensions == 20000);
}

TEST_CASE("a handler's problem stops the parse") {
  const auto parsed = parse("<a><b/><fail/><c/></a>");
  CHECK(parsed.status == XmlStream::Status::Failed);
  CHECK(parsed.problem == "stopped at fail");
  CHECK(parsed.log == "<a><b></b><fail>");
}

TEST_CASE("XML that is not well-formed is a problem with expat's words and the place") {
  CHECK(parse("<a><b></a>").problem == "p.xml is not well-formed XML (line 1, column 9: mismatched tag): the workbook "
                                         "is damaged; open it in Excel or LibreOffice and save it again");
  CHECK(parse("").problem.starts_with("p.xml is not well-formed XML (line 1, column 1: no element found)"));
  CHECK(parse("<a>\n<b>").problem.starts_with("p.xml is not well-formed XML (line 2, column 4: no element found)"));
  CHECK(parse("<a>&unknown;</a>").problem.starts_with("p.xml is not well-formed XML (line 1, column 4: undefined entity)"));
  CHECK(parse("<a/><b/>").problem.starts_with("p.xml is not well-formed XML (line 1, column 5: junk after document element)"));
  CHECK(parse("<?xml version=\"1.0\" encoding=\"klingon\"?><a/>").problem.starts_with("p.xml is not well-formed XML (line 1, column 31: unknown encoding)"));
}

TEST_CASE("a DOCTYPE is refused, so no entity is ever expanded") {
  const std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><a>&lol2;</a>)";
  const auto parsed = parse(laughs);
  CHECK(parsed.status == XmlStream::Status::Failed);
  CHECK(parsed.problem == "p.xml has a DOCTYPE declaration, which workbooks never have: it was not written by a "
                          "spreadsheet program; open it in Excel or LibreOffice and save it again");
  CHECK(parsed.log.empty());
  CHECK(parse(R"(<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>)").problem.starts_with("p.xml has a DOCTYPE declaration"));
}

TEST_CASE("long text comes in pieces, and a long tag is read within expat's memory") {
  const std::string text(std::size_t{3} << 20, 't');
  const auto long_text = parse("<a>" + text + "</a>");
  CHECK(long_text.status == XmlStream::Status::Finished);
  CHECK(long_text.log == "<a>" + text + "</a>");
  const std::string value(std::size_t{2} << 20, 'v');
  const auto long_tag = parse("<a b=\"" + value + "\"/>");
  CHECK(long_tag.status == XmlStream::Status::Finished);
  CHECK(long_tag.log == "<a b=" + value + "></a>");
}

TEST_CASE("a tag too long for expat's memory cap is a problem, not memory") {
  const auto parsed = parse("<a b=\"" + std::string(kXmlMemoryBytes, 'v') + "\"/>");
  CHECK(parsed.status == XmlStream::Status::Failed);
  CHECK(parsed.problem == "p.xml has a tag too long, nesting too deep or too many different names to parse within "
                          "16 MiB: it was not written by a spreadsheet program, or the workbook is damaged; open it in "
                          "Excel or LibreOffice and save it again");
}

TEST_CASE("nesting too deep for expat's memory cap is a problem, not memory") {
  std::string xml;
  for (int i = 0; i < 2'000'000; ++i) xml += "<a>";
  const auto parsed = parse(xml);
  CHECK(parsed.status == XmlStream::Status::Failed);
  CHECK(parsed.problem.starts_with("p.xml has a tag too long, nesting too deep or too many different names"));
}

TEST_CASE("many distinct names, each stored by expat, are bounded by its memory cap too") {
  std::string xml = "<a>";
  for (int i = 0; i < 400'000; ++i) xml += "<n" + std::to_string(i) + " a" + std::to_string(i) + "=\"\"/>";
  const auto parsed = parse(xml + "</a>");
  CHECK(parsed.status == XmlStream::Status::Failed);
  CHECK(parsed.problem.starts_with("p.xml has a tag too long, nesting too deep or too many different names"));
}
