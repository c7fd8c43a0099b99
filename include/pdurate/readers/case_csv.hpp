// Reads cases from CSV: a header row, then one row per case (see README, "CSV input").
#pragma once

#include <optional>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

// At most this many problems are listed for one file; then one line says how many were left.
inline constexpr std::size_t kMaxErrorsPerFile = 100;

// What to keep of the cases. Both validate everything and fill Inspection::counts.
enum class CaseDetail {
  Cases,       // every case's id, answers and attributes (what-if, pivotal answers)
  CountsOnly,  // only the counts: memory independent of the number of cases but for
               // duplicate-id detection (8 bytes a case), for bulk rating
};

// Returns an Inspection holding the cases (name, ratings and expectations empty), or nullopt
// with one diagnostic per problem: empty input, no header, no case_id column, a column shaped
// like a question id that is not one, a duplicated column, a ragged row, an empty or unknown
// answer, an empty or duplicate case id, malformed quoting, invalid UTF-8, no rows.
// With CountsOnly, `cases` is empty and `has_cases` false; the diagnostics are the same.
std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases);

}  // namespace pdurate::readers
