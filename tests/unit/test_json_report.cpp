// The JSON views: the writer, and the rate, batch and diff documents (their schemas are checked
// on every example by tests/schema/validate_json.py).
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/json.hpp"
#include "report/json/writer.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

TEST_CASE("the JSON writer escapes strings and lays out nested containers") {
  report::json::Writer j;
  j.begin_object();
  j.key("text").string("a \"quote\", a \\ and a\nnewline\x01");
  j.key("list").begin_array().number(1).raw_number("2.50").boolean(false).null().end_array();
  j.key("empty").begin_object().end_object();
  j.end_object();
  CHECK(j.str() ==
        "{\n  \"text\": \"a \\\"quote\\\", a \\\\ and a\\nnewline\\u0001\",\n  \"list\": [\n    1,\n    2.50,\n"
        "    false,\n    null\n  ],\n  \"empty\": {}\n}\n");
}

TEST_CASE("the rate document carries the contract's fields") {
  const std::string json = report::json::inspection(R(), bradford_outcome());
  CHECK(json.rfind("{\n  \"schema_version\": 1,", 0) == 0);
  CHECK(contains(json, "\"name\": \"Test \\\"quoted\\\" PDU\""));
  CHECK(contains(json, "\"id\": \"P2.1.3\""));
  CHECK(contains(json, "\"percent\": 18.99"));  // 15/79, two decimals
  CHECK(contains(json, "\"score\": 1,"));
  CHECK(contains(json, "\"max_score\": 21,"));
  CHECK(contains(json, "\"overall\": \"Inadequate\""));
  CHECK(contains(json, "\"status\": \"departure\""));
  // The score band is the reason the Result records.
  CHECK(contains(json, "\"score_band\": {\n      \"rating\": \"Inadequate\",\n      \"min\": 0,\n      \"max\": 3\n"));
}

TEST_CASE("the rate document gives a null score and a range when ratings are missing") {
  const std::string json = report::json::inspection(R(), bradford_outcome(false));
  CHECK(contains(json, "\"score\": null,"));
  CHECK(contains(json, "\"score_range\": {\n    \"min\": 0,\n    \"max\": 3\n  }"));
  CHECK(contains(json, "\"overall\": null,"));
  CHECK(contains(json, "\"score_band\": null,"));
}

TEST_CASE("the batch document is versioned and keeps every row") {
  const auto json = report::json::batch(R(), three_rows());
  CHECK(json.rfind("{\n  \"schema_version\": 1,\n  \"tool\": {", 0) == 0);
  CHECK(contains(json, "\"status\": \"failed\""));
  CHECK(contains(json, "\"failures\": [\n        \"score: expected 2/21, got 1/21\"\n      ]"));
  CHECK(contains(json, "\"score_range\": null"));  // the invalid row
  CHECK(contains(json, "\"message\": \"no cases\""));
  CHECK(contains(json, "\"summary\": {\n    \"inspections\": 3,\n    \"ok\": 1,\n    \"failed\": 1,\n    \"invalid\": 1\n  }"));
  // A row's standards say what the rate document's say at the least, in the same words.
  CHECK(contains(json, "{\n          \"id\": \"P1.3\",\n          \"rating\": \"Requires improvement\",\n"
                       "          \"points\": 1,\n          \"rating_range\": {"));
}

TEST_CASE("the diff document keeps every inspection with its status") {
  std::vector<app::Outcome> rows;
  auto changed = outcome("x.yaml", "X", uniform(13, 20), all_organisational("Good"));
  changed.rated->diff = engine::ResultDiff{};
  changed.rated->diff->score_before = {18, 18, 18, 21};
  changed.rated->diff->score_after = {17, 17, 17, 21};
  rows.push_back(std::move(changed));
  auto unchanged = outcome("y.csv", "", uniform(13, 20), {});
  unchanged.rated->diff = engine::ResultDiff{};
  rows.push_back(std::move(unchanged));
  rows.push_back(invalid("z.yaml", {"z.yaml", 1, 1}, "YAML syntax error"));
  const auto json = report::json::diff(R(), R(), rows);
  CHECK(json.rfind("{\n  \"schema_version\": 1,\n", 0) == 0);
  CHECK(json.find("\"base_rules\": {") < json.find("\"rules\": {"));
  CHECK(contains(json, "\"status\": \"changed\""));
  CHECK(contains(json, "\"status\": \"unchanged\""));
  CHECK(contains(json, "\"status\": \"invalid\""));
  CHECK(contains(json, "\"summary\": {\n    \"compared\": 2,\n    \"changed\": 1,\n    \"errors\": 1\n  }"));
}

TEST_CASE("a casework standard lists the key questions the input has no column for") {
  auto t = uniform(15, 20);
  t.present[question("2.1.1")] = false;
  t.present[question("2.1.2")] = false;
  const std::string json = report::json::inspection(R(), outcome("x.csv", "", t, all_organisational("Good")));
  CHECK(contains(json, "\"missing_columns\": [\n        \"2.1.1\",\n        \"2.1.2\"\n      ],"));
  CHECK(contains(json, "\"missing_columns\": [],"));  // the other casework standards
}
