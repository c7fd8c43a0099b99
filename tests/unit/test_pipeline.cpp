// The application layer: the one path from an input to an Outcome (app::assess, app::compare),
// and finding many inspections (app::for_each_inspection).
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "pdurate/app/inspections.hpp"
#include "pdurate/app/pipeline.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;
using app::Status;

namespace {

const std::string kHeader = "case_id,grade,2.1.1,2.1.2,2.1.3,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3\n";

// Four cases, every answer Yes but C4's 2.1.1.
std::string four_cases() {
  return kHeader + "C1,PO,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes\n" +
         "C2,PO,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes\n" +
         "C3,PSO,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes\n" + "C4,PSO,No,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes\n";
}

app::Outcome assess(const std::string& csv, const app::Request& request) {
  return app::assess(readers::SourceText::from_string("cases.csv", csv), R(), request);
}

}  // namespace

TEST_CASE("an input is read and rated, keeping only counts unless a feature needs the cases") {
  const auto o = assess(four_cases(), {});
  REQUIRE(o.status() == Status::Passed);
  CHECK(o.file == "cases.csv");
  const auto& rated = *o.rated;
  CHECK(rated.result.standards[standard("P2.1")].rating == level("Good"));  // 2.1.1: 3/4 = 75%
  CHECK(rated.result.standards[standard("P2.2")].rating == level("Outstanding"));
  CHECK_FALSE(rated.inspection.has_cases);  // bulk rating keeps counts alone
  CHECK_FALSE(rated.analysis);
  CHECK_FALSE(rated.what_if);

  app::Request pivotal;
  pivotal.pivotal = true;
  const auto p = assess(four_cases(), pivotal);
  REQUIRE(p.rated);
  CHECK(p.rated->inspection.has_cases);
  REQUIRE(p.rated->pivotal);
  CHECK_FALSE(p.rated->pivotal->empty());  // C4 answering Yes would make P2.1 Outstanding
}

TEST_CASE("options are checked before the input, so both kinds of problem are reported") {
  app::Request request;
  request.what_if.shifts = {"2.1.9=+1"};
  request.expects = {"overall"};
  const auto o = assess("case_id,2.1.1\nC1,Maybe\n", request);
  CHECK(o.status() == Status::Invalid);
  CHECK_FALSE(o.rated);
  CHECK(lines(o.problems) == std::vector<std::string>{
                                 "--shift '2.1.9=+1': no key question '2.1.9'; did you mean 2.1.1?",
                                 "--expect 'overall': write KEY=VALUE, e.g. overall=Inadequate",
                                 "cases.csv:2:4: 'Maybe' is not an answer to 2.1.1 in case C1: write Yes, No or N/A "
                                 "(also Y, N, NA; any case)"});
}

TEST_CASE("a what-if becomes the result, with the inspection as recorded as its baseline") {
  app::Request request;
  request.what_if.wheres = {"grade=PO"};
  request.expects = {"P2.1=Outstanding"};
  const auto o = assess(four_cases(), request);
  REQUIRE(o.status() == Status::Passed);  // --expect holds the what-if to it
  const auto& rated = *o.rated;
  REQUIRE(rated.what_if);
  CHECK(rated.result.cases == 2u);
  CHECK(rated.what_if->baseline.cases == 4u);
  CHECK(rated.what_if->selection.excluded_by_filter == 2u);
  REQUIRE(rated.groups());  // a filter counts by group (CaseDetail::Groups): the kept groups' cases
  CHECK(rated.groups()->cases() == 2u);
  CHECK(rated.result.standards[standard("P2.1")].rating == level("Outstanding"));
  CHECK(rated.what_if->baseline.standards[standard("P2.1")].rating == level("Good"));
}

TEST_CASE("a what-if that cannot be carried out is a problem worded for its option") {
  app::Request request;
  request.what_if.shifts = {"2.1.1=+2"};  // one No to turn
  const auto o = assess(four_cases(), request);
  CHECK(o.status() == Status::Invalid);
  CHECK(only_problem(o.problems) == "--shift 2.1.1=+2: only 1 No answers to turn into Yes");
}

TEST_CASE("the analysis describes the result shown") {
  app::Request request;
  request.analysis = readers::AnalysisText{};
  request.analysis->by = {"grade"};
  request.what_if.excludes = {"C4"};
  const auto o = assess(four_cases(), request);
  REQUIRE(o.rated);
  REQUIRE(o.rated->analysis);
  REQUIRE(o.rated->analysis->breakdowns.size() == 1u);
  CHECK(o.rated->analysis->breakdowns[0].total.cases == 3u);  // C4 left out
}

