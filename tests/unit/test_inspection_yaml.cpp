// read_inspection_yaml with the default rules: the whole file shape (details, ratings, inline or
// CSV cases, expectations) and the position and wording of each problem.
#include <ostream>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using pdurate::util::Diagnostics;
using pdurate::model::Answer;
using pdurate::model::Expectation;
using pdurate::model::Inspection;
using pdurate::readers::read_inspection_yaml;
using pdurate::readers::SourceText;
using namespace pdurate::test;

namespace {

Read read(std::string text, std::string name = "insp.yaml") {
  Read r;
  r.inspection = read_inspection_yaml(SourceText::from_string(std::move(name), std::move(text)), R(), r.errors);
  if (r.inspection) CHECK(r.errors.empty());
  return r;
}

// The one diagnostic of a failed read, formatted.
std::string failure(std::string text) {
  const auto r = read(std::move(text));
  CHECK_FALSE(r.inspection.has_value());
  REQUIRE(r.errors.count() == 1u);
  return pdurate::util::format(r.errors.listed().front());
}



const char* const kFull = R"(# A small inspection using every part of the format.
inspection:
  name: Example PDU
  fieldwork: 2024-09
  published: 2024-11
  region: North
ratings:
  P1.1: Inadequate
  1.2: good
  P1.3:
    rating: Requires improvement
    departure: Strong partnership work.
cases:
  - {case_id: C1, case_type: licence, 2.1.1: Yes, P2.1.3: No, assessment_desistance: N/A}
  - case_id: C2
    2.1.1: n
    P2.1.3: y
    assessment_desistance: Yes
expect:
  overall: Inadequate
  score: 1
  P2.1: Inadequate
  p1.3: Requires improvement
  P2.1.3: {yes: 1, no: 1, relevant: 2}
  2.1.1: 1/2
)";

}  // namespace

TEST_CASE("a full inspection file reads every part") {
  const auto r = read(kFull);
  REQUIRE(r.inspection.has_value());
  const Inspection& in = *r.inspection;
  CHECK(in.file == "insp.yaml");
  CHECK(in.name == "Example PDU");
  CHECK(in.fieldwork == "2024-09");

  REQUIRE(in.ratings.size() == 3u);
  const auto& p11 = in.ratings.at(standard("P1.1"));
  CHECK(p11.level == level("Inadequate"));
  CHECK(p11.departure.empty());
  CHECK(p11.where.file == "insp.yaml");
  CHECK(p11.where.line == 8u);
  CHECK(p11.where.column == 9u);
  CHECK(in.ratings.at(standard("P1.2")).level == level("Good"));  // "1.2" and "good" are accepted
  const auto& p13 = in.ratings.at(standard("P1.3"));
  CHECK(p13.level == level("Requires improvement"));
  CHECK(p13.departure == "Strong partnership work.");
  CHECK(p13.where.line == 11u);
  CHECK(p13.where.column == 5u);

  const auto& cases = in.cases;
  REQUIRE(cases.size() == 2u);
  CHECK(in.rows_read == 2u);
  CHECK(cases.id(0) == "C1");
  CHECK(cases.line(0) == 14u);
  CHECK(cases.line(1) == 15u);
  CHECK(cases.answer(0, question("2.1.1")) == Answer::Yes);
  CHECK(cases.answer(0, question("2.1.3")) == Answer::No);
  CHECK(cases.answer(0, question("2.1.2")) == Answer::NotApplicable);
  CHECK(cases.answer(1, question("2.1.1")) == Answer::No);
  CHECK(cases.answer(1, question("2.1.3")) == Answer::Yes);
  CHECK(cases.answer(1, question("2.1.2")) == Answer::Yes);
  CHECK(cases.has_question(question("2.1.2")));
  CHECK_FALSE(cases.has_question(question("2.2.1")));
  CHECK(cases.attribute_names() == std::vector<std::string>{"case_type"});
  CHECK(cases.attribute(0, 0) == "licence");
  CHECK(cases.attribute(1, 0) == "");  // C2 has no case_type

  const auto& e = in.expectations;
  REQUIRE(e.size() == 6u);
  CHECK(e[0].kind == Expectation::Kind::Overall);
  CHECK(e[0].level == level("Inadequate"));
  CHECK(e[0].where.line == 20u);
  CHECK(e[0].where.column == 3u);
  CHECK(e[1].kind == Expectation::Kind::Score);
  CHECK(e[1].score == 1);
  CHECK(e[2].kind == Expectation::Kind::StandardRating);
  CHECK(e[2].index == standard("P2.1"));
  CHECK(e[2].level == level("Inadequate"));
  CHECK(e[3].kind == Expectation::Kind::StandardRating);
  CHECK(e[3].index == standard("P1.3"));
  CHECK(e[3].key == "p1.3");
  CHECK(e[4].kind == Expectation::Kind::KeyQuestionCounts);
  CHECK(e[4].index == question("2.1.3"));
  CHECK(e[4].yes == std::optional<std::size_t>(1));
  CHECK(e[4].no == std::optional<std::size_t>(1));
  CHECK_FALSE(e[4].na.has_value());
  CHECK(e[4].relevant == std::optional<std::size_t>(2));
  CHECK(e[4].where.line == 24u);
  CHECK(e[5].kind == Expectation::Kind::KeyQuestionCounts);
  CHECK(e[5].index == question("2.1.1"));
  CHECK(e[5].yes == std::optional<std::size_t>(1));
  CHECK(e[5].relevant == std::optional<std::size_t>(2));
}

