// --by, --confidence, --rri and --seed as users write them: resolved against the rules' sampling
// settings and the cases, with a message for each mistake.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/readers/analysis_options.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

model::Inspection graded() {
  model::Inspection in;
  in.file = "cases.csv";
  in.cases = model::CaseSet(R().question_slots());
  const auto grade = in.cases.add_attribute("grade");
  in.cases.add_attribute("case_type");
  const char* grades[] = {"PO", "PSO", "PQiP", "PSO"};
  for (int i = 0; i < 4; ++i) in.cases.set_attribute(*in.cases.add_case("C" + std::to_string(i), 0), grade, grades[i]);
  return in;
}


}  // namespace

TEST_CASE("without options the request carries the rules' settings") {
  util::Diagnostics errors;
  const auto r = readers::build_analysis(R(), graded(), {}, errors);
  REQUIRE(r);
  CHECK(r->confidence == 80);
  CHECK(r->min_group_size == 10u);
  CHECK(r->relative_rate_confidence == 95);
  CHECK(r->resamples == 10000u);
  CHECK(r->seed == 1u);
  CHECK(r->by.empty());
  CHECK(r->relative_rates.empty());
}

TEST_CASE("options override the level and the seed and name attributes") {
  util::Diagnostics errors;
  readers::AnalysisText t;
  t.by = {"case_type", "grade", "case_type"};
  t.confidence = "95%";
  t.seed = "9007199254740991";
  t.rri = {"grade=PSO"};
  const auto r = readers::build_analysis(R(), graded(), t, errors);
  REQUIRE(r);
  CHECK(r->confidence == 95);
  CHECK(r->seed == 9007199254740991u);
  CHECK(r->by == std::vector<std::size_t>{1, 0});  // a repeat is ignored
  REQUIRE(r->relative_rates.size() == 1u);
  CHECK(r->relative_rates[0].attribute == 0u);
  CHECK(r->relative_rates[0].reference == "PSO");
  t.confidence = "99.5";
  CHECK(readers::build_analysis(R(), graded(), t, errors)->confidence == 99.5);
}

TEST_CASE("malformed levels seeds and comparisons are refused before the cases are read") {
  readers::AnalysisText t;
  t.confidence = "100";
  t.seed = "-1";
  t.rri = {"grade", "=PO", "grade="};
  util::Diagnostics errors;
  readers::check_analysis(t, errors);
  CHECK(lines(errors) == std::vector<std::string>{
                                "--confidence '100': write a percentage above 0 and below 100, e.g. 80 or 95",
                                "--seed '-1': write a whole number from 0 to 9007199254740991",
                                "--rri 'grade': write ATTRIBUTE=REFERENCE, e.g. grade=PO",
                                "--rri '=PO': write ATTRIBUTE=REFERENCE, e.g. grade=PO",
                                "--rri 'grade=': write ATTRIBUTE=REFERENCE, e.g. grade=PO"});
  util::Diagnostics big;
  readers::check_analysis({{}, "", {}, "9007199254740992"}, big);
  CHECK(big.count() == 1u);
  for (const char* bad : {"0", "abc", "", "80%%", "nan", "-5"}) {
    CAPTURE(bad);
    util::Diagnostics e;
    t = {};
    t.confidence = bad;
    readers::check_analysis(t, e);
    CHECK(e.count() == (std::string_view(bad).empty() ? 0u : 1u));
  }
}

TEST_CASE("an unknown attribute or reference value suggests the nearest") {
  readers::AnalysisText t;
  t.by = {"grad", "office"};
  t.rri = {"grade=P0", "grade=Trainee", "ethnicity=White"};
  util::Diagnostics errors;
  CHECK_FALSE(readers::build_analysis(R(), graded(), t, errors));
  CHECK(lines(errors) ==
        std::vector<std::string>{"--by 'grad': cases.csv has no attribute column 'grad'; did you mean 'grade'?",
                                 "--by 'office': cases.csv has no attribute column 'office' (it has: grade, case_type)",
                                 "--rri 'grade=P0': no case has grade 'P0'; did you mean 'PO'?",
                                 "--rri 'grade=Trainee': no case has grade 'Trainee' (values: PO, PQiP, PSO)",
                                 "--rri 'ethnicity=White': cases.csv has no attribute column 'ethnicity' (it has: "
                                 "grade, case_type)"});
}
