// The analysis in the reports: probability wording, the text sections and the JSON fields, on a
// small hand-made inspection (one standard within sampling error, a finding, a breakdown).
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/analysis.hpp"
#include "pdurate/engine/rate.hpp"
#include "pdurate/report/analysis_text.hpp"
#include "pdurate/report/json_report.hpp"
#include "pdurate/report/text_report.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;

namespace {

const rules::Rules& R() { return rules::default_rules(); }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// 40 cases: every key question Yes for all but 2.4.1, Yes for the first 21 (52.5%: Requires
// improvement, within sampling error); F.oversight Yes for 10 of 20 relevant; grade PO/PSO
// alternating, and 3 PQiP of the PSO cases relabelled.
struct Fixture {
  model::Inspection inspection;
  engine::Tallies tallies;
  engine::Result result;
  engine::Analysis analysis;
  std::vector<engine::ExpectationCheck> checks;

  Fixture() {
    inspection.name = "Small PDU";
    inspection.file = "small.csv";
    auto& cases = inspection.cases = model::CaseSet(R().question_slots());
    for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
    const auto oversight = R().finding_slot(*R().find_finding("F.oversight"));
    cases.mark_present(oversight);
    const auto grade = cases.add_attribute("grade");
    const auto q241 = *R().find_question("2.4.1");
    for (std::size_t c = 0; c < 40; ++c) {
      cases.add_case("C" + std::to_string(c), c + 2);
      for (std::size_t q = 0; q < R().questions.size(); ++q) cases.set_answer(c, q, model::Answer::Yes);
      cases.set_answer(c, q241, c < 21 ? model::Answer::Yes : model::Answer::No);
      cases.set_answer(c, oversight, c >= 20 ? model::Answer::NotApplicable : c < 10 ? model::Answer::Yes : model::Answer::No);
      cases.set_attribute(c, grade, c % 2 ? "PO" : c < 6 ? "PQiP" : "PSO");
    }
    for (auto id : {"P1.1", "P1.2", "P1.3"}) inspection.ratings[*R().find_standard(id)] = {*R().find_rating("Good"), "", {}};
    tallies = model::count_answers(cases);
    result = engine::rate(R(), tallies, inspection.ratings);
    model::AnalysisRequest request;
    request.resamples = 2000;
    request.seed = 11;
    request.probabilities = true;
    request.by = {grade};
    analysis = engine::analyse(R(), cases, tallies, inspection.ratings, result, request);
  }
  report::ReportInput input() const {
    report::ReportInput in{R(), inspection, result, checks};
    in.analysis = &analysis;
    return in;
  }
};

}  // namespace

TEST_CASE("probabilities are worded without claiming certainty") {
  CHECK(report::probability_text(10000, 10000) == "100%");
  CHECK(report::probability_text(9996, 10000) == ">99%");
  CHECK(report::probability_text(9700, 10000) == "97%");
  CHECK(report::probability_text(9749, 10000) == "97%");
  CHECK(report::probability_text(9750, 10000) == "98%");
  CHECK(report::probability_text(4, 10000) == "<1%");
  CHECK(report::probability_text(0, 10000) == "0%");
}

TEST_CASE("the text sections show findings and sampling error and breakdowns") {
  Fixture f;
  const std::string text = report::analysis_text(f.input(), false);
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
  // Nothing without an analysis.
  auto in = f.input();
  in.analysis = nullptr;
  CHECK(report::analysis_text(in, false).empty());
  // The text report places the sections after the score.
  const std::string report = report::text_report(f.input(), {});
  CHECK(report.find("Score ") < report.find("Sampling error"));
}

TEST_CASE("the JSON report carries intervals probabilities findings and breakdowns") {
  Fixture f;
  const std::string json = report::json_report(f.input());
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
  // The baseline of a what-if has no analysis fields: they describe the result shown.
  auto in = f.input();
  in.analysis = nullptr;
  const std::string plain = report::json_report(in);
  CHECK_FALSE(contains(plain, "\"interval\""));
  CHECK_FALSE(contains(plain, "\"findings\""));
}

TEST_CASE("rating probabilities are computed only when asked for") {
  Fixture f;
  model::AnalysisRequest request;  // probabilities default to off
  const auto analysis = engine::analyse(R(), f.inspection.cases, f.tallies, f.inspection.ratings, f.result, request);
  CHECK(analysis.probabilities.resamples == 0);
  CHECK(analysis.probabilities.standards.size() == R().standards.size());
  for (const auto& d : analysis.probabilities.standards) CHECK_FALSE(d);
  CHECK_FALSE(analysis.probabilities.overall);
  f.analysis = analysis;
  const std::string text = report::text_report(f.input(), {});
  CHECK(text.find("add --probabilities") != std::string::npos);
}
