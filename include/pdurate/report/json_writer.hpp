// A minimal streaming JSON writer: keys in the order written, strings escaped, numbers as
// given. Enough for pdu-rate's fixed-shape documents; it does not validate nesting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pdurate::report {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);
  JsonWriter& number(long long value);
  // A number already formatted (fixed precision), e.g. "45.57".
  JsonWriter& raw_number(std::string_view formatted);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  const std::string& str() const { return out_; }

 private:
  void before_value();
  void write_string(std::string_view value);
  void newline();

  int indent_;
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
};

}  // namespace pdurate::report
