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
  const auto read = [&](readers::CaseDetail detail, util::Diagnostics& errors) {
    return readers::read_case_csv(readers::SourceText::from_string("fuzz.csv", text), rules::default_rules(), errors,
                                  detail);
  };
  if (const auto cases = fuzz::check_case_reader(read, "fuzz.csv")) FUZZ_CHECK(cases->rows_read == cases->cases.size());
  return 0;
}
