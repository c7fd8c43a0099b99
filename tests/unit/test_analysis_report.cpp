// The analysis in the reports: the text sections and the JSON fields, on a small hand-made
// inspection (one standard within sampling error, a finding, a breakdown).
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/text.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

// 40 cases: every key question Yes for all but 2.4.1, Yes for the first 21 (52.5%: Requires
// improvement, within sampling error); F.oversight Yes for 10 of 20 relevant; grade PO/PSO
// alternating, and 3 PQiP of the PSO cases relabelled.
model::CaseSet small_cases() {
  model::CaseSet cases(R().question_slots());
  for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
  const auto oversight = question("F.oversight");
  cases.mark_present(oversight);
  const auto grade = cases.add_attribute("grade");
  for (std::size_t c = 0; c < 40; ++c) {
    cases.add_case("C" + std::to_string(c), c + 2);
    for (std::size_t q = 0; q < R().questions.size(); ++q) cases.set_answer(c, q, model::Answer::Yes);
    cases.set_answer(c, question("2.4.1"), c < 21 ? model::Answer::Yes : model::Answer::No);
    cases.set_answer(c, oversight, c >= 20 ? model::Answer::NotApplicable : c < 10 ? model::Answer::Yes : model::Answer::No);
    cases.set_attribute(c, grade, c % 2 ? "PO" : c < 6 ? "PQiP" : "PSO");
  }
  return cases;
}

// The inspection rated as pdu-rate FILE --probabilities --by grade would (2000 resamples, seed 11).
app::Outcome small(bool probabilities = true) {
  auto cases = small_cases();
  const auto tallies = model::count_answers(cases);
  auto o = outcome("small.csv", "Small PDU", tallies, all_organisational("Good"));
  model::AnalysisRequest request;
  request.resamples = 2000;
  request.seed = 11;
  request.probabilities = probabilities;
  request.by = {0};
  o.rated->analysis = engine::analyse(R(), cases, tallies, o.rated->inspection.ratings, o.rated->result, request);
  o.rated->inspection.cases = std::move(cases);
  return o;
}

}  // namespace

TEST_CASE("the text sections show findings and sampling error and breakdowns") {
  const auto o = small();
  const std::string text = report::text::inspection(R(), o, {});
  CHECK(contains(text, "Findings (tabulated, not rated): Yes/relevant cases, % Yes, 80% interval\n"
                       "  free-standing\n"
                       "     F.oversight management oversight sufficient   10/20  50.0%  36.2-63.8%\n"));
  CHECK(contains(text, "  P2.4 Reviewing                             Requires improvement: within sampling error "
                       "(Inadequate to Requires improvement)\n"));
  CHECK(contains(text, "     > 2.4.1    52.5%  42.5-62.3%   ~ Inadequate to Requires improvement\n"));
  CHECK(contains(text, "  P2.1 Assessment                            Outstanding\n"
                       "       another sample: Outstanding 100%\n"));
  CHECK(contains(text, "2000 resamples of the 40 cases (bootstrap, seed 11)"));
  CHECK(contains(text, "By grade: "));
  CHECK(contains(text, "  not rated ('-'), under 10 cases: PQiP (3)\n"));
  // The sections come after the score, and not at all without an analysis.
  CHECK(text.find("Score ") < text.find("Sampling error"));
  auto without = small();
  without.rated->analysis.reset();
  CHECK_FALSE(contains(report::text::inspection(R(), without, {}), "Sampling error"));
}

TEST_CASE("the JSON report carries intervals probabilities findings and breakdowns") {
  const std::string json = report::json::inspection(R(), small());
  CHECK(contains(json, "\"interval\": {\n"));
  CHECK(contains(json, "\"low\": 42.48,"));  // 2.4.1: 21/40 at 80%: 42.48% to 62.32% (computed in Python)
  CHECK(contains(json, "\"within_sampling_error\": true"));
  CHECK(contains(json, "\"rating_probabilities\": {\n"));
  CHECK(contains(json, "\"sampling\": {\n    \"confidence_level\": 80,\n    \"interval_method\": \"wilson\","));
  CHECK(contains(json, "\"seed\": 11,"));
  CHECK(contains(json, "\"overall_rating_probabilities\": {"));
  CHECK(contains(json, "\"id\": \"F.oversight\",\n      \"short_id\": \"F.oversight\",\n      \"parent\": null,"));
  CHECK(contains(json, "\"attribute\": \"grade\","));
  CHECK(contains(json, "\"relative_rates\": []"));
  // Without an analysis (as a what-if's baseline) no analysis fields: they describe the result shown.
  auto without = small();
  without.rated->analysis.reset();
  const std::string plain = report::json::inspection(R(), without);
  CHECK_FALSE(contains(plain, "\"interval\""));
  CHECK_FALSE(contains(plain, "\"findings\""));
}

TEST_CASE("rating probabilities are computed only when asked for") {
  const auto o = small(false);
  const auto& probabilities = o.rated->analysis->probabilities;
  CHECK(probabilities.resamples == 0);
  CHECK(probabilities.standards.size() == R().standards.size());
  for (const auto& d : probabilities.standards) CHECK_FALSE(d);
  CHECK_FALSE(probabilities.overall);
  CHECK(contains(report::text::inspection(R(), o, {}), "add --probabilities"));
}
