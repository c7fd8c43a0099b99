#include "report/json/writer.hpp"

#include <fmt/format.h>

namespace pdurate::report::json {

void Writer::newline() {
  if (indent_ <= 0) return;
  out_ += '\n';
  out_.append(first_.size() * static_cast<std::size_t>(indent_), ' ');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
  }
}

Writer& Writer::open(char bracket) {
  before_value();
  out_ += bracket;
  first_.push_back(true);
  return *this;
}

Writer& Writer::close(char bracket) {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_ += bracket;
  if (first_.empty()) out_ += '\n';
  return *this;
}

Writer& Writer::key(std::string_view name) {
  before_value();
  write_string(name);
  out_ += indent_ > 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

Writer& Writer::string(std::string_view value) {
  before_value();
  write_string(value);
  return *this;
}

void Writer::write_string(std::string_view value) {
  out_ += '"';
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (c < 0x20) out_ += fmt::format("\\u{:04x}", c);
        else out_ += ch;
    }
  }
  out_ += '"';
}

Writer& Writer::number(long long value) {
  before_value();
  out_ += fmt::format("{}", value);
  return *this;
}

Writer& Writer::raw_number(std::string_view formatted) {
  before_value();
  out_ += formatted;
  return *this;
}

Writer& Writer::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
  return *this;
}

Writer& Writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

Writer& Writer::string_or_null(std::string_view value) { return value.empty() ? null() : string(value); }

Writer& Writer::number_or_null(std::optional<long long> value) {
  return value ? number(*value) : null();
}

}  // namespace pdurate::report::json
