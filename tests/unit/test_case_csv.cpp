// read_case_csv with the default rules: what a case CSV may look like, and the exact position and
// wording of each problem it reports.
#include <ostream>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "pdurate/readers/case_csv.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using pdurate::util::Diagnostics;
using pdurate::model::Answer;
using pdurate::model::Inspection;
using pdurate::readers::read_case_csv;
using pdurate::readers::SourceText;
using namespace pdurate::test;

namespace {

Read read(std::string text) {
  Read r;
  r.inspection = read_case_csv(SourceText::from_string("cases.csv", std::move(text)), R(), r.errors);
  for (const auto& d : r.errors.listed()) CHECK(d.where.file == "cases.csv");
  return r;
}

// The single diagnostic of a failed read.
pdurate::util::Diagnostic only_error(const Read& r) {
  CHECK_FALSE(r.inspection.has_value());
  REQUIRE(r.errors.count() == 1u);
  return r.errors.listed().front();
}



const std::string kHeader = "case_id,case_type,grade,2.1.1,2.1.2,2.1.3,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3\n";

}  // namespace

TEST_CASE("a Bradford-like file reads every case, answer and attribute") {
  const auto r = read(kHeader +
                      "BC001,licence,PO,Yes,Yes,No,Yes,No,No,Yes,Yes,Yes,No,Yes,No\n"
                      "BC002,community,PSO,Yes,No,No,Yes,Yes,No,No,No,No,Yes,No,No\n"
                      "BC003,licence,PO,N/A,y,n,NA,yes,NO,n/a,Y,N,na,YES,No\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.inspection.has_value());
  const auto& in = *r.inspection;
  CHECK(in.file == "cases.csv");
  CHECK(in.name.empty());
  CHECK(in.ratings.empty());
  CHECK(in.expectations.empty());
  CHECK(in.rows_read == 3u);
  const auto& cases = in.cases;
  REQUIRE(cases.size() == 3u);
  // One slot per key question and finding; findings without a column are not present.
  CHECK(cases.question_count() == R().question_slots());
  for (std::size_t i = 0; i < 12; ++i) CHECK(cases.has_question(i));
  for (std::size_t i = 12; i < cases.question_count(); ++i) CHECK_FALSE(cases.has_question(i));
  CHECK(cases.id(0) == "BC001");
  CHECK(cases.line(0) == 2u);
  CHECK(cases.line(2) == 4u);
  CHECK(cases.find("BC002") == 1u);
  CHECK(cases.answer(0, question("2.1.3")) == Answer::No);
  CHECK(cases.answer(0, question("2.4.1")) == Answer::No);
  CHECK(cases.answer(1, question("2.2.2")) == Answer::Yes);
  CHECK(cases.answer(2, question("2.1.1")) == Answer::NotApplicable);
  CHECK(cases.answer(2, question("2.1.2")) == Answer::Yes);
  CHECK(cases.answer(2, question("2.1.3")) == Answer::No);
  CHECK(cases.answer(2, question("2.2.1")) == Answer::NotApplicable);
  CHECK(cases.answer(2, question("2.4.3")) == Answer::No);
  CHECK(cases.attribute_names() == std::vector<std::string>{"case_type", "grade"});
  CHECK(cases.attribute(1, 0) == "community");
  CHECK(cases.attribute(1, 1) == "PSO");
  CHECK(cases.attribute(2, 1) == "PO");
}

TEST_CASE("headings may be aliases or P-prefixed ids and case_id in any case") {
  const auto r = read(" Case_ID ,assessment_safety,P2.1.1,p2.1.2,Office\n"
                      "C1,Yes,No,N/A,Bradford\n"
                      "C2, no , Yes ,n,  Halifax\t\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.inspection.has_value());
  const auto& cases = r.inspection->cases;
  REQUIRE(cases.size() == 2u);
  CHECK(cases.answer(0, question("2.1.3")) == Answer::Yes);
  CHECK(cases.answer(0, question("2.1.1")) == Answer::No);
  CHECK(cases.answer(0, question("2.1.2")) == Answer::NotApplicable);
  // Cells are trimmed of spaces and tabs.
  CHECK(cases.answer(1, question("2.1.3")) == Answer::No);
  CHECK(cases.answer(1, question("2.1.1")) == Answer::Yes);
  CHECK(cases.attribute_names() == std::vector<std::string>{"Office"});
  CHECK(cases.attribute(1, 0) == "Halifax");
}

TEST_CASE("missing key question columns are not an error") {
  const auto r = read("case_id,2.1.1,2.3.3\nC1,Yes,No\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.inspection.has_value());
  const auto& cases = r.inspection->cases;
  CHECK(cases.has_question(question("2.1.1")));
  CHECK(cases.has_question(question("2.3.3")));
  CHECK_FALSE(cases.has_question(question("2.1.2")));
  CHECK_FALSE(cases.has_question(question("2.4.3")));
  CHECK(cases.answer(0, question("2.1.2")) == Answer::NotApplicable);
}

TEST_CASE("a file with only case ids reads") {
  const auto r = read("case_id\nC1\nC2\n");
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->cases.size() == 2u);
  CHECK(r.inspection->rows_read == 2u);
}

TEST_CASE("blank lines, CRLF, a BOM and no final newline are all accepted") {
  const auto r = read("\xEF\xBB\xBF" "case_id,2.1.1\r\n\r\nC1,Yes\r\n\r\n\r\nC2,No");
  REQUIRE(r.errors.empty());
  REQUIRE(r.inspection.has_value());
  const auto& cases = r.inspection->cases;
  REQUIRE(cases.size() == 2u);
  CHECK(cases.line(0) == 3u);
  CHECK(cases.line(1) == 6u);
  CHECK(cases.answer(1, question("2.1.1")) == Answer::No);
  CHECK(r.inspection->rows_read == 2u);
}

TEST_CASE("quoted cells are unquoted before they are read") {
  const auto r = read("case_id,\"2.1.1\",note\n\"C1\",\"Yes\",\"a, b\"\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->cases.id(0) == "C1");
  CHECK(r.inspection->cases.answer(0, question("2.1.1")) == Answer::Yes);
  CHECK(r.inspection->cases.attribute(0, 0) == "a, b");
}

TEST_CASE("an empty file is an error about the whole file") {
  for (const char* text : {"", "\n\n", "\r\n"}) {
    CAPTURE(text);
    const auto d = only_error(read(text));
    CHECK(d.where.line == 0u);
    CHECK(d.where.column == 0u);
    CHECK(d.message.rfind("empty file: expected a header row", 0) == 0);
  }
}

TEST_CASE("a header with no case rows is an error") {
  const auto d = only_error(read("case_id,2.1.1\n\n"));
  CHECK(d.where.line == 0u);
  CHECK(d.message == "no cases: the file has a header row but no case rows");
}

TEST_CASE("a header without a case_id column is an error on line 1") {
  const auto d = only_error(read("name,2.1.1\nC1,Yes\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 1u);
  CHECK(d.message == "no case_id column: add a column headed case_id with a unique id for each case");
}

TEST_CASE("a likely id column under another name is pointed at") {
  const auto d = only_error(read("2.1.1,CRN,grade\nYes,X123,PO\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 7u);
  CHECK(d.message == "no case_id column: if 'CRN' holds the case ids, head it case_id");
}

TEST_CASE("without a case_id column no other header problem is listed") {
  // The missing id is the one thing to fix first; later headings are not judged.
  const auto r = read("id,2.1.4,P1.1\nC1,Yes,Good\n");
  const auto d = only_error(r);
  CHECK(d.message == "no case_id column: if 'id' holds the case ids, head it case_id");
}

TEST_CASE("a first line of answers is reported as a missing header row") {
  const auto d = only_error(read("C1,Yes,No\nC2,No,No\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 1u);
  CHECK(d.message.rfind("no header row: the first row holds answers", 0) == 0);
}

TEST_CASE("a heading shaped like a key question the rules lack suggests the nearest") {
  const auto r = read("case_id,2.1.1,2.1.4\nC1,Yes,No\n");
  const auto d = only_error(r);
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 15u);
  CHECK(d.message ==
        "'2.1.4' looks like a key question id but the rules (hmip-pdu-2023) have no such question; "
        "P2.1 has 2.1.1, 2.1.2, 2.1.3");

  // With a P prefix too, and for a standard the rules lack, the nearest id.
  const auto prefixed = only_error(read("case_id,P2.4.4\nC1,Yes\n"));
  CHECK(prefixed.message.find("; P2.4 has 2.4.1, 2.4.2, 2.4.3") != std::string::npos);
  // 2.1.1, 2.2.1, 2.3.1 and 2.4.1 are all one edit away: the first is offered.
  const auto other = only_error(read("case_id,2.5.1\nC1,Yes\n"));
  CHECK(other.message ==
        "'2.5.1' looks like a key question id but the rules (hmip-pdu-2023) have no such question; did you mean "
        "'2.1.1'?");
}

TEST_CASE("a heading far from every key question lists their range") {
  const auto d = only_error(read("case_id,P7.7.7\nC1,Yes\n"));
  CHECK(d.where.column == 9u);
  CHECK(d.message ==
        "'P7.7.7' looks like a key question id but the rules (hmip-pdu-2023) have no such question "
        "(they are 2.1.1 to 2.4.3)");
}

TEST_CASE("an organisational standard as a heading is refused") {
  const auto d = only_error(read("case_id,P1.1\nC1,Good\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 9u);
  CHECK(d.message.rfind("'P1.1' is an organisational standard, rated by the inspectors", 0) == 0);
  CHECK(contains(d.message, "--rating P1.1=RATING"));
}

TEST_CASE("a casework standard as a heading names its key questions") {
  const auto d = only_error(read("case_id,P2.3\nC1,Yes\n"));
  CHECK(d.where.column == 9u);
  CHECK(d.message == "'P2.3' is a standard, not a key question: give its key questions as columns (2.3.1, 2.3.2, ...)");
}

TEST_CASE("the same key question twice is an error at the second column") {
  const auto d = only_error(read("case_id,2.1.1,P2.1.1\nC1,Yes,No\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 15u);
  CHECK(d.message == "'P2.1.1' is key question 2.1.1 again (first in column 2)");

  const auto alias = only_error(read("case_id,assessment_safety,grade,2.1.3\nC1,Yes,PO,No\n"));
  CHECK(alias.where.column == 33u);
  CHECK(alias.message == "'2.1.3' is key question 2.1.3 again (first in column 2)");
}

TEST_CASE("duplicate attribute and case_id columns are errors") {
  const auto attribute = only_error(read("case_id,grade,grade\nC1,PO,PSO\n"));
  CHECK(attribute.where.column == 15u);
  CHECK(attribute.message == "column 'grade' appears twice");

  const auto id = only_error(read("case_id,grade,CASE_ID\nC1,PO,C1\n"));
  CHECK(id.where.column == 15u);
  CHECK(id.message == "a second case_id column (the first is column 1)");
}

TEST_CASE("a value under an empty heading is an error at the value") {
  const auto d = only_error(read("case_id,2.1.1, ,grade\nC1,Yes,,PO\nC2,No,x,PO\n"));
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 7u);
  CHECK(d.message == "a value in column 3, which has no heading: give the column a heading, or delete the value");

  const auto trailing = only_error(read("case_id,2.1.1,\nC1,Yes,x\n"));
  CHECK(trailing.where.column == 8u);
  CHECK(trailing.message.rfind("a value in column 3, which has no heading", 0) == 0);
}

TEST_CASE("columns with no heading and no value are skipped and counted") {
  const auto r = read("case_id,2.1.1,,grade,,,\nC1,Yes,,PO,,,\nC2,No,,PSO\n");
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->rows_read == 2u);
  CHECK(r.inspection->source.empty_columns == 4u);  // the middle one and three at the end
  CHECK(r.inspection->cases.attribute(1, 0) == "PSO");
}

TEST_CASE("every header problem is listed") {
  const auto r = read("case_id,2.1.4,P1.2,,2.1.1,P2.1.1\nC1,Yes,Good,x,Yes,No\n");
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = positions(r.errors);
  REQUIRE(lines.size() == 3u);
  CHECK(contains(lines[0], "1:9: '2.1.4' looks like a key question id"));
  CHECK(contains(lines[1], "1:15: 'P1.2' is an organisational standard"));
  CHECK(contains(lines[2], "1:27: 'P2.1.1' is key question 2.1.1 again (first in column 5)"));
}

TEST_CASE("a row with too many fields is reported at the first extra field") {
  const auto r = read("case_id,2.1.1,grade\nC1,Yes,PO\nC2,No,PSO,extra,more\nC3,Yes,PO\n");
  const auto d = only_error(r);
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 11u);
  CHECK(d.message.rfind("row has 5 fields but the header has 3: remove the extra fields", 0) == 0);
}

TEST_CASE("a row with too few fields is reported at its end") {
  const auto d = only_error(read("case_id,2.1.1,grade\nC1,Yes\n"));
  CHECK(d.where.line == 2u);
  CHECK(d.where.column == 7u);
  CHECK(d.message == "row has 2 fields but the header has 3: every row needs a value in every column");
}

TEST_CASE("an empty answer is an error at its cell") {
  const auto d = only_error(read("case_id,2.1.1,2.1.2\nC1,Yes,\nC2,Yes,No\n"));
  CHECK(d.where.line == 2u);
  CHECK(d.where.column == 8u);
  CHECK(d.message ==
        "empty answer to 2.1.2 in case C1: a missing judgement is not N/A; write Yes, No or N/A "
        "(also Y, N, NA; any case)");

  const auto spaces = only_error(read("case_id,2.1.1\nC1,   \n"));
  CHECK(spaces.where.column == 4u);
  CHECK(spaces.message.rfind("empty answer to 2.1.1 in case C1", 0) == 0);
}

TEST_CASE("an answer outside the vocabulary is an error at its cell") {
  const auto d = only_error(read("case_id,grade,2.2.3\nC1,PO,Yes\nC2,PSO,Maybe\n"));
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 8u);
  CHECK(d.message == "'Maybe' is not an answer to 2.2.3 in case C2: write Yes, No or N/A (also Y, N, NA; any case)");
}

TEST_CASE("an empty case id is an error at its cell") {
  const auto d = only_error(read("grade,case_id,2.1.1\nPO,C1,Yes\nPSO, ,No\n"));
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 5u);
  CHECK(d.message == "empty case_id: every case needs a unique id");
}

TEST_CASE("a duplicate case id names the line of the first") {
  const auto r = read("case_id,2.1.1\nC1,Yes\n\nC2,No\nC1,No\n");
  const auto d = only_error(r);
  CHECK(d.where.line == 5u);
  CHECK(d.where.column == 1u);
  CHECK(d.message == "duplicate case id 'C1' (first on line 2): each case appears once");
  CHECK(r.errors.count() == 1u);
}

TEST_CASE("invalid UTF-8 is reported at its line and character column") {
  const auto d = only_error(read("case_id,note\nC1,caf\xC3\xA9\nC2,bad \xC3(\n"));
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 8u);
  CHECK(d.message == "invalid UTF-8: save the file as UTF-8 (in a spreadsheet: CSV UTF-8), or read it with --encoding "
                     "windows-1252");

  // Latin-1 from an old spreadsheet export.
  const auto latin1 = only_error(read("case_id,note\nC1,caf\xE9\n"));
  CHECK(latin1.where.line == 2u);
  CHECK(latin1.where.column == 7u);
}

TEST_CASE("an unterminated quote is reported at the opening quote") {
  const auto d = only_error(read("case_id,note\nC1,fine\nC2,\"never closed\nC3,x\n"));
  CHECK(d.where.line == 3u);
  CHECK(d.where.column == 4u);
  CHECK(d.message.rfind("unterminated quoted field", 0) == 0);

  const auto header = only_error(read("case_id,\"2.1.1\n"));
  CHECK(header.where.line == 1u);
  CHECK(header.where.column == 9u);
  CHECK(header.message.rfind("unterminated quoted field", 0) == 0);
}

TEST_CASE("quoting errors after a BOM keep the BOM out of the column") {
  // The mark is invisible in editors: the quote is the 9th character a user sees.
  const auto d = only_error(read("\xEF\xBB\xBF" "case_id,\"2.1.1\n"));
  CHECK(d.where.line == 1u);
  CHECK(d.where.column == 9u);
}

TEST_CASE("rows after a quoting error are not read but earlier problems are kept") {
  const auto r = read("case_id,2.1.1\nC1,Maybe\nC2,Y\"es\nC3,Nope\n");
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = positions(r.errors);
  REQUIRE(lines.size() == 2u);
  CHECK(contains(lines[0], "2:4: 'Maybe' is not an answer to 2.1.1 in case C1"));
  CHECK(contains(lines[1], "3:5: quote inside an unquoted field"));
}

TEST_CASE("problems in several rows are all listed in file order") {
  const auto r = read("case_id,2.1.1,2.1.2\nC1,Yes,Maybe\nC1,No,No\n,Yes,Yes\nC4,Yes\nC5,,x\n");
  CHECK_FALSE(r.inspection.has_value());
  const auto lines = positions(r.errors);
  REQUIRE(lines.size() == 6u);
  CHECK(contains(lines[0], "2:8: 'Maybe' is not an answer to 2.1.2 in case C1"));
  CHECK(contains(lines[1], "3:1: duplicate case id 'C1' (first on line 2)"));
  CHECK(contains(lines[2], "4:1: empty case_id"));
  CHECK(contains(lines[3], "5:7: row has 2 fields but the header has 3"));
  CHECK(contains(lines[4], "6:4: empty answer to 2.1.1 in case C5"));
  CHECK(contains(lines[5], "6:5: 'x' is not an answer to 2.1.2 in case C5"));
}

TEST_CASE("more than 100 problems lists 100 and says how many more") {
  std::string text = "case_id,2.1.1\n";
  for (int i = 1; i <= 150; ++i) text += "C" + std::to_string(i) + ",Maybe\n";
  const auto r = read(text);
  CHECK_FALSE(r.inspection.has_value());
  CHECK(r.errors.count() == 150u);  // every problem is counted
  REQUIRE(r.errors.listed().size() == 101u);
  CHECK(r.errors.listed()[0].where.line == 2u);
  CHECK(r.errors.listed()[99].where.line == 101u);
  CHECK(r.errors.listed()[99].message.rfind("'Maybe' is not an answer to 2.1.1 in case C100", 0) == 0);
  const auto last = r.errors.listed()[100];
  CHECK(last.where.line == 0u);
  CHECK(last.message == "50 more problems not listed");
}

TEST_CASE("exactly 100 problems are all listed with no summary line") {
  std::string text = "case_id,2.1.1\n";
  for (int i = 1; i <= 100; ++i) text += "C" + std::to_string(i) + ",Maybe\n";
  const auto r = read(text);
  REQUIRE(r.errors.count() == 100u);
  REQUIRE(r.errors.listed().size() == 100u);
  CHECK(r.errors.listed()[99].where.line == 101u);
}

TEST_CASE("rows_read counts data rows, not blank lines or the header") {
  const auto r = read("case_id,2.1.1\n\nC1,Yes\n\nC2,No\nC3,N/A\n\n");
  REQUIRE(r.inspection.has_value());
  CHECK(r.inspection->rows_read == 3u);
  CHECK(r.inspection->cases.size() == 3u);
}

// Counts-only reading finds duplicates by id hash, inserting each a few rows late: a duplicate
// must be found whether the file is shorter or longer than that delay.
TEST_CASE("counts-only reading reports the same duplicates as full reading") {
  const std::string header = "case_id,2.1.1\n";
  for (int rows : {2, 3, 8, 9, 20, 5000}) {
    std::string text = header;
    for (int i = 0; i < rows; ++i) text += "C" + std::to_string(i) + ",Yes\n";
    text += "C" + std::to_string(rows / 2) + ",No\n";  // a repeat of a middle id
    for (auto detail : {pdurate::readers::CaseDetail::Cases, pdurate::readers::CaseDetail::CountsOnly}) {
      CAPTURE(rows);
      pdurate::util::Diagnostics errors;
      auto r = read_case_csv(SourceText::from_string("d.csv", text), R(), errors, detail);
      CHECK_FALSE(r);
      REQUIRE(errors.count() == 1);
      const auto d = errors.listed().front();
      CHECK(d.where.line == static_cast<std::size_t>(rows + 2));
      CHECK(d.message == "duplicate case id 'C" + std::to_string(rows / 2) + "' (first on line " +
                             std::to_string(rows / 2 + 2) + "): each case appears once");
    }
  }
}

// Bulk reading sizes its duplicate-id set from the row count estimated after 1,000 rows and
// revised every 2 MiB: first rows longer than the rest make the first estimate low. Duplicates
// near the start and the end must still be found, both before and after the set stops keeping
// the first 65,536 ids' hashes in full.
TEST_CASE("counts-only reading finds duplicates in large files whose first rows mislead the estimate") {
  for (int rows : {60'000, 150'000}) {
    std::string text = "case_id,2.1.1,office\n";
    for (int i = 0; i < rows; ++i)
      text += "C" + std::to_string(i) + (i < 2000 ? ",Yes,a much longer office name than later\n" : ",No,x\n");
    text += "C5,Yes,x\n";                                   // repeats a case of the long first rows
    text += "C" + std::to_string(rows - 3) + ",Yes,x\n";  // repeats one near the end
    for (auto detail : {pdurate::readers::CaseDetail::Cases, pdurate::readers::CaseDetail::CountsOnly}) {
      CAPTURE(rows);
      pdurate::util::Diagnostics errors;
      auto r = read_case_csv(SourceText::from_string("big.csv", text), R(), errors, detail);
      CHECK_FALSE(r);
      REQUIRE(errors.count() == 2);
      CHECK(errors.listed()[0].where.line == static_cast<std::size_t>(rows + 2));
      CHECK(errors.listed()[0].message == "duplicate case id 'C5' (first on line 7): each case appears once");
      CHECK(errors.listed()[1].where.line == static_cast<std::size_t>(rows + 3));
    }
  }
}

TEST_CASE("counts-only reading gives the same counts as full reading") {
  std::string text = "case_id,2.1.1,2.1.2\n";
  for (int i = 0; i < 1000; ++i)
    text += "C" + std::to_string(i) + (i % 3 == 0 ? ",Yes" : i % 3 == 1 ? ",no" : ",N/A") + (i % 2 ? ",Y\n" : ",N\n");
  pdurate::util::Diagnostics errors;
  auto full = read_case_csv(SourceText::from_string("c.csv", text), R(), errors, pdurate::readers::CaseDetail::Cases);
  auto counts = read_case_csv(SourceText::from_string("c.csv", text), R(), errors,
                              pdurate::readers::CaseDetail::CountsOnly);
  REQUIRE(full);
  REQUIRE(counts);
  CHECK(errors.empty());
  CHECK(full->counts.questions == counts->counts.questions);
  CHECK(full->counts.present == counts->counts.present);
  CHECK(counts->counts.cases == 1000);
  CHECK(counts->rows_read == 1000);
  CHECK_FALSE(counts->has_cases);
  CHECK(counts->cases.empty());
  CHECK(full->counts.questions[0] == pdurate::model::Tally{334, 333, 333});
}

// Bulk reading decodes answers four columns at a time and counts them in byte counters carried
// every 255 rows; spaced and quoted answers go another way. All must add up as counted here.
TEST_CASE("counts-only and full reading count 13 columns of mixed spellings exactly") {
  const std::vector<std::string> ids = {"2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1",
                                        "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3", "F.oversight"};
  const std::vector<std::pair<std::string, int>> spellings = {
      {"Yes", 0}, {"y", 0}, {" YES ", 0}, {"\"Yes\"", 0}, {"No", 1}, {"N", 1}, {"\tno", 1},
      {"N/A", 2}, {"na", 2}, {"\"n/a\"", 2}, {"NA ", 2}};
  std::string text = "case_id";
  for (const auto& id : ids) text += "," + id;
  text += ",office\n";
  std::vector<std::array<std::size_t, 3>> expected(ids.size(), {0, 0, 0});
  std::uint64_t state = 5;
  for (int row = 0; row < 3000; ++row) {
    text += "C" + std::to_string(row);
    for (std::size_t k = 0; k < ids.size(); ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const auto& [spelling, code] = spellings[(state >> 33) % spellings.size()];
      text += "," + spelling;
      ++expected[k][static_cast<std::size_t>(code)];
    }
    text += ",Halifax\n";
  }
  for (auto detail : {pdurate::readers::CaseDetail::Cases, pdurate::readers::CaseDetail::CountsOnly}) {
    pdurate::util::Diagnostics errors;
    auto r = read_case_csv(SourceText::from_string("m.csv", text), R(), errors, detail);
    REQUIRE(errors.empty());
    REQUIRE(r);
    for (std::size_t k = 0; k < ids.size(); ++k) {
      CAPTURE(ids[k]);
      const auto slot = question(ids[k]);
      const auto& t = r->counts.questions[slot];
      CHECK(t == pdurate::model::Tally{expected[k][0], expected[k][1], expected[k][2]});
    }
  }
}

// --- Findings (issue 5): columns headed with a finding id are read like answers ---

TEST_CASE("finding columns are read like key questions into the finding slots") {
  const auto r = read("case_id,grade,F.oversight,2.3.3.a,P2.1.3.b,2.1.1\n"
                      "C1,PO,Yes,No,N/A,Yes\n"
                      "C2,PSO,no,yes,y,No\n");
  REQUIRE(r.errors.empty());
  const auto& cases = r.inspection->cases;
  const auto oversight = question("F.oversight");
  const auto victims = question("P2.3.3.a");
  const auto sources = question("P2.1.3.b");
  CHECK(cases.has_question(oversight));
  CHECK(cases.has_question(victims));
  CHECK(cases.has_question(sources));
  CHECK_FALSE(cases.has_question(question("F.reset")));
  CHECK(cases.answer(0, oversight) == Answer::Yes);
  CHECK(cases.answer(1, oversight) == Answer::No);
  CHECK(cases.answer(0, victims) == Answer::No);
  CHECK(cases.answer(0, sources) == Answer::NotApplicable);
  CHECK(cases.answer(1, sources) == Answer::Yes);
  CHECK(cases.answer(1, question("2.1.1")) == Answer::No);
  // Only `grade` is an attribute.
  CHECK(cases.attribute_names() == std::vector<std::string>{"grade"});
}

TEST_CASE("a heading shaped like a finding the rules lack is an error with a suggestion") {
  CHECK(positions(read("case_id,F.oversite\nC1,Yes\n").errors) ==
        std::vector<std::string>{"1:9: 'F.oversite' looks like a finding id but the rules (hmip-pdu-2023) have no such "
                                 "finding; did you mean 'F.oversight'?"});
  CHECK(positions(read("case_id,2.3.3.c\nC1,Yes\n").errors) ==
        std::vector<std::string>{"1:9: '2.3.3.c' looks like a finding id but the rules (hmip-pdu-2023) have no such "
                                 "finding; did you mean '2.3.3.a'?"});
  const auto far = positions(read("case_id,F.zzzzzzzzzzzzzzzzzz\nC1,Yes\n").errors);
  REQUIRE(far.size() == 1u);
  CHECK(contains(far[0], "have no such finding (they are P2.1.1.a, P2.1.3.a,"));
}

TEST_CASE("a bad answer and a repeated column name the finding") {
  CHECK(positions(read("case_id,F.reset\nC1,Maybe\n").errors) ==
        std::vector<std::string>{"2:4: 'Maybe' is not an answer to F.reset in case C1: write Yes, No or N/A (also Y, "
                                 "N, NA; any case)"});
  CHECK(positions(read("case_id,2.3.3.a,P2.3.3.A\nC1,Yes,No\n").errors) ==
        std::vector<std::string>{"1:17: 'P2.3.3.A' is finding 2.3.3.a again (first in column 2)"});
}