TEST_CASE("only cases are required") {
  const auto r = read("cases:\n  - {case_id: C1, 2.1.1: Yes}\n");
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->name.empty());
  CHECK(r.inspection->ratings.empty());
  CHECK(r.inspection->expectations.empty());
  CHECK(r.inspection->cases.size() == 1u);
  // Empty ratings and expect sections are allowed.
  CHECK(read("ratings:\nexpect:\ncases:\n  - {case_id: C1}\n").inspection.has_value());
}

TEST_CASE("case_id and question keys are matched as in CSV headings") {
  const auto r = read("cases:\n  - {Case_ID: C1, ' 2.1.1 ': Yes, planning_safety: No}\n");
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->cases.id(0) == "C1");
  CHECK(r.inspection->cases.answer(0, question("2.1.1")) == Answer::Yes);
  CHECK(r.inspection->cases.answer(0, question("2.2.3")) == Answer::No);
}

TEST_CASE("cases may be a CSV file named relative to the YAML file") {
  TempDir dir;
  dir.write("data/cases.csv", "case_id,grade,2.1.1,2.4.3\nC1,PO,Yes,No\nC2,PSO,No,N/A\nC3,PO,Yes,Yes\n");
  const auto r = read("inspection:\n  name: From CSV\nratings:\n  P1.1: Good\ncases: data/cases.csv\n",
                      dir.path("inspection.yaml"));
  REQUIRE(r.inspection.has_value());
  const auto& in = *r.inspection;
  CHECK(in.name == "From CSV");
  CHECK(in.file == dir.path("inspection.yaml"));
  CHECK(in.rows_read == 3u);
  REQUIRE(in.cases.size() == 3u);
  CHECK(in.cases.find("C2") == 1u);  // the set moved out of the CSV reader still finds ids
  CHECK(in.cases.answer(2, question("2.4.3")) == Answer::Yes);
  CHECK(in.cases.has_question(question("2.1.1")));
  CHECK_FALSE(in.cases.has_question(question("2.1.2")));
  CHECK(in.cases.attribute(1, 0) == "PSO");
  CHECK(in.ratings.at(standard("P1.1")).level == level("Good"));
}

