// libFuzzer target: the rules loader. Rules that load must be usable: rating any counts with
// them must not crash, and the results must render.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  util::Diagnostics errors;
  auto loaded = rules::load_rules(text, "fuzz-rules.yaml", errors);
  fuzz::check_outcome(loaded, errors, "fuzz-rules.yaml");
  if (!loaded) return 0;
  // Some counts and ratings derived from the input's bytes, so the fuzzer steers them too.
  model::Inspection inspection;
  inspection.file = "fuzz";
  inspection.counts.questions.resize(loaded->questions.size());
  inspection.counts.present.assign(loaded->questions.size(), true);
  for (std::size_t q = 0; q < loaded->questions.size(); ++q) {
    const std::uint8_t b = size ? data[q % size] : 0;
    inspection.counts.questions[q] = {static_cast<std::size_t>(b % 7), static_cast<std::size_t>(b / 7 % 5),
                                      static_cast<std::size_t>(b % 2)};
    inspection.counts.present[q] = (b & 0x80) == 0;
  }
  inspection.counts.cases = 6;
  for (std::size_t s = 0; s < loaded->standards.size(); ++s)
    if (!loaded->standards[s].casework() && size && (data[s % size] & 1))
      inspection.ratings[s] = {static_cast<std::size_t>(data[s % size]) % loaded->scale.size(), "", {}};
  fuzz::rate_and_render(*loaded, inspection);
  return 0;
}
