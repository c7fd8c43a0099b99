// app::Outcome: the same three states in every command, and how many outcomes are in each.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/app/outcome.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;
using app::Status;

TEST_CASE("an outcome passes when every check holds, fails when one does not, and is invalid without a result") {
  CHECK(checked("a.yaml", {expectation_check("score", true, "1/21", "1/21")}).status() == Status::Passed);
  CHECK(checked("a.yaml", {}).status() == Status::Passed);
  CHECK(checked("b.yaml", {expectation_check("score", true, "1/21", "1/21"),
                           expectation_check("P2.1", false, "Good", "Inadequate")})
            .status() == Status::Failed);
  CHECK(invalid("c.yaml", {"c.yaml", 3, 5}, "unknown key").status() == Status::Invalid);
}

TEST_CASE("an unexplained departure under --strict and a changed rating under diff are failures") {
  auto strict = checked("a.yaml", {});
  strict.rated->unexplained_departures.push_back(standard("P1.3"));
  CHECK(strict.status() == Status::Failed);

  auto diff = checked("a.yaml", {});
  diff.rated->diff = engine::ResultDiff{};
  CHECK(diff.status() == Status::Passed);  // nothing differs
  diff.rated->diff->score_after.score = 2;
  CHECK(diff.status() == Status::Failed);
}

TEST_CASE("a problem makes an outcome invalid even when it was rated") {
  auto o = checked("a.yaml", {});
  o.problems.add({"a.yaml", 0, 0}, "nothing to check");
  CHECK(o.status() == Status::Invalid);
}

TEST_CASE("counts and the worst status") {
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(checked("a.yaml", {}));
  CHECK(app::count(outcomes).worst() == Status::Passed);
  outcomes.push_back(checked("b.yaml", {expectation_check("score", false, "2/21", "1/21")}));
  CHECK(app::count(outcomes).worst() == Status::Failed);
  outcomes.push_back(invalid("c.yaml", {"c.yaml", 1, 1}, "YAML syntax error"));
  const auto c = app::count(outcomes);
  CHECK(c.passed == 1u);
  CHECK(c.failed == 1u);
  CHECK(c.invalid == 1u);
  CHECK(c.worst() == Status::Invalid);
  CHECK(app::worst(Status::Failed, Status::Passed) == Status::Failed);
}
