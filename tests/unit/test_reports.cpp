#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/rate.hpp"
#include "pdurate/report/json_report.hpp"
#include "pdurate/report/json_writer.hpp"
#include "pdurate/report/rating_text.hpp"
#include "pdurate/report/text_report.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;

namespace {

struct Fixture {
  const rules::Rules& rules = rules::default_rules();
  model::Inspection inspection;
  engine::Result result;
  std::vector<engine::ExpectationCheck> checks;

  explicit Fixture(bool rate_p13 = true) {
    inspection.name = "Test \"quoted\" PDU";
    inspection.file = "test.yaml";
    engine::Tallies t;
    const std::size_t yes[] = {36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22};
    for (auto y : yes) t.questions.push_back({y, 79 - y, 0});
    t.present.assign(12, true);
    t.cases = 79;
    inspection.ratings[*rules.find_standard("P1.1")] = {0, "", {}};
    inspection.ratings[*rules.find_standard("P1.2")] = {0, "", {}};
    if (rate_p13) inspection.ratings[*rules.find_standard("P1.3")] = {1, "strengths in services", {}};
    result = engine::rate(rules, t, inspection.ratings);
  }
  report::ReportInput input() const { return {rules, inspection, result, checks}; }
};

}  // namespace

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

TEST_CASE("the JSON writer escapes strings and lays out nested containers") {
  report::JsonWriter j;
  j.begin_object();
  j.key("text").string("a \"quote\", a \\ and a\nnewline\x01");
  j.key("list").begin_array().number(1).raw_number("2.50").boolean(false).null().end_array();
  j.key("empty").begin_object().end_object();
  j.end_object();
  CHECK(j.str() ==
        "{\n  \"text\": \"a \\\"quote\\\", a \\\\ and a\\nnewline\\u0001\",\n  \"list\": [\n    1,\n    2.50,\n"
        "    false,\n    null\n  ],\n  \"empty\": {}\n}\n");
}

TEST_CASE("the JSON report carries the contract's fields") {
  Fixture f;
  const std::string json = report::json_report(f.input());
  CHECK(json.rfind("{\n  \"schema_version\": 1,", 0) == 0);
  CHECK(json.find("\"name\": \"Test \\\"quoted\\\" PDU\"") != std::string::npos);
  CHECK(json.find("\"id\": \"P2.1.3\"") != std::string::npos);
  CHECK(json.find("\"percent\": 18.99") != std::string::npos);  // 15/79, two decimals
  CHECK(json.find("\"score\": 1,") != std::string::npos);
  CHECK(json.find("\"max_score\": 21,") != std::string::npos);
  CHECK(json.find("\"overall\": \"Inadequate\"") != std::string::npos);
  CHECK(json.find("\"status\": \"departure\"") != std::string::npos);
}

TEST_CASE("the JSON report gives null score and a range when ratings are missing") {
  Fixture f(false);
  const std::string json = report::json_report(f.input());
  CHECK(json.find("\"score\": null,") != std::string::npos);
  CHECK(json.find("\"score_range\": {\n    \"min\": 0,\n    \"max\": 3\n  }") != std::string::npos);
  CHECK(json.find("\"overall\": null,") != std::string::npos);
}

TEST_CASE("the text report colours only when asked") {
  Fixture f;
  const std::string plain = report::text_report(f.input(), {false});
  const std::string coloured = report::text_report(f.input(), {true});
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(coloured.find("\x1b[31mInadequate") != std::string::npos);
  CHECK(plain.find("Score 1/21") != std::string::npos);
  CHECK(plain.find("> 2.1.3 keeping other people safe") != std::string::npos);
  CHECK(plain.find("inspectors' reason: strengths in services") != std::string::npos);
}

TEST_CASE("notices name unexplained departures and rounding-sensitive ratings") {
  Fixture f;
  f.inspection.ratings[*f.rules.find_standard("P1.3")].departure.clear();
  engine::Tallies t;
  const std::size_t yes[] = {51, 60, 60, 28, 38, 21, 42, 29, 18, 40, 32, 22};  // 2.1.1: 51/79 = 64.56%, the lowest
  for (auto y : yes) t.questions.push_back({y, 79 - y, 0});
  t.present.assign(12, true);
  f.result = engine::rate(f.rules, t, f.inspection.ratings);
  const auto n = report::notices(f.rules, f.result);
  REQUIRE(n.size() == 2);  // in the order of the standards
  CHECK(n[0].rfind("P1.3 departs from the decision guidance and no reason is recorded", 0) == 0);
  CHECK(n[1] == "P2.1 is 'Requires improvement' because 2.1.1 is 51/79 (64.56%); it would be 'Good' if percentages "
                "were rounded to whole numbers (rules setting casework.comparison)");
}
