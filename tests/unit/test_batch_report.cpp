// The table, JSON and CSV of many inspections rated at once, from hand-made results.
#include <ostream>

#include <doctest/doctest.h>

#include <map>

#include "pdurate/engine/rate.hpp"
#include "pdurate/report/batch_report.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;
using report::BatchRow;

namespace {

const rules::Rules& R() { return rules::default_rules(); }

engine::Result bradford(bool rated) {
  engine::Tallies t;
  for (std::size_t y : {36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22}) t.questions.push_back({y, 79 - y, 0});
  t.present.assign(12, true);
  t.cases = 79;
  std::map<std::size_t, model::OrganisationalRating> ratings;
  if (rated)
    for (auto [id, level] : {std::pair{"P1.1", 0}, {"P1.2", 0}, {"P1.3", 1}})
      ratings[*R().find_standard(id)] = {static_cast<rules::Level>(level), "", {}};
  return engine::rate(R(), t, ratings);
}

std::vector<BatchRow> rows() {
  BatchRow a;
  a.file = "bc/inspection.yaml";
  a.name = "Bradford, \"B&C\"";
  a.fieldwork = "2024-09";
  a.result = bradford(true);
  engine::ExpectationCheck c;
  c.expectation.key = "score";
  c.met = false;
  c.expected = "2/21";
  c.actual = "1/21";
  a.expectations.push_back(c);
  BatchRow b;
  b.file = "bc/cases.csv";
  b.result = bradford(false);
  BatchRow bad;
  bad.file = "broken.yaml";
  bad.errors = {{{"broken.yaml", 2, 1}, "no cases"}};
  return {a, b, bad};
}

}  // namespace

TEST_CASE("a row's status is the worst of its checks") {
  const auto r = rows();
  CHECK(r[0].status() == BatchRow::Status::Failed);
  CHECK(r[0].failures() == std::vector<std::string>{"score: expected 2/21, got 1/21"});
  CHECK(r[1].status() == BatchRow::Status::Ok);
  CHECK(r[2].status() == BatchRow::Status::Invalid);
}

TEST_CASE("the table has one row per inspection with abbreviated ratings and a key") {
  const auto table = report::batch_table(R(), rows(), {});
  CHECK(table ==
        "3 inspections · rules hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "\n"
        "inspection       P1.1  P1.2  P1.3  P2.1  P2.2  P2.3  P2.4   score  overall                             check\n"
        "Bradford, \"B&C\"  I     I     RI    I     I     I     I       1/21  Inadequate                          FAIL\n"
        "bc/cases.csv     -     -     -     I     I     I     I     0-9/21  Inadequate to Requires improvement\n"
        "broken.yaml      invalid input (1 problem, listed on stderr)\n"
        "\n"
        "O Outstanding · G Good · RI Requires improvement · I Inadequate · - not rated\n");
  const auto coloured = report::batch_table(R(), rows(), {true});
  CHECK(coloured.find("\x1b[31mI   \x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1;31mFAIL\x1b[0m") != std::string::npos);
}

TEST_CASE("the CSV quotes what needs quoting and leaves unknown values empty") {
  const auto csv = report::batch_csv(R(), rows());
  CHECK(csv ==
        "file,name,fieldwork,status,cases,P1.1,P1.2,P1.3,P2.1,P2.2,P2.3,P2.4,score,score_min,score_max,max_score,"
        "overall,overall_lowest,overall_highest\n"
        "bc/inspection.yaml,\"Bradford, \"\"B&C\"\"\",2024-09,failed,79,Inadequate,Inadequate,Requires improvement,"
        "Inadequate,Inadequate,Inadequate,Inadequate,1,1,1,21,Inadequate,Inadequate,Inadequate\n"
        "bc/cases.csv,,,ok,79,,,,Inadequate,Inadequate,Inadequate,Inadequate,,0,9,21,,Inadequate,Requires improvement\n"
        "broken.yaml,,,invalid,,,,,,,,,,,,,,,\n");
}

TEST_CASE("the JSON is versioned and keeps every row") {
  const auto json = report::batch_json(R(), rows());
  CHECK(json.rfind("{\n  \"schema_version\": 1,\n  \"tool\": {", 0) == 0);
  CHECK(json.find("\"status\": \"failed\"") != std::string::npos);
  CHECK(json.find("\"failures\": [\n        \"score: expected 2/21, got 1/21\"\n      ]") != std::string::npos);
  CHECK(json.find("\"score_range\": null") != std::string::npos);  // the invalid row
  CHECK(json.find("\"summary\": {\n    \"inspections\": 3,\n    \"ok\": 1,\n    \"failed\": 1,\n    \"invalid\": 1\n  }") !=
        std::string::npos);
}
