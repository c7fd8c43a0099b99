// Where output goes: the report to stdout or a file (whole or not at all), problems and notes
// to stderr, colour only on a terminal.
#pragma once

#include <string>
#include <string_view>

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

// Writes a finished report to `output` (atomically), or to stdout when it is empty. On failure
// says so on stderr and returns false.
bool emit(std::string_view text, const std::string& output);

}  // namespace pdurate::cli
