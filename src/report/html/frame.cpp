#include "report/html/frame.hpp"

#include <fmt/format.h>

#include "pdurate/util/version.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {

void open_page(Markup& out, std::string_view title) {
  out.raw("<!DOCTYPE html>\n");
  out.open("html", {{"xmlns", "http://www.w3.org/1999/xhtml"}, {"lang", "en"}, {"xml:lang", "en"}});
  out.open("head");
  out.empty("meta", {{"charset", "utf-8"}});
  out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  out.empty("meta", {{"name", "generator"}, {"content", fmt::format("pdu-rate {}", util::version())}});
  out.element("title", title);
  out.open("style").raw(stylesheet()).close();
  out.close();
  out.open("body");
}

void close_page(Markup& out) {
  out.close().close();
  out.raw("\n");
}

}  // namespace pdurate::report::html
