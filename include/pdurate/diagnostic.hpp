// Errors a user can cause (bad input, bad rules, bad options) are values, not exceptions.
// Every reader appends Diagnostics and reports success only when it appended none.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pdurate {

// A place in an input: 1-based line and column (column counts characters, not bytes).
// line == 0 means "the whole file"; column == 0 means "the whole line".
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

struct Diagnostic {
  Location where;
  std::string message;  // what is wrong, and how to fix it; no trailing full stop
};

// "FILE:LINE:COLUMN: message" (GNU style), shortened to "FILE:LINE: message" or
// "FILE: message" when the position is not known, or "message" when there is no file.
std::string format(const Diagnostic& diagnostic);

class Diagnostics {
 public:
  void add(Location where, std::string message);
  void append(const Diagnostics& other);

  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

  // Sorted by file, line and column, so that output does not depend on discovery order.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace pdurate
