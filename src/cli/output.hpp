// Where output goes: the report to stdout or a file (whole or not at all), problems and notes
// to stderr, colour only on a terminal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::cli {

// "pdu-rate: FILE:LINE:COLUMN: message" on stderr, one line each, as Diagnostics lists them.
void print_problems(const util::Diagnostics& problems);
// "pdu-rate: message" on stderr.
void print_message(std::string_view message);
// "pdu-rate: note: message" on stderr.
void print_note(std::string_view message);

// Whether to colour a report: --color always or never wins; auto colours only a terminal on
// stdout, and not when NO_COLOR is set and not empty (https://no-color.org). Never a file.
bool use_color(const std::string& when, const std::string& output);

// An output option's value that means standard output: none, or "-".
bool is_stdout(const std::string& output);

// Whether a report in `format` may go to `output`: a binary one (a workbook) is refused on a
// terminal, "--format xlsx writes a workbook: give -o FILE.xlsx", and returns false; into a
// pipe or a file it goes.
bool fit_for_output(const report::Format& format, const std::string& output);
// The same for a format listed elsewhere (pdu-rate agree's): `binary` is whether it is a file format.
bool fit_for_output(std::string_view format, bool binary, const std::string& output);

// Writes a finished report to `output` (atomically; a symlink is followed, and the file it points
// to replaced), or to stdout when is_stdout(output). On failure says so on stderr and returns false.
bool emit(std::string_view text, const std::string& output);

// `inputs` with the --rules file added when one was given (a built-in name matches no file).
std::vector<app::Input> with_rules(std::vector<app::Input> inputs, const std::string& rules_file);

// Whether the file `output` (the value of `option`, such as --output) is none of `inputs`, by file
// identity (a link or another spelling of an input is that input). When it is one, says so on
// stderr, "--output cases.csv is an input of this run (the cases): choose another file", and
// returns false: writing would destroy the input.
bool clear_of_inputs(std::string_view option, const std::string& output, const std::vector<app::Input>& inputs);

}  // namespace pdurate::cli
