// The text and JSON of pdu-rate diff, from hand-made comparisons.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/diff_report.hpp"
#include "pdurate/rules/load_rules.hpp"

using namespace pdurate;
using report::DiffRow;

namespace {

const rules::Rules& R() { return rules::default_rules(); }

engine::RatingState rated(std::string r) { return {r, r, r}; }

DiffRow changed() {
  engine::ResultDiff d;
  engine::StandardChange s{"P2.2", "Planning", rated("Good"), rated("Requires improvement"), {}};
  engine::KeyQuestionChange c{"P2.2.1", "2.2.1", "engaging the person on probation", {}, {}};
  c.before = {true, {13, 7, 0}, "Good"};
  c.after = {true, {13, 7, 0}, "Requires improvement"};
  s.causes.push_back(c);
  d.standards.push_back(s);
  d.score_before = {18, 18, 18, 21};
  d.score_after = {17, 17, 17, 21};
  d.overall_before = rated("Outstanding");
  d.overall_after = rated("Good");
  return {"x/inspection.yaml", "X PDU", d, {}};
}

DiffRow unchanged() {
  engine::ResultDiff d;
  d.score_before = d.score_after = {std::nullopt, 0, 9, 21};
  d.overall_before = d.overall_after = {std::nullopt, "Inadequate", "Requires improvement"};
  return {"y.csv", "", d, {}};
}

DiffRow invalid() { return {"z.yaml", "", std::nullopt, {{{"z.yaml", 1, 1}, "YAML syntax error"}}}; }

}  // namespace

TEST_CASE("the diff lists only what changed with the key question that caused it") {
  CHECK(report::diff_text(R(), R(), {changed(), unchanged(), invalid()}) ==
        "base rules: hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "rules:      hmip-pdu-2023 (built-in hmip-pdu-2023.yaml)\n"
        "\n"
        "x/inspection.yaml: X PDU\n"
        "  P2.2 Planning: Good → Requires improvement\n"
        "    because 2.2.1 engaging the person on probation, 13/20 = 65.00%: band Good → Requires improvement\n"
        "  score: 18/21 → 17/21\n"
        "  overall: Outstanding → Good\n"
        "\n"
        "ERROR z.yaml: invalid input (1 problem, listed on stderr)\n"
        "\n"
        "2 compared, 1 changed, 1 errors\n");
}

TEST_CASE("counts that differ between the sides are shown both ways") {
  auto row = changed();
  auto& c = row.diff->standards[0].causes[0];
  c.before = {false, {}, std::nullopt};
  row.diff->standards[0].before = engine::RatingState{std::nullopt, "Inadequate", "Good"};
  row.diff->score_before = {std::nullopt, 14, 18, 21};
  const auto text = report::diff_text(R(), R(), {row});
  CHECK(text.find("  P2.2 Planning: not rated (Inadequate to Good possible) → Requires improvement\n") != std::string::npos);
  CHECK(text.find("because 2.2.1 engaging the person on probation, no answers → 13/20 = 65.00%: band no band → "
                  "Requires improvement\n") != std::string::npos);
  CHECK(text.find("  score: not known (14 to 18 of 21 possible) → 17/21\n") != std::string::npos);
}

TEST_CASE("nothing changed is a summary alone") {
  CHECK(report::diff_summary(report::count({unchanged(), unchanged()})) == "2 compared, 0 changed");
  CHECK(report::diff_text(R(), R(), {unchanged()}).ends_with("\n\n1 compared, 0 changed\n"));
}

TEST_CASE("the JSON keeps every inspection with its status") {
  const auto json = report::diff_json(R(), R(), {changed(), unchanged(), invalid()});
  CHECK(json.rfind("{\n  \"schema_version\": 1,\n", 0) == 0);
  CHECK(json.find("\"base_rules\": {") < json.find("\"rules\": {"));
  CHECK(json.find("\"status\": \"changed\"") != std::string::npos);
  CHECK(json.find("\"status\": \"unchanged\"") != std::string::npos);
  CHECK(json.find("\"status\": \"invalid\"") != std::string::npos);
  CHECK(json.find("\"percent\": 65.00") != std::string::npos);
  CHECK(json.find("\"summary\": {\n    \"compared\": 2,\n    \"changed\": 1,\n    \"errors\": 1\n  }") !=
        std::string::npos);
}
