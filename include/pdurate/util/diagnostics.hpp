// Problems a user can cause (bad input, bad rules, bad options) are values, not exceptions, and
// they travel in one channel: Diagnostics. The rule every function that can find one keeps: it
// returns no value if and only if it added a diagnostic.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pdurate::util {

// A place in an input: 1-based line and column (column counts characters, not bytes).
// line == 0 means "the whole file"; column == 0 means "the whole line"; no file means the
// command line. A place with a `label` (a workbook's "Sheet1!D7", where line and column are the
// cell's row and column) is shown as FILE:LABEL; line and column still order the problems.
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string label{};  // braces: the usual {file, line, column} leaves it out without a warning
};

struct Diagnostic {
  Location where;
  std::string message;  // what is wrong, and how to fix it; no trailing full stop
};

// "FILE:LINE:COLUMN: message" (GNU style), shortened to "FILE:LINE: message" or
// "FILE: message" when the position is not known, or "message" when there is no file;
// "FILE:LABEL: message" for a labelled place ("cases.xlsx:Sheet1!D7: ...").
// Always one line: control characters quoted from the input (a field's carriage return, a line
// break inside a quoted cell) are shown as \r, \n, \t or \xNN.
std::string format(const Diagnostic& diagnostic);

// Where a value came from, for a problem with it: a place in a file, or a command-line option
// whose text then leads the message ("--rating 'P1.1=Goo': unknown rating 'Goo' ...").
struct Origin {
  // Implicit: a Location (also written {file, line, column}) is an Origin.
  Origin(Location where_ = {}, std::string context_ = {}) : where(std::move(where_)), context(std::move(context_)) {}
  Origin(std::string file, std::size_t line, std::size_t column) : where{std::move(file), line, column} {}
  Location where;
  std::string context;
};

class Diagnostics {
 public:
  // At most this many problems are listed for one file; the rest are counted, and one more
  // line says how many. So a file of a million bad rows costs no more memory than a hundred.
  static constexpr std::size_t kListedPerFile = 100;

  void add(const Origin& origin, std::string message);
  void append(const Diagnostics& other);

  bool empty() const { return count_ == 0; }
  // Every problem added, listed or not: compare it before and after a call to learn whether
  // the call found a problem.
  std::size_t count() const { return count_; }

  // The problems to show. Consecutive problems in one file (a reader's) come in the order of
  // their line and column, at most kListedPerFile of them, then "N more problems not listed";
  // otherwise in the order added.
  std::vector<Diagnostic> listed() const;

 private:
  struct Run {  // consecutive problems in one file
    std::string file;
    std::vector<Diagnostic> kept;
    std::size_t count = 0;
  };
  static void keep_first(std::vector<Diagnostic>& kept);
  std::vector<Run> runs_;
  std::size_t count_ = 0;
};

}  // namespace pdurate::util
