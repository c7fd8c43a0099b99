// The lines and summary of pdu-rate check, from hand-made outcomes.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/check_report.hpp"

using namespace pdurate;
using report::CheckedInspection;

namespace {

engine::ExpectationCheck check(std::string key, bool met, std::string expected, std::string actual) {
  engine::ExpectationCheck c;
  c.expectation.key = std::move(key);
  c.met = met;
  c.expected = std::move(expected);
  c.actual = std::move(actual);
  return c;
}

CheckedInspection passed() {
  CheckedInspection i;
  i.file = "a/inspection.yaml";
  i.expectations = {check("score", true, "1/21", "1/21"), check("overall", true, "Inadequate", "Inadequate")};
  return i;
}

CheckedInspection failed() {
  CheckedInspection i;
  i.file = "b/inspection.yaml";
  i.expectations = {check("P2.1", false, "Good", "Requires improvement"), check("score", true, "13/21", "13/21"),
                    check("overall", false, "Outstanding", "Good")};
  return i;
}

CheckedInspection invalid() {
  CheckedInspection i;
  i.file = "c.yaml";
  i.errors = {{{"c.yaml", 3, 5}, "unknown key 'rattings'"}, {{"c.yaml", 9, 1}, "no cases"}};
  return i;
}

}  // namespace

TEST_CASE("an inspection passes when every expectation is met") {
  CHECK(passed().outcome() == CheckedInspection::Outcome::Passed);
  CHECK(report::check_line(passed()) == "pass a/inspection.yaml (2 expectations met)");
}

TEST_CASE("a failed inspection lists each difference on its line") {
  const auto f = failed();
  CHECK(f.outcome() == CheckedInspection::Outcome::Failed);
  CHECK(f.unmet() == 2);
  CHECK(report::check_line(f) ==
        "FAIL b/inspection.yaml: P2.1: expected Good, got Requires improvement; overall: expected Outstanding, got Good");
}

TEST_CASE("other failures fail an inspection whose expectations are met") {
  auto i = passed();
  i.other_failures.push_back("P1.3 departs from the decision guidance without a recorded reason (--strict)");
  CHECK(i.outcome() == CheckedInspection::Outcome::Failed);
  CHECK(report::check_line(i) ==
        "FAIL a/inspection.yaml: P1.3 departs from the decision guidance without a recorded reason (--strict)");
}

TEST_CASE("an invalid input is an error and not a failure") {
  auto i = invalid();
  CHECK(i.outcome() == CheckedInspection::Outcome::Error);
  CHECK(report::check_line(i) == "ERROR c.yaml: invalid input (2 problems, listed on stderr)");
}

TEST_CASE("the summary counts each outcome and names errors only when there are some") {
  CHECK(report::check_summary(report::count({passed(), failed(), passed()})) == "2 passed, 1 failed");
  CHECK(report::check_summary(report::count({})) == "0 passed, 0 failed");
  CHECK(report::check_summary(report::count({invalid(), passed()})) == "1 passed, 0 failed, 1 errors");
}
