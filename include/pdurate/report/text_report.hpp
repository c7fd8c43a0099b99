// The human-readable report (stdout by default). See README, "Output".
#pragma once

#include <string>

#include "pdurate/report/report.hpp"

namespace pdurate::report {

struct TextOptions {
  bool color = false;    // ANSI colours; the CLI decides (terminal, NO_COLOR, --color)
  bool explain = false;  // add the plain-words explanation of every rating (--explain)
};

std::string text_report(const ReportInput& input, const TextOptions& options);

}  // namespace pdurate::report
