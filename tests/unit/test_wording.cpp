// Wording every format shares: percentages, probabilities, abbreviations, failures.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/wording.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

TEST_CASE("percentages round half-up with integer arithmetic") {
  CHECK(report::percent(15, 79, 1) == "19.0");
  CHECK(report::percent(51, 79, 2) == "64.56");
  CHECK(report::percent(51, 79, 0) == "65");
  CHECK(report::percent(2, 3, 2) == "66.67");
  CHECK(report::percent(1, 8, 1) == "12.5");
  CHECK(report::percent(1, 16, 1) == "6.3");  // 6.25 -> 6.3
  CHECK(report::percent(0, 5, 1) == "0.0");
  CHECK(report::percent(5, 5, 1) == "100.0");
}

TEST_CASE("probabilities are worded without claiming certainty") {
  CHECK(report::probability_text(10000, 10000) == "100%");
  CHECK(report::probability_text(9996, 10000) == ">99%");
  CHECK(report::probability_text(9700, 10000) == "97%");
  CHECK(report::probability_text(9749, 10000) == "97%");
  CHECK(report::probability_text(9750, 10000) == "98%");
  CHECK(report::probability_text(4, 10000) == "<1%");
  CHECK(report::probability_text(0, 10000) == "0%");
}

TEST_CASE("figures and abbreviations of the scale") {
  CHECK(report::figures({15, 64, 0}) == "15/79 19.0%");
  CHECK(report::figures({0, 0, 5}) == "0/0");
  CHECK(report::rating_abbreviations(R()) == std::vector<std::string>{"I", "RI", "G", "O"});
  auto same_initials = R();
  same_initials.scale[2].name = "Improving";  // I, like Inadequate: the full names, then
  CHECK(report::rating_abbreviations(same_initials) ==
        std::vector<std::string>{"Inadequate", "Requires improvement", "Improving", "Outstanding"});
}

TEST_CASE("failures: each expectation not met, then each unexplained departure") {
  auto o = checked("a.yaml", {expectation_check("score", true, "1/21", "1/21"),
                              expectation_check("P2.1", false, "Good", "Inadequate")});
  o.rated->unexplained_departures.push_back(standard("P1.3"));
  CHECK(report::failures(R(), o) ==
        std::vector<std::string>{"P2.1: expected Good, got Inadequate",
                                 "P1.3: departs from the decision guidance without a recorded reason (--strict)"});
  CHECK(report::failures(R(), invalid("b.yaml", {}, "x")).empty());
  CHECK(report::invalid_input(invalid("b.yaml", {}, "x")) == "invalid input (1 problem, listed on stderr)");
  CHECK(report::row_status(app::Status::Passed) == "ok");
}
