#include "pdurate/app/sample.hpp"

#include <fmt/format.h>
#include <map>

#include "pdurate/engine/stratified_sample.hpp"
#include "pdurate/readers/caseload_csv.hpp"

namespace pdurate::app {
namespace {

// Each case's stratum, numbered in order of first appearance; the names in that order.
std::vector<std::size_t> number_strata(const readers::Caseload& caseload, std::vector<std::string>& names) {
  std::map<std::string, std::size_t> numbers;
  std::vector<std::size_t> out;
  out.reserve(caseload.strata.size());
  for (const auto& value : caseload.strata) {
    const auto [it, added] = numbers.emplace(value, names.size());
    if (added) names.push_back(value);
    out.push_back(it->second);
  }
  return out;
}

}  // namespace

std::optional<DrawnSample> draw_sample(const SampleRequest& request, util::Diagnostics& errors) {
  const auto source = readers::SourceText::open(request.file, errors);
  if (!source) return std::nullopt;
  const auto caseload = readers::read_caseload_csv(
      *source, request.strata, errors, request.windows1252 ? readers::Encoding::Windows1252 : readers::Encoding::Utf8);
  if (!caseload) return std::nullopt;
  DrawnSample out;
  out.file = caseload->file;
  out.cases = caseload->rows.size();
  const auto stratum_of = number_strata(*caseload, out.strata);
  const util::Location whole{caseload->file, 0, 0};
  if (request.n > out.cases) {
    errors.add(whole, fmt::format("--n {} is more than the {} cases in the list: ask for {} at most", request.n,
                                  out.cases, out.cases));
    return std::nullopt;
  }
  if (request.n < out.strata.size()) {
    errors.add(whole, fmt::format("--n {} is fewer than the {} values of {} in the list: a sample takes at least one "
                                  "case of each, so ask for {} or more",
                                  request.n, out.strata.size(), request.strata, out.strata.size()));
    return std::nullopt;
  }
  const auto sample = engine::stratified_sample(stratum_of, request.n, request.seed);
  out.sizes = sample.sizes;
  out.allocation = sample.allocation;
  out.csv = caseload->header + "\n";
  for (std::size_t i : sample.chosen) out.csv += caseload->rows[i] + "\n";
  return out;
}

}  // namespace pdurate::app
