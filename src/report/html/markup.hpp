// Writing polyglot HTML5 (well-formed XML that browsers parse as HTML) and inline SVG: text and
// attribute values escaped, every element closed in order. Internal to report/html.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pdurate::report::html {

using Attribute = std::pair<std::string_view, std::string_view>;
using Attributes = std::initializer_list<Attribute>;

// Markup written in order: open() pushes an element that close() ends, so what is written is
// well-formed as long as every open() has its close() (str() checks, in debug builds). Void HTML
// elements (meta, br, col) and SVG shapes use empty(), which self-closes them: `<td/>` would be
// an open tag to an HTML parser, so a non-void HTML element is always open() and close()d.
class Markup {
 public:
  Markup& open(std::string_view tag, Attributes attributes = {});
  Markup& open(std::string_view tag, const std::vector<Attribute>& attributes);
  Markup& close();
  Markup& text(std::string_view text);
  // <tag ...>text</tag>
  Markup& element(std::string_view tag, Attributes attributes, std::string_view text);
  Markup& element(std::string_view tag, std::string_view text) { return element(tag, {}, text); }
  Markup& empty(std::string_view tag, Attributes attributes = {});
  Markup& empty(std::string_view tag, const std::vector<Attribute>& attributes);
  // Markup written by another Markup (a chart), or a literal known to be well-formed.
  Markup& raw(std::string_view markup);

  std::size_t depth() const { return open_.size(); }
  std::string str() &&;

 private:
  template <class Range>
  void start(std::string_view tag, const Range& attributes);

  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace pdurate::report::html
