// Reads cases from CSV: a header row, then one row per case (see README, "CSV input").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/source_text.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

// At most this many problems are listed for one file; then one line says how many were left.
inline constexpr std::size_t kMaxErrorsPerFile = 100;

// What CaseDetail::Groups counts by (model/case_groups.hpp).
struct Grouping {
  // Attribute columns, by name as given; a name the table has no column for is left out (the
  // option that gave it reports that).
  std::vector<std::string> attributes;
  std::vector<std::string> case_ids;  // ids whose cases are counted apart (--exclude)
};

// What to keep of the cases. Every kind validates everything and fills Inspection::counts.
class CaseDetail {
 public:
  enum Kind {
    Cases,       // every case's id, answers and attributes (answers of named cases, pivotal answers)
    CountsOnly,  // only the counts: memory independent of the number of cases but for
                 // duplicate-id detection (8 bytes a case), for bulk rating
    Groups,      // CountsOnly, and Inspection::groups: the counts by the values of the attributes
                 // and ids grouping() names (breakdowns, relative rates, filters), in one pass
  };
  CaseDetail(Kind kind = Cases) : kind_(kind) {}  // NOLINT(google-explicit-constructor): a Kind is a detail
  static CaseDetail grouped(Grouping grouping) {
    CaseDetail d(Groups);
    d.grouping_ = std::move(grouping);
    return d;
  }
  Kind kind() const { return kind_; }
  const Grouping& grouping() const { return grouping_; }
  bool operator==(Kind kind) const { return kind_ == kind; }

 private:
  Kind kind_;
  Grouping grouping_;
};

// Returns an Inspection holding the cases (name, ratings and expectations empty; `source` says
// how they were read), or nullopt with one diagnostic per problem: empty input, no header, no
// case_id column (or one below the first row), a column shaped like a question id that is not
// one, a duplicated column, a ragged row, a value under a column with no heading, an empty or
// unknown answer, an empty or duplicate case id, a totals row, malformed quoting, invalid UTF-8,
// no rows. Rows holding no value, and columns with no heading and no value, are skipped and
// counted. The delimiter is options.delimiter, or the most frequent of comma, semicolon and tab
// in the header line; CR-only line ends are line ends.
// With CountsOnly or Groups, `cases` is empty and `has_cases` false; the diagnostics are the same.
std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               util::Diagnostics& errors, CaseDetail detail = CaseDetail::Cases,
                                               const TableOptions& options = {});

// The delimiter of a CSV text: the most frequent of ',', ';' and '\t' (outside quotes) in the
// header line (the first line holding "case_id", else the first line); ',' on a tie.
char detect_delimiter(std::string_view text);

}  // namespace pdurate::readers