TEST_CASE("a broken CSV is reported at the YAML line and then with its own problems") {
  TempDir dir;
  const std::string csv = dir.write("cases.csv", "case_id,2.1.1\nC1,Maybe\nC1,Yes\n");
  const auto r = read("# header comment\ncases: cases.csv\n", dir.path("insp.yaml"));
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = pdurate::test::lines(r.errors);
  REQUIRE(lines.size() == 3u);
  CHECK(lines[0] == dir.path("insp.yaml") + ":2:8: cannot use the cases in '" + csv + "':");
  CHECK(lines[1] == csv + ":2:4: 'Maybe' is not an answer to 2.1.1 in case C1: write Yes, No or N/A (also Y, N, NA; "
                          "any case)");
  CHECK(lines[2] == csv + ":3:1: duplicate case id 'C1' (first on line 2): each case appears once");
}

TEST_CASE("a CSV that does not exist is reported with the path tried") {
  TempDir dir;
  const auto r = read("cases: missing.csv\n", dir.path("insp.yaml"));
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = pdurate::test::lines(r.errors);
  REQUIRE(lines.size() == 2u);
  CHECK(lines[0] == dir.path("insp.yaml") + ":1:8: cannot use the cases in '" + dir.path("missing.csv") + "':");
  CHECK(lines[1] == dir.path("missing.csv") + ": cannot open: No such file or directory");
}

TEST_CASE("an empty file is an error about the whole file") {
  for (const char* text : {"", "# nothing but a comment\n"}) {
    CAPTURE(text);
    CHECK(failure(text) == "insp.yaml: empty file: expected an inspection with 'cases'");
  }
}

TEST_CASE("a file that is not a mapping is refused") {
  CHECK(failure("- a\n- b\n") == "insp.yaml:1:1: an inspection file must be a mapping, found a list");
}

TEST_CASE("YAML errors come from the YAML parser with their position") {
  CHECK(failure("cases: []\ncases: []\n") ==
        "insp.yaml:2:1: duplicate key 'cases' (first at line 1): each key may appear once");
}

TEST_CASE("an unknown top-level key suggests the nearest") {
  const auto r = read("rating:\n  P1.1: Good\ncases:\n  - {case_id: C1}\n");
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = pdurate::test::lines(r.errors);
  REQUIRE(lines.size() == 1u);
  CHECK(lines[0] == "insp.yaml:1:1: unknown key 'rating' in an inspection file; did you mean 'ratings'?");

  CHECK(failure("cases:\n  - {case_id: C1}\nzzz: 1\n") ==
        "insp.yaml:3:1: unknown key 'zzz' in an inspection file (expected one of: rules, inspection, ratings, cases, expect)");
}

