// Many inspections rated with one rule set, one row each (pdu-rate FILE FILE..., pdu-rate DIR):
// a table, JSON (doc/schema/batch.schema.json) or CSV. See README, "Rating many inspections".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/diagnostic.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

inline constexpr int kBatchSchemaVersion = 1;

struct BatchRow {
  std::string file;
  std::string name;       // empty when the input does not say
  std::string fieldwork;  // empty when the input does not say
  std::optional<engine::Result> result;  // nullopt: the input was invalid (see errors)
  std::vector<engine::ExpectationCheck> expectations;
  std::vector<std::string> other_failures;  // e.g. --strict: an unexplained guidance departure
  std::vector<Diagnostic> errors;

  enum class Status { Ok, Failed, Invalid };
  Status status() const;
  // "P2.1: expected Good, got Requires improvement", then other_failures.
  std::vector<std::string> failures() const;
};

struct BatchTextOptions {
  bool color = false;
};

// A table: inspection (its name, else its file), each standard's rating (abbreviated, with a
// key below), score, overall, and a check column when any row has checks.
std::string batch_table(const rules::Rules& rules, const std::vector<BatchRow>& rows, const BatchTextOptions& options);
std::string batch_json(const rules::Rules& rules, const std::vector<BatchRow>& rows);
// RFC 4180 (fields quoted when needed), LF line ends, a header row.
std::string batch_csv(const rules::Rules& rules, const std::vector<BatchRow>& rows);

}  // namespace pdurate::report