TEST_CASE("--strict fails an unexplained departure from the decision guidance") {
  app::Request request;
  request.strict = true;
  request.what_if.ratings = {"P1.1=Good", "P1.2=Good", "P1.3=Requires improvement"};  // P2.3 is Outstanding
  const auto o = assess(four_cases(), request);
  CHECK(o.status() == Status::Failed);
  CHECK(o.rated->unexplained_departures == std::vector<std::size_t>{standard("P1.3")});
  request.strict = false;
  CHECK(assess(four_cases(), request).status() == Status::Passed);
}

TEST_CASE("--require-all makes each missing key-question column a problem with the file") {
  const std::string csv = "case_id,2.1.1,2.1.3,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3\n"
                          "C1,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes,Yes\n";
  CHECK(assess(csv, {}).status() == Status::Passed);  // P2.1 not rated, and a note says why
  const auto o = assess(csv, app::Request::for_many(false, true, false));
  CHECK(o.status() == Status::Invalid);
  CHECK_FALSE(o.rated);
  CHECK(only_problem(o.problems) ==
        "cases.csv: no column for key question 2.1.2 (Does assessment focus sufficiently on the factors linked to "
        "offending and desistance?): add it, or leave out --require-all");
  CHECK(assess(four_cases(), app::Request::for_many(false, true, false)).status() == Status::Passed);
}

TEST_CASE("an input that cannot be opened is an invalid outcome naming it") {
  const auto o = app::assess("tests/data/no-such-file.csv", R(), {});
  CHECK(o.status() == Status::Invalid);
  CHECK(o.file == "tests/data/no-such-file.csv");
  CHECK(only_problem(o.problems) == "tests/data/no-such-file.csv: cannot open: No such file or directory");
}

TEST_CASE("diff rates one read of the input under both rule sets and fails when a rating changes") {
  const std::string path = std::string(PDURATE_SOURCE_DIR) + "/tests/data/check/fail.yaml";
  const auto same = app::compare(path, R(), R());
  CHECK(same.status() == Status::Passed);  // its unmet expectations are not diff's business
  REQUIRE(same.rated);
  REQUIRE(same.rated->diff);
  CHECK_FALSE(same.rated->diff->changed());
  CHECK(same.name == "Check fails <&> \"quoted\"");

  auto stricter = R();
  for (auto& band : stricter.bands) band.min_percent = band.min_percent == 50 ? 55 : band.min_percent;  // 2.1.1 is 1 of 2
  CHECK(app::compare(path, R(), stricter).status() == Status::Failed);

  const std::string invalid = std::string(PDURATE_SOURCE_DIR) + "/tests/data/check/invalid.yaml";
  const auto both = app::compare(invalid, R(), R());
  CHECK(both.status() == Status::Invalid);
  CHECK(both.problems.count() == 2u);  // each problem once, though found under both rule sets
  CHECK_FALSE(contains(lines(both.problems).front(), "(with the"));
}

TEST_CASE("many inspections: each path found is assessed in order, and a missing one reported when read") {
  std::vector<app::Outcome> found;
  const auto data = std::string(PDURATE_SOURCE_DIR) + "/tests/data/check";
  const auto count = app::for_each_inspection(
      {data + "/pass.yaml", data + "/no-such-dir/"},
      [](const readers::InspectionPath& p) { return std::optional(app::assess(p.path, R(), {})); },
      [&](app::Outcome&& o) { found.push_back(std::move(o)); });
  REQUIRE(count == 2u);
  REQUIRE(found.size() == 2u);
  CHECK(found[0].status() == Status::Passed);
  CHECK(found[1].status() == Status::Invalid);
  CHECK(contains(only_problem(found[1].problems), "cannot open"));
}

TEST_CASE("the rules in a file, or the built-in rules") {
  util::Diagnostics errors;
  const auto builtin = app::load_rules("", errors);
  REQUIRE(builtin);
  CHECK(app::describe(*builtin) == "hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)");
  CHECK_FALSE(app::load_rules(std::string(PDURATE_SOURCE_DIR) + "/tests/data/bad-rules.yaml", errors));
  CHECK_FALSE(errors.empty());
}
