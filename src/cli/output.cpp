#include "cli/output.hpp"

#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <unistd.h>

#include "cli/atomic_file.hpp"
#include "cli/progress_line.hpp"
#include "pdurate/util/file_identity.hpp"

namespace pdurate::cli {

void print_problems(const util::Diagnostics& problems) {
  if (!problems.listed().empty()) erase_progress_line();
  for (const auto& d : problems.listed()) fmt::print(stderr, "pdu-rate: {}\n", util::format(d));
}

void print_message(std::string_view message) {
  erase_progress_line();
  fmt::print(stderr, "pdu-rate: {}\n", message);
}

void print_note(std::string_view message) {
  erase_progress_line();
  fmt::print(stderr, "pdu-rate: note: {}\n", message);
}

bool use_color(const std::string& when, const std::string& output) {
  if (when != "auto") return when == "always";
  if (!is_stdout(output)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(::fileno(stdout)) == 1;
}

bool is_stdout(const std::string& output) { return output.empty() || output == "-"; }

bool fit_for_output(const report::Format& format, const std::string& output) {
  return fit_for_output(format.name, format.binary, output);
}

bool fit_for_output(std::string_view format, bool binary, const std::string& output) {
  if (!binary || !is_stdout(output) || ::isatty(::fileno(stdout)) != 1) return true;
  print_message(fmt::format("--format {} writes a workbook: give -o FILE.xlsx", format));
  return false;
}

bool emit(std::string_view text, const std::string& output) {
  if (is_stdout(output)) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return true;
    print_message("cannot write the report to standard output");
    return false;
  }
  util::Diagnostics problems;
  if (write_file_atomically(output, text, problems)) return true;
  print_problems(problems);
  return false;
}

std::vector<app::Input> with_rules(std::vector<app::Input> inputs, const std::string& rules_file) {
  if (!rules_file.empty() && rules_file != "-") inputs.push_back({app::Input::Role::Rules, rules_file});
  return inputs;
}

bool clear_of_inputs(std::string_view option, const std::string& output, const std::vector<app::Input>& inputs) {
  if (is_stdout(output)) return true;
  for (const auto& input : inputs) {
    if (!util::same_file(output, input.path)) continue;
    using Role = app::Input::Role;
    const char* what = input.role == Role::Cases ? "the cases" : input.role == Role::Rules ? "the rules" : "the inspection file";
    // Another spelling or a link: say which input it is.
    const auto which = input.path == output ? std::string(what) : fmt::format("{}, {}", what, input.path);
    print_message(fmt::format("{} {} is an input of this run ({}): choose another file", option, output, which));
    return false;
  }
  return true;
}

}  // namespace pdurate::cli
