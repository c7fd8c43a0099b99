// libFuzzer target: the CSV case reader. Any input must give either cases (with counts that
// add up) or diagnostics, each naming the file with a position; both levels of detail must
// agree exactly; a valid result must rate and render.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "check.hpp"
#include "pdurate/readers/case_csv.hpp"

using namespace pdurate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto& rules = rules::default_rules();
  util::Diagnostics full_errors, count_errors;
  auto full = readers::read_case_csv(readers::SourceText::from_string("fuzz.csv", text), rules, full_errors,
                                     readers::CaseDetail::Cases);
  auto counted = readers::read_case_csv(readers::SourceText::from_string("fuzz.csv", text), rules, count_errors,
                                        readers::CaseDetail::CountsOnly);
  fuzz::check_outcome(full, full_errors, "fuzz.csv");
  fuzz::check_outcome(counted, count_errors, "fuzz.csv");
  FUZZ_CHECK(full.has_value() == counted.has_value());
  FUZZ_CHECK(full_errors.count() == count_errors.count());
  const auto full_listed = full_errors.listed(), count_listed = count_errors.listed();
  FUZZ_CHECK(full_listed.size() == count_listed.size());
  for (std::size_t i = 0; i < full_listed.size(); ++i)
    FUZZ_CHECK(util::format(full_listed[i]) == util::format(count_listed[i]));
  if (full) {
    FUZZ_CHECK(full->counts.questions == counted->counts.questions);
    FUZZ_CHECK(full->counts.cases == full->cases.size());
    FUZZ_CHECK(full->rows_read == full->cases.size());
    fuzz::check_counts(*full);
    fuzz::rate_and_render(rules, *full);
  }
  return 0;
}
