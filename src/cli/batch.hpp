// Rating many inspections in one run: `pdu-rate FILE FILE...`, `pdu-rate DIR`, or any input with
// --format csv. One row per inspection (README, "Rating many inspections").
#pragma once

#include "cli/rate_command.hpp"

namespace pdurate::cli {

// True when the rate options ask for more than one inspection (several inputs, or a directory)
// or for CSV, which is always a table of rows.
bool is_batch(const RateOptions& options);

// Rates every inspection under the inputs with the same rules and prints one row each (table,
// json or csv). A file's problems are reported with its name and do not stop the others.
// Returns the worst status: 2 any input invalid (or usage), 1 any expectation or --strict
// check failed, 0 otherwise.
int run_batch(const RateOptions& options);

}  // namespace pdurate::cli
