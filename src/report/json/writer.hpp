// A minimal streaming JSON writer: keys in the order written, strings escaped, numbers as
// given. Enough for pdu-rate's fixed-shape documents; it does not validate nesting.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pdurate::report::json {

class Writer {
 public:
  explicit Writer(int indent = 2) : indent_(indent) {}

  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }
  Writer& key(std::string_view name);
  Writer& string(std::string_view value);
  Writer& number(long long value);
  // A number already formatted (fixed precision), e.g. "45.57".
  Writer& raw_number(std::string_view formatted);
  Writer& boolean(bool value);
  Writer& null();
  // A string, or null when it is empty (an absent value).
  Writer& string_or_null(std::string_view value);
  // A number, or null when there is none.
  Writer& number_or_null(std::optional<long long> value);

  const std::string& str() const { return out_; }

 private:
  Writer& open(char bracket);
  Writer& close(char bracket);
  void before_value();
  void write_string(std::string_view value);
  void newline();

  int indent_;
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
};

}  // namespace pdurate::report::json
