// Inspections rated under two rule sets and compared (pdu-rate diff): text, listing only what
// changed, and JSON (doc/schema/diff.schema.json). See README, "Comparing rule sets".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/diagnostic.hpp"
#include "pdurate/engine/compare.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

inline constexpr int kDiffSchemaVersion = 1;

struct DiffRow {
  std::string file;
  std::string name;                        // empty when the input does not say
  std::optional<engine::ResultDiff> diff;  // nullopt: the input is invalid under either rule set
  std::vector<Diagnostic> errors;

  enum class Status { Unchanged, Changed, Invalid };
  Status status() const;
};

struct DiffCounts {
  std::size_t compared = 0;  // rated under both rule sets
  std::size_t changed = 0;
  std::size_t errors = 0;
};
DiffCounts count(const std::vector<DiffRow>& rows);

// "N compared, N changed", with ", N errors" when any input was invalid. No newline.
std::string diff_summary(const DiffCounts& counts);

// The two rule sets, then each inspection that changed (or could not be compared), then the
// summary line.
std::string diff_text(const rules::Rules& base, const rules::Rules& rules, const std::vector<DiffRow>& rows);
std::string diff_json(const rules::Rules& base, const rules::Rules& rules, const std::vector<DiffRow>& rows);

}  // namespace pdurate::report
