#include "cli/output.hpp"

#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <unistd.h>

#include "cli/atomic_file.hpp"

namespace pdurate::cli {

void print_problems(const util::Diagnostics& problems) {
  for (const auto& d : problems.listed()) fmt::print(stderr, "pdu-rate: {}\n", util::format(d));
}

void print_message(std::string_view message) { fmt::print(stderr, "pdu-rate: {}\n", message); }

void print_note(std::string_view message) { fmt::print(stderr, "pdu-rate: note: {}\n", message); }

bool use_color(const std::string& when, const std::string& output) {
  if (when != "auto") return when == "always";
  if (!output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(::fileno(stdout)) == 1;
}

bool emit(std::string_view text, const std::string& output) {
  if (output.empty()) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return true;
    print_message("cannot write the report to standard output");
    return false;
  }
  util::Diagnostics problems;
  if (write_file_atomically(output, text, problems)) return true;
  print_problems(problems);
  return false;
}

}  // namespace pdurate::cli
