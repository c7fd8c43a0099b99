// Reads cases from CSV: a header row, then one row per case (see README, "CSV input").
#pragma once

#include <optional>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
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

// Returns an Inspection holding the cases (name, ratings and expectations empty; `source` says
// how they were read), or nullopt with one diagnostic per problem: empty input, no header, no
// case_id column (or one below the first row), a column shaped like a question id that is not
// one, a duplicated column, a ragged row, a value under a column with no heading, an empty or
// unknown answer, an empty or duplicate case id, a totals row, malformed quoting, invalid UTF-8,
// no rows. Rows holding no value, and columns with no heading and no value, are skipped and
// counted. The delimiter is options.delimiter, or the most frequent of comma, semicolon and tab
// in the header line; CR-only line ends are line ends.
// With CountsOnly, `cases` is empty and `has_cases` false; the diagnostics are the same.
std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                               const TableOptions& options = {});

// The delimiter of a CSV text: the most frequent of ',', ';' and '\t' (outside quotes) in the
// header line (the first line holding "case_id", else the first line); ',' on a tie.
char detect_delimiter(std::string_view text);

}  // namespace pdurate::readers
