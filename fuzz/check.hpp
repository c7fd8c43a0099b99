// Shared checks for the fuzz targets. A failed check aborts, which libFuzzer reports as a crash
// with the input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "pdurate/util/diagnostics.hpp"
#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/engine/pivotal.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/text.hpp"
#include "pdurate/rules/load_rules.hpp"

#define FUZZ_CHECK(condition)                                                          \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (0)

namespace fuzz {

// Either a value and no diagnostics, or no value and at least one diagnostic; each diagnostic
// names a file (`file`, when not empty) and has a message.
template <class T>
void check_outcome(const std::optional<T>& value, const pdurate::util::Diagnostics& errors, const std::string& file) {
  FUZZ_CHECK(value.has_value() == errors.empty());
  for (const auto& d : errors.listed()) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(!d.where.file.empty());
    if (!file.empty()) FUZZ_CHECK(d.where.file == file);
    FUZZ_CHECK(d.where.column == 0 || d.where.line > 0);
  }
}

// Every present question's answers add up to the cases.
inline void check_counts(const pdurate::model::Inspection& inspection) {
  const auto& c = inspection.counts;
  for (std::size_t q = 0; q < c.questions.size(); ++q)
    if (c.present[q]) FUZZ_CHECK(c.questions[q].yes + c.questions[q].no + c.questions[q].na == c.cases);
}

inline void rate_and_render(const pdurate::rules::Rules& rules, const pdurate::model::Inspection& inspection) {
  pdurate::app::Outcome outcome;
  auto& rated = outcome.rated.emplace();
  rated.inspection = inspection;
  rated.result = pdurate::engine::rate(rules, inspection.counts, inspection.ratings);
  const auto& result = rated.result;
  FUZZ_CHECK(result.score_min <= result.score_max);
  FUZZ_CHECK(result.overall_lowest <= result.overall_highest);
  if (result.score) FUZZ_CHECK(*result.score >= 0 && *result.score <= result.max_score);
  FUZZ_CHECK(result.score.has_value() == result.overall_band.has_value());
  rated.expectations = pdurate::engine::check_expectations(rules, result, inspection.expectations);
  if (inspection.has_cases && inspection.cases.size() == inspection.counts.cases)
    rated.pivotal = pdurate::engine::pivotal(rules, inspection.cases, inspection.counts, inspection.ratings, result);
  FUZZ_CHECK(!pdurate::report::json::inspection(rules, outcome).empty());
  FUZZ_CHECK(!pdurate::report::text::inspection(rules, outcome, {true, true}).empty());
}

// A case reader's contract at both levels of detail: `read(detail, errors)` reads the same input
// with every case (CaseDetail::Cases) and with counts only; each result is a value or named
// diagnostics, both agree exactly, and a valid one's counts add up and it rates and renders.
// Returns the reading with every case.
template <class Read>
std::optional<pdurate::model::Inspection> check_case_reader(Read read, const std::string& file) {
  using pdurate::readers::CaseDetail;
  pdurate::util::Diagnostics full_errors, count_errors;
  auto full = read(CaseDetail::Cases, full_errors);
  const auto counted = read(CaseDetail::CountsOnly, count_errors);
  check_outcome(full, full_errors, file);
  check_outcome(counted, count_errors, file);
  FUZZ_CHECK(full.has_value() == counted.has_value());
  FUZZ_CHECK(full_errors.count() == count_errors.count());
  const auto full_listed = full_errors.listed(), count_listed = count_errors.listed();
  FUZZ_CHECK(full_listed.size() == count_listed.size());
  for (std::size_t i = 0; i < full_listed.size(); ++i)
    FUZZ_CHECK(pdurate::util::format(full_listed[i]) == pdurate::util::format(count_listed[i]));
  if (full) {
    FUZZ_CHECK(full->counts.questions == counted->counts.questions);
    FUZZ_CHECK(full->counts.cases == full->cases.size());
    check_counts(*full);
    rate_and_render(pdurate::rules::default_rules(), *full);
  }
  return full;
}

}  // namespace fuzz
