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
  fuzz::check_case_reader(
      [&](readers::CaseDetail detail, util::Diagnostics& errors) {
        return readers::read_case_xlsx(readers::SourceText::from_string("fuzz.xlsx", bytes), rules::default_rules(),
                                       errors, detail);
      },
      "fuzz.xlsx");
  return 0;
}
