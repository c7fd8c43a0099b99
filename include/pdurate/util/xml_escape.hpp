// Text made safe to place in an XML 1.0 document: the HTML report (polyglot HTML5 with inline
// SVG) and the JUnit report write every piece of text they did not write themselves through it,
// so that no input text (a case id, a file name, a spreadsheet's cell) can break their markup.
#pragma once

#include <string>
#include <string_view>

namespace pdurate::util {

enum class XmlPlace {
  Text,       // an element's content: line feeds and tabs kept as they are
  Attribute,  // an attribute value in double quotes: line feeds and tabs as references, which an
              // XML parser would otherwise turn into spaces
};

// & < > as character references, and " in an attribute value (always written in double quotes);
// a carriage return as &#13; (a parser would drop it or turn it into a line feed); what XML 1.0
// cannot carry as U+FFFD: C0 control characters other than
// tab, line feed and carriage return, U+FFFE and U+FFFF, and every byte that is not part of
// well-formed UTF-8 (overlong forms, surrogates, beyond U+10FFFF, truncated sequences).
std::string xml_escape(std::string_view text, XmlPlace place);

}  // namespace pdurate::util
