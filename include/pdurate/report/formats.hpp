// The output formats --format offers, in one list. A format renders one inspection (pdu-rate
// FILE), many inspections one row each (pdu-rate FILE FILE..., pdu-rate DIR), and a comparison
// of rule sets (pdu-rate diff); a null renderer is a view the format does not have. Every
// renderer takes the same result type, the pipeline's app::Outcome. To add a format, write its
// renderers (report/FORMAT.hpp) and list them in src/report/formats.cpp.
#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/app/trend.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

struct Options {
  bool color = false;    // ANSI colours (text); the CLI decides: a terminal, NO_COLOR, --color
  bool explain = false;  // the plain-words explanation of every rating (text; JSON always has it)
};

// What a format's view of one inspection shows beyond the ratings (bits). An option asking for
// something the chosen format does not show is refused, naming the option, never dropped.
enum Shows : unsigned {
  kExplanation = 1u << 0,    // --explain
  kPivotal = 1u << 1,        // --pivotal
  kBreakdown = 1u << 2,      // --by
  kRelativeRates = 1u << 3,  // --rri
  kProbabilities = 1u << 4,  // --probabilities (and its --seed)
  kIntervals = 1u << 5,      // --confidence
  kExpectations = 1u << 6,   // the expectations checked (else each unmet one is said on stderr)
  kEverything = (1u << 7) - 1,
};

struct Format {
  std::string_view name;
  std::string_view note;  // for --help, e.g. "schema: doc/json-output.md"; may be empty
  std::string (*inspection)(const rules::Rules& rules, const app::Outcome& outcome, const Options& options);
  std::string (*inspections)(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                             const Options& options);
  std::string (*diff)(const rules::Rules& base, const rules::Rules& rules, const std::vector<app::Outcome>& outcomes,
                      const Options& options);
  unsigned shows = 0;  // Shows: what `inspection` shows; a new format shows nothing more until it says so
  // A file format rather than text (xlsx): its bytes may hold anything, and a terminal is no
  // place for them.
  bool binary = false;
  // Its view of one inspection lists the cases themselves (xlsx's Cases sheet): the pipeline
  // must keep them (app::Request::keep_cases), not just their counts.
  bool needs_cases = false;
  // pdu-rate compare: progress between inspections (app/trend.hpp).
  std::string (*trend)(const rules::Rules& rules, const app::TrendReport& report, const Options& options) = nullptr;
};

// A renderer that cannot render for a reason outside the input (a workbook's temporary file
// cannot be written) throws this, with a sentence for the user.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::span<const Format> formats();
const Format* find_format(std::string_view name);

}  // namespace pdurate::report
