#include "report/html/markup.hpp"

#include <cassert>

#include "pdurate/util/xml_escape.hpp"

namespace pdurate::report::html {

template <class Range>
void Markup::start(std::string_view tag, const Range& attributes) {
  out_ += '<';
  out_ += tag;
  for (const auto& [name, value] : attributes) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += util::xml_escape(value, util::XmlPlace::Attribute);
    out_ += '"';
  }
}

Markup& Markup::open(std::string_view tag, Attributes attributes) {
  start(tag, attributes);
  out_ += '>';
  open_.emplace_back(tag);
  return *this;
}

Markup& Markup::open(std::string_view tag, const std::vector<Attribute>& attributes) {
  start(tag, attributes);
  out_ += '>';
  open_.emplace_back(tag);
  return *this;
}

Markup& Markup::close() {
  assert(!open_.empty());
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  open_.pop_back();
  return *this;
}

Markup& Markup::text(std::string_view text) {
  out_ += util::xml_escape(text, util::XmlPlace::Text);
  return *this;
}

Markup& Markup::element(std::string_view tag, Attributes attributes, std::string_view text) {
  return open(tag, attributes).text(text).close();
}

Markup& Markup::empty(std::string_view tag, Attributes attributes) {
  start(tag, attributes);
  out_ += "/>";
  return *this;
}

Markup& Markup::empty(std::string_view tag, const std::vector<Attribute>& attributes) {
  start(tag, attributes);
  out_ += "/>";
  return *this;
}

Markup& Markup::raw(std::string_view markup) {
  out_ += markup;
  return *this;
}

std::string Markup::str() && {
  assert(open_.empty());
  return std::move(out_);
}

}  // namespace pdurate::report::html
