// libFuzzer target: the YAML inspection reader (inline cases; a `cases:` file name is looked up
// relative to the working directory, which fuzz/run makes an empty folder).
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "pdurate/readers/inspection_yaml.hpp"

using namespace pdurate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto& rules = rules::default_rules();
  util::Diagnostics errors;
  auto inspection = readers::read_inspection_yaml(readers::SourceText::from_string("fuzz.yaml", text), rules, errors);
  // A named CSV file's own diagnostics name that file: accept any file name on failure here.
  fuzz::check_outcome(inspection, errors, "");
  if (inspection) {
    fuzz::check_counts(*inspection);
    fuzz::rate_and_render(rules, *inspection);
  }
  return 0;
}
