// One inspection as read from input: its cases, the inspectors' organisational ratings and
// any expectations. Standards and questions are referred to by their index in the rules.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/model/answer_counts.hpp"
#include "pdurate/model/case_groups.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/model/expectation.hpp"

namespace pdurate::model {

// An inspectors' rating of an organisational standard (P1.x), with their reason for departing
// from the decision guidance if they gave one.
// OrganisationalRating::where.file of a rating given on the command line (--rating).
inline constexpr std::string_view kCommandLine = "command line";

struct OrganisationalRating {
  std::size_t level = 0;  // meaningless when not_rated
  std::string departure;  // empty: no reason recorded
  util::Location where;         // where the rating was given (file position or command line)
  // "not rated" given for a standard the rules allow to be not rated by design (rules::Standard::
  // not_rated_when, e.g. youth resettlement with no resettlement cases): a known state, not
  // missing input.
  bool not_rated = false;
};

// How a file of cases was read, so that a report can say what a user might not expect: the
// sheet of a workbook, a delimiter other than a comma, a converted encoding, rows and columns
// that were skipped because they hold nothing.
struct CaseSource {
  enum class Format { Csv, Xlsx, Yaml } format = Format::Yaml;  // Yaml: cases listed inline
  std::string file;                 // the file of cases (for an inspection file, the one it names)
  std::string sheet;                // Xlsx: the sheet read
  char delimiter = ',';             // Csv
  std::string encoding = "UTF-8";   // Csv: as read ("Windows-1252" when converted)
  bool cr_line_ends = false;        // Csv: CR-only line ends, read as line ends
  std::size_t header_row = 1;       // the line (Csv) or row (Xlsx) of the header
  std::size_t empty_rows = 0;       // rows holding no value, skipped
  std::size_t empty_columns = 0;    // columns with no heading and no value, skipped
};

// One of the inspections pooled into this one (pdu-rate --pool).
struct PoolMember {
  std::string label;       // its cases' `inspection` attribute
  std::string file;        // as given, or found under a directory
  std::size_t cases = 0;
  CaseSource source;       // how its cases were read
};

struct Inspection {
  std::string name;       // empty when the input does not say (a bare CSV)
  std::string fieldwork;  // as written, e.g. "2024-09"
  std::string file;       // the file it was read from, as given
  std::map<std::size_t, OrganisationalRating> ratings;  // by standard index
  // The answers. Readers always fill `counts`; they fill `cases` too unless asked for counts
  // only (bulk rating needs no per-case storage; what-if and pivotal answers do).
  Tallies counts;
  CaseSet cases;
  bool has_cases = true;
  // Read as groups (readers::CaseDetail::Groups): the cases counted by the values of the
  // attributes a request looks at, in place of `cases` (then empty, has_cases false).
  std::optional<CaseGroups> groups;
  // No cases at all (an inspection file with ratings: and no cases:): every rating is given.
  bool ratings_only = false;
  std::size_t rows_read = 0;  // data rows (CSV) or list items (YAML) read; each became a case
  CaseSource source;          // how the cases were read
  std::vector<Expectation> expectations;
  std::vector<PoolMember> pooled;  // with --pool: the inspections pooled, in order; else empty
};

}  // namespace pdurate::model
