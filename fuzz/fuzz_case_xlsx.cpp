// libFuzzer target: cases read from a whole workbook (readers/case_xlsx), the path `pdu-rate
// FILE.xlsx` takes: sheet choice, headings, answers and attributes on top of the .xlsx reader
// (fuzz_xlsx covers that alone). Any input must give either cases (with counts that add up) or
// diagnostics naming the file; both levels of detail must agree exactly; a valid result must
// rate and render. An input starting with '<' is a sheet's XML, zipped here (zip_workbook.hpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "pdurate/readers/case_xlsx.hpp"
#include "zip_workbook.hpp"

using namespace pdurate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes = fuzz::workbook_bytes(std::string_view(reinterpret_cast<const char*>(data), size));
  const auto& rules = rules::default_rules();
  util::Diagnostics full_errors, count_errors;
  auto full = readers::read_case_xlsx(readers::SourceText::from_string("fuzz.xlsx", bytes), rules, full_errors,
                                      readers::CaseDetail::Cases);
  auto counted = readers::read_case_xlsx(readers::SourceText::from_string("fuzz.xlsx", bytes), rules, count_errors,
                                         readers::CaseDetail::CountsOnly);
  fuzz::check_outcome(full, full_errors, "fuzz.xlsx");
  fuzz::check_outcome(counted, count_errors, "fuzz.xlsx");
  FUZZ_CHECK(full.has_value() == counted.has_value());
  const auto full_listed = full_errors.listed(), count_listed = count_errors.listed();
  FUZZ_CHECK(full_listed.size() == count_listed.size());
  for (std::size_t i = 0; i < full_listed.size(); ++i)
    FUZZ_CHECK(util::format(full_listed[i]) == util::format(count_listed[i]));
  if (full) {
    FUZZ_CHECK(full->counts.questions == counted->counts.questions);
    FUZZ_CHECK(full->counts.cases == full->cases.size());
    fuzz::check_counts(*full);
    fuzz::rate_and_render(rules, *full);
  }
  return 0;
}
