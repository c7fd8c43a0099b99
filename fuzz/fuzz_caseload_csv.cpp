// libFuzzer target: the caseload list `pdu-rate sample` reads (readers/caseload_csv). Any input
// must give either a caseload or diagnostics naming the file; a caseload has a stratum per row,
// every row as written (no LF ending one) and the header's columns; asking for
// no strata column must succeed wherever asking for one does.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "pdurate/readers/caseload_csv.hpp"

using namespace pdurate;

namespace {

void check_caseload(const readers::Caseload& c, bool stratified) {
  FUZZ_CHECK(!c.columns.empty());
  FUZZ_CHECK(!c.rows.empty());
  FUZZ_CHECK(c.rows.size() == c.strata.size());
  if (!stratified)
    for (const auto& s : c.strata) FUZZ_CHECK(s.empty());
  // A lone CR in a file whose line ends are LF or CRLF is text, kept as written; an LF never is.
  for (const auto& row : c.rows) FUZZ_CHECK(row.empty() || row.back() != '\n');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  util::Diagnostics by_type_errors, whole_errors;
  const auto by_type = readers::read_caseload_csv(readers::SourceText::from_string("fuzz.csv", text), "case_type",
                                                  by_type_errors);
  const auto whole = readers::read_caseload_csv(readers::SourceText::from_string("fuzz.csv", text), "", whole_errors);
  fuzz::check_outcome(by_type, by_type_errors, "fuzz.csv");
  fuzz::check_outcome(whole, whole_errors, "fuzz.csv");
  if (by_type) {
    FUZZ_CHECK(whole.has_value());
    FUZZ_CHECK(whole->rows == by_type->rows);
    check_caseload(*by_type, true);
  }
  if (whole) check_caseload(*whole, false);
  return 0;
}
