// The options of pdu-rate plan and sample: values accepted, and each mistake's message.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/readers/plan_options.hpp"
#include "test_util.hpp"

using namespace pdurate;

TEST_CASE("populations: NAME=COUNT, or one COUNT") {
  util::Diagnostics errors;
  const auto two = readers::parse_populations({"community=2000", " licence = 1800"}, errors);
  REQUIRE(two);
  REQUIRE(two->size() == 2);
  CHECK((*two)[1].name == "licence");
  CHECK((*two)[1].population == 1800);
  const auto one = readers::parse_populations({"3800"}, errors);
  REQUIRE(one);
  CHECK((*one)[0].name == "all");
  CHECK(errors.empty());
}

TEST_CASE("populations: mistakes") {
  const auto problem = [](std::vector<std::string> texts) {
    util::Diagnostics errors;
    CHECK_FALSE(readers::parse_populations(texts, errors));
    return test::only_problem(errors);
  };
  CHECK(problem({"community=0"}) == "--population 'community=0': the number of cases must be a whole number from 1 to "
                                    "10000000, e.g. community=2000");
  CHECK(problem({"community=2k"}) == "--population 'community=2k': the number of cases must be a whole number from 1 "
                                     "to 10000000, e.g. community=2000");
  CHECK(problem({"a=6000000", "b=4000001"}) == "--population: the strata add up to 10000001 cases, more than 10000000: "
                                              "planning is for one service's caseload");
  CHECK(problem({"=20"}) == "--population '=20': write NAME=COUNT, e.g. community=2000");
  CHECK(problem({"a=2", "a=3"}) == "--population 'a=3': 'a' is given twice: give each stratum once");
  CHECK(problem({"a=2", "30"}) == "--population '30': a population without a name must be the only one: name each, "
                                  "e.g. licence=1800");
}

TEST_CASE("margins and case counts") {
  util::Diagnostics errors;
  CHECK(readers::parse_margin("7.5", errors) == 7.5);
  CHECK(readers::parse_margin("10%", errors) == 10);
  CHECK(readers::parse_cases("--n", "80", errors) == std::size_t{80});
  CHECK(errors.empty());
  CHECK_FALSE(readers::parse_margin("0", errors));
  CHECK_FALSE(readers::parse_margin("51", errors));
  CHECK_FALSE(readers::parse_cases("--n", "0", errors));
  CHECK_FALSE(readers::parse_cases("--n", "-3", errors));
  CHECK(test::lines(errors) == std::vector<std::string>{
                                   "--margin '0': write a margin of error in percentage points, above 0 and at most 50, e.g. 10",
                                   "--margin '51': write a margin of error in percentage points, above 0 and at most 50, e.g. 10",
                                   "--n '0': write a whole number of cases, 1 or more, e.g. 80",
                                   "--n '-3': write a whole number of cases, 1 or more, e.g. 80"});
}