TEST_CASE("unknown keys under inspection and in a rating are refused") {
  CHECK(failure("inspection:\n  nmae: X\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:2:3: unknown key 'nmae' in inspection; did you mean 'name'?");
  CHECK(failure("ratings:\n  P1.1: {rating: Good, departur: x}\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:2:24: unknown key 'departur' in the rating of P1.1; did you mean 'departure'?");
}

TEST_CASE("a rating for a casework standard the cases answer is refused; one they do not answer is given") {
  CHECK(failure("ratings:\n  P2.1: Good\ncases:\n  - {case_id: C1, 2.1.1: Yes}\n") ==
        "insp.yaml:2:3: P2.1 is given a rating, but the cases answer its key questions (2.1.1): it is rated from "
        "them; remove the rating or those columns");
  const auto r = read("ratings:\n  P2.1: Good\ncases:\n  - {case_id: C1, 2.2.1: Yes}\n");
  REQUIRE(r.inspection);
  CHECK(r.inspection->ratings.count(pdurate::test::standard("P2.1")) == 1);
}

TEST_CASE("an inspection with ratings and no cases is ratings-only") {
  const auto r = read("ratings:\n  P1.1: Good\n  2.1: Inadequate\n");
  REQUIRE(r.inspection);
  CHECK(r.inspection->ratings_only);
  CHECK(r.inspection->ratings.size() == 2);
  CHECK(failure("ratings:\n  P1.1: not rated\n") ==
        "insp.yaml:2:9: P1.1 Leadership must be rated under hmip-pdu-2023: give its rating, or leave it out while it "
        "is not known");
}

TEST_CASE("a rating for an unknown standard is refused") {
  CHECK(failure("ratings:\n  P1.9: Good\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:2:3: unknown standard 'P1.9'; did you mean P1.1?");
}

TEST_CASE("an unknown rating name lists the scale") {
  CHECK(failure("ratings:\n  P1.2: Poor\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:2:9: unknown rating 'Poor': the ratings are 'Inadequate', 'Requires improvement', 'Good', "
        "'Outstanding'");
  CHECK(failure("ratings:\n  P1.3:\n    departure: why\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:3:5: the rating of P1.3 has no 'rating'");
  CHECK(failure("ratings:\n  P1.3: ''\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:2:9: the rating of P1.3 must be a non-empty value, found an empty value");
}

TEST_CASE("the same standard rated twice is refused") {
  // Different spellings of one standard are not caught as YAML duplicate keys.
  CHECK(failure("ratings:\n  P1.1: Good\n  1.1: Inadequate\ncases:\n  - {case_id: C1}\n") ==
        "insp.yaml:3:3: P1.1 is rated twice (first at line 2)");
}

TEST_CASE("missing cases are an error at the top of the file") {
  CHECK(failure("inspection:\n  name: X\n") == "insp.yaml:1:1: the inspection file has no 'cases'");
}

TEST_CASE("cases must be a file name or a list") {
  CHECK(failure("cases:\n") == "insp.yaml:1:1: cases must be a file's name (CSV or workbook), a mapping with file: "
                                "and how to read it, or a list of cases, found nothing");
  CHECK(failure("cases: {case_id: C1}\n") == "insp.yaml:1:8: cases is a mapping without file: list the cases as items "
                                             "(- {case_id: C1, ...}), or give file: and how to read it");
}

TEST_CASE("an empty case list is an error") {
  CHECK(failure("cases: []\n") == "insp.yaml:1:8: no cases: the list of cases is empty");
}

TEST_CASE("an inline case missing an answer another case has is an error at that case") {
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.1: Yes}\n  - {case_id: C2}\n  - {case_id: C3, 2.1.1: No}\n") ==
        "insp.yaml:3:5: case C2 has no answer to 2.1.1 (other cases have one): add '2.1.1: N/A' if it does not "
        "apply");
}

TEST_CASE("a list or mapping as an answer is refused") {
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.1: [Yes]}\n") ==
        "insp.yaml:2:26: '2.1.1' of case C1 must be a single value, found a list");
  CHECK(failure("cases:\n  - {case_id: C1, grade: {a: b}}\n") ==
        "insp.yaml:2:26: 'grade' of case C1 must be a single value, found a mapping");
}

TEST_CASE("inline answers outside the vocabulary are errors at the value") {
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.1: Maybe}\n") ==
        "insp.yaml:2:26: 'Maybe' is not an answer to 2.1.1 in case C1: write Yes, No or N/A (also Y, N, NA; any case)");
  // An empty value is reported at its key (yaml-cpp would place it at the next token).
  CHECK(failure("cases:\n  - case_id: C1\n    2.1.1:\n") ==
        "insp.yaml:3:5: empty answer to 2.1.1 in case C1: a missing judgement is not N/A; write Yes, No or N/A "
        "(also Y, N, NA; any case)");
  // yaml-cpp would read these as booleans; pdu-rate reads the text.
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.1: true}\n").find("'true' is not an answer") != std::string::npos);
}

TEST_CASE("inline case keys are checked like CSV headings") {
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.4: Yes}\n") ==
        "insp.yaml:2:19: '2.1.4' looks like a key question id but the rules (hmip-pdu-2023) have no such question; "
        "P2.1 has 2.1.1, 2.1.2, 2.1.3");
  CHECK(failure("cases:\n  - {case_id: C1, 2.1.1: Yes}\n  - {case_id: C2, P2.1.1: Yes}\n") ==
        "insp.yaml:3:19: '2.1.1' and 'P2.1.1' both name key question 2.1.1: use one");
}

