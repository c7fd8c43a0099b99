#include <doctest/doctest.h>

#include <string>

#include "pdurate/util/xml_escape.hpp"

using pdurate::util::xml_escape;
using pdurate::util::XmlPlace;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}

TEST_CASE("markup characters become references, and a double quote in an attribute value") {
  CHECK(xml_escape("B&C <PDU> \"x\" 'y'", XmlPlace::Text) == "B&amp;C &lt;PDU&gt; \"x\" 'y'");
  CHECK(xml_escape("B&C <PDU> \"x\" 'y'", XmlPlace::Attribute) == "B&amp;C &lt;PDU&gt; &quot;x&quot; 'y'");
}

TEST_CASE("line feeds and tabs stay in text, and are references in attribute values") {
  CHECK(xml_escape("a\tb\nc", XmlPlace::Text) == "a\tb\nc");
  CHECK(xml_escape("a\tb\nc", XmlPlace::Attribute) == "a&#9;b&#10;c");
  CHECK(xml_escape("a\r\n", XmlPlace::Text) == "a&#13;\n");  // a parser would drop a bare CR
}

TEST_CASE("what XML 1.0 cannot carry becomes U+FFFD, one for each byte") {
  CHECK(xml_escape(std::string("a\x01" "b\x1f\0", 5), XmlPlace::Text) == "a" + kReplacement + "b" + kReplacement + kReplacement);
  CHECK(xml_escape("\xEF\xBF\xBE", XmlPlace::Text) == kReplacement + kReplacement + kReplacement);  // U+FFFE
  CHECK(xml_escape("\xC0\xAF", XmlPlace::Text) == kReplacement + kReplacement);  // overlong '/'
  CHECK(xml_escape("\xED\xA0\x80", XmlPlace::Text) == kReplacement + kReplacement + kReplacement);  // surrogate
  CHECK(xml_escape("\xF4\x90\x80\x80", XmlPlace::Text).find('\xF4') == std::string::npos);  // above U+10FFFF
  CHECK(xml_escape("x\xE2\x80", XmlPlace::Text) == "x" + kReplacement + kReplacement);  // cut short at the end
  CHECK(xml_escape("\xE9t\xE9", XmlPlace::Text) == kReplacement + "t" + kReplacement);  // Windows-1252, not UTF-8
}

TEST_CASE("well-formed UTF-8 passes unchanged") {
  const std::string text = "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80 \xEF\xBF\xBD";
  CHECK(xml_escape(text, XmlPlace::Text) == text);
  CHECK(xml_escape(text, XmlPlace::Attribute) == text);
}
