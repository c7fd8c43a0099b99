// What every HTML page of pdu-rate shares around its content: the doctype, the <html> element
// (polyglot HTML5), the head (charset, viewport, generator, title, the stylesheet) and <body>.
// Internal to report/html.
#pragma once

#include <string_view>

#include "report/html/markup.hpp"

namespace pdurate::report::html {

// Writes everything up to and including <body>, the document titled `title`.
void open_page(Markup& out, std::string_view title);
// Closes <body> and <html>, with the final newline.
void close_page(Markup& out);

}  // namespace pdurate::report::html