TEST_CASE("inline case ids must be present and unique") {
  CHECK(failure("cases:\n  - {case_id: C1}\n  - {grade: PO}\n") == "insp.yaml:3:5: a case has no 'case_id'");
  CHECK(failure("cases:\n  - {case_id: C1}\n  - {case_id: ''}\n") ==
        "insp.yaml:3:15: case_id must be a non-empty value, found an empty value");
  CHECK(failure("cases:\n  - {case_id: C1}\n  - {case_id: C2}\n  - {case_id: C1}\n") ==
        "insp.yaml:4:15: duplicate case id 'C1' (first on line 2): each case appears once");
  CHECK(failure("cases:\n  - {case_id: C1}\n  - just text\n") == "insp.yaml:3:5: a case must be a mapping, found a value");
}

TEST_CASE("expectations are checked against the rules") {
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  overall: Fine\n") ==
        "insp.yaml:4:3: unknown rating 'Fine': the ratings are 'Inadequate', 'Requires improvement', 'Good', "
        "'Outstanding'");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  score: 22\n") ==
        "insp.yaml:4:3: score must be a whole number from 0 to 21, not '22'");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  P2.1.3: 80/79\n") ==
        "insp.yaml:4:11: expected counts for 2.1.3 are written YES/RELEVANT, e.g. 15/79, not '80/79'");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  P2.1.3: {yes: 1, relevent: 2}\n") ==
        "insp.yaml:4:20: unknown key 'relevent' in the expected counts of P2.1.3; did you mean 'relevant'?");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  P2.1.3: {}\n") ==
        "insp.yaml:4:11: give at least one of yes, no, na, relevant");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  P2.1.3: {yes: -1}\n") ==
        "insp.yaml:4:17: yes must be a whole number from 0 to 100000000, found '-1'");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  P2.1: {yes: 1}\n") ==
        "insp.yaml:4:3: only a key question's expectation is a mapping ({yes: 15, relevant: 79}); 'P2.1' is not a "
        "key question");
  CHECK(failure("cases:\n  - {case_id: C1}\nexpect:\n  overal: Good\n") ==
        "insp.yaml:4:3: cannot expect 'overal'; did you mean 'overall'? (expect overall, score, a standard such as "
        "P2.1, or a key question such as P2.1.3)");
}

TEST_CASE("every problem in a file is listed in file order") {
  const auto r = read("ratings:\n  P2.1: Good\n  P1.1: Meh\ncases:\n  - {case_id: C1, 2.1.1: Maybe}\n"
                      "expect:\n  score: x\n");
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = pdurate::test::lines(r.errors);
  REQUIRE(lines.size() == 4u);
  CHECK(lines[0].rfind("insp.yaml:2:3: P2.1 is given a rating, but the cases answer its key questions", 0) == 0);
  CHECK(lines[1].rfind("insp.yaml:3:9: unknown rating 'Meh'", 0) == 0);
  CHECK(lines[2].rfind("insp.yaml:5:26: 'Maybe' is not an answer to 2.1.1 in case C1", 0) == 0);
  CHECK(lines[3] == "insp.yaml:7:3: score must be a whole number from 0 to 21, not 'x'");
}

// --- Findings (issue 5) ---

TEST_CASE("inline cases answer findings like key questions") {
  const auto r = read("cases:\n  - {case_id: C1, F.oversight: Yes, 2.1.1: No}\n  - {case_id: C2, F.oversight: N/A, 2.1.1: Yes}\n");
  REQUIRE(r.inspection);
  const auto slot = R().finding_slot(*R().find_finding("F.oversight"));
  CHECK(r.inspection->cases.has_question(slot));
  CHECK(r.inspection->cases.answer(0, slot) == Answer::Yes);
  CHECK(r.inspection->cases.answer(1, slot) == Answer::NotApplicable);
  CHECK(failure("cases:\n  - {case_id: C1, F.reset: Yes}\n  - {case_id: C2}\n") ==
        "insp.yaml:3:5: case C2 has no answer to F.reset (other cases have one): add 'F.reset: N/A' if it does not "
        "apply");
  CHECK(failure("cases:\n  - {case_id: C1, 2.3.3.a: Yes, P2.3.3.a: No}\n") ==
        "insp.yaml:2:33: '2.3.3.a' and 'P2.3.3.a' both name finding 2.3.3.a: use one");
}
