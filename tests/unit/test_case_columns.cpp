// classify_column with the default rules: what each heading a user may write means, above all
// the ones that are not exactly an id or alias (readers/heading_match), and that ordinary
// attribute headings stay attributes.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "readers/heading_match.hpp"
#include "test_util.hpp"

using pdurate::readers::AttributeColumn;
using pdurate::readers::BadColumn;
using pdurate::readers::classify_column;
using pdurate::readers::Column;
using pdurate::readers::QuestionColumn;
using pdurate::readers::SourceText;
namespace heading = pdurate::readers::heading;
using namespace pdurate::test;

namespace {

// The slot id a heading reads as, "attribute", or the error message.
std::string meaning(std::string_view name) {
  const Column c = classify_column(R(), name);
  if (const auto* q = std::get_if<QuestionColumn>(&c)) return R().slot_id(q->question);
  if (std::holds_alternative<AttributeColumn>(c)) return "attribute";
  if (const auto* bad = std::get_if<BadColumn>(&c)) return bad->message;
  return "case_id";
}

// Headings a case CSV may carry as attributes: none may resemble a question (the threshold in
// heading_match.cpp was chosen against this list).
const char* const kAttributes[] = {
    "case_type", "grade", "gender", "ethnicity", "Tier", "Sentence type", "Date", "Inspector", "Notes", "PDU",
    "Region", "Case worker", "Practitioner grade", "Age", "Age band", "Disability", "Religion",
    "Sexual orientation", "Offence type", "Index offence", "Risk of serious harm level", "RoSH level", "OGRS score",
    "Licence or community order", "Sentence length", "Start date", "Team", "Office", "Case manager",
    "Allocated practitioner", "Inspection date", "Comments", "Inspector notes", "Inspector comments", "MAPPA level",
    "MAPPA category", "Domestic abuse", "Domestic abuse flag", "Child safeguarding", "Child safeguarding concerns",
    "Number of practitioners", "Number of practitioners during the order", "Youth to adult transition",
    "Requirement type", "Unpaid work", "Accredited programme", "Protected characteristics", "Person on probation",
    "Person on probation name", "Date of birth", "Case reference", "CRN", "Reviewer", "QA inspector",
    "Local authority", "Court", "Probation Reset", "Sentence or order type", "Post-custody supervision",
    "Other agencies involved", "Management oversight", "Risk of harm", "Risk of harm level", "Case allocated to PQiP",
    "Type of sentence", "Licence type", "Victim contact", "Has the case been transferred", "Date of sentence",
    "Date case inspected", "Length of supervision period", "Case closed", "Name of inspector", "Practitioner name",
    "Probation practitioner grade", "Interventions delivered", "CRS referral type", "Referral to CRS",
    "Domestic abuse perpetrator", "Substance misuse", "Mental health", "Accommodation status", "Employment status",
    "Education training and employment", "Safeguarding children concerns", "Electronic monitoring", "Recall",
    "Breach", "Inspector's overall comments", "Risk of harm to others", "Number of practitioners on the case",
    "Assessment date", "Planning date", "Date of last review", "Formal review date", "Risk management plan",
    "Desistance factors", "Offending related factors", "Tier 2", "Version 2.1", "1,000,000"};

}  // namespace

TEST_CASE("ids written with a prefix or suffix are that key question") {
  for (const char* name : {"Q2.1.1", "KQ 2.1.1", "KQ2.1.1", "P 2.1.1", "2.1.1.", "2,1,1", "Q 2.1.1:", "q2.1.1",
                           "2.1.1 Assessment engagement", "2.1.1: engaging the person on probation",
                           "Key question 2.1.1", "(2.1.1)", "2.1.1 Does assessment focus sufficiently on engaging the "
                           "person on probation?"}) {
    CAPTURE(name);
    CHECK(meaning(name) == "2.1.1");
  }
  CHECK(meaning("KQ 2.4.3") == "2.4.3");
}

TEST_CASE("finding ids written with a prefix or suffix are that finding") {
  CHECK(meaning("Q2.1.3.a") == "2.1.3.a");
  CHECK(meaning("2,1,3,b") == "2.1.3.b");
  CHECK(meaning("F.oversight:") == "F.oversight");
  CHECK(meaning("Finding F.oversight") == "F.oversight");
  CHECK(meaning("f.domestic-abuse.") == "F.domestic-abuse");
}

TEST_CASE("every question's text and alias, in any case, spacing and trailing punctuation, is that question") {
  const auto& rules = R();
  for (std::size_t slot = 0; slot < rules.question_slots(); ++slot) {
    const bool finding = rules.is_finding_slot(slot);
    std::string text = finding ? rules.findings[slot - rules.questions.size()].text : rules.questions[slot].text;
    CAPTURE(text);
    CHECK(meaning(text) == rules.slot_id(slot));
    std::string shouted = text;
    for (auto& c : shouted) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    CHECK(meaning(shouted) == rules.slot_id(slot));
    while (text.back() == '?') text.pop_back();
    CHECK(meaning(text + " :") == rules.slot_id(slot));
    std::string spaced;
    for (char c : text) spaced += c == ' ' ? std::string("  ") : std::string(1, c);
    CHECK(meaning(spaced) == rules.slot_id(slot));
  }
  CHECK(meaning("Assessment engagement") == "2.1.1");
  CHECK(meaning("PLANNING-SAFETY") == "2.2.3");
  CHECK(meaning("reviewing desistance?") == "2.4.2");
}

TEST_CASE("ordinary attribute headings stay attributes") {
  for (const char* name : kAttributes) {
    CAPTURE(name);
    CHECK(meaning(name) == "attribute");
  }
}

TEST_CASE("words like a question's text are an error naming the question") {
  CHECK(meaning("Does assessment focus on engaging?") ==
        "'Does assessment focus on engaging?' resembles key question 2.1.1 (Does assessment focus sufficiently on "
        "engaging the person on probation?): head the column 2.1.1");
  // A paraphrase with other forms of the words.
  CHECK(contains(meaning("Does reviewing support desistance"), "resembles key question 2.4.2 ("));
  CHECK(contains(meaning("Is management oversight sufficient?"), "resembles finding F.oversight ("));
  // The text with one word wrong is another question's or an error, never an attribute.
  CHECK(contains(meaning("Does assessment focus sufficiently on engaging the people on probation?"),
                 "resembles key question 2.1.1 ("));
}

TEST_CASE("words like several questions' texts are an error naming each") {
  CHECK(meaning("Keeping other people safe") ==
        "'Keeping other people safe' resembles key question 2.1.3 (Does assessment focus sufficiently on keeping "
        "other people safe?), key question 2.2.3 (Does planning focus sufficiently on keeping other people safe?) and "
        "key question 2.4.3 (Does reviewing focus sufficiently on keeping other people safe?): head the column with "
        "the id of the one it answers (2.1.3, 2.2.3 or 2.4.3)");
  CHECK(contains(meaning("engaging the person on probation"),
                 "resembles key question 2.1.1 (Does assessment focus sufficiently on engaging the person on "
                 "probation?) and key question 2.2.1 ("));
}

TEST_CASE("an id whose words are another question's is an error") {
  CHECK(meaning("2.1.1 Does planning focus sufficiently on engaging the person on probation?") ==
        "'2.1.1 Does planning focus sufficiently on engaging the person on probation?' names key question 2.1.1 "
        "(Does assessment focus sufficiently on engaging the person on probation?) but its words resemble key "
        "question 2.2.1 (Does planning focus sufficiently on engaging the person on probation?): head the column "
        "with the id of the one it answers (2.1.1 or 2.2.1)");
  // Words that fit its question as well as others do not contradict it.
  CHECK(meaning("2.1.3 keeping other people safe") == "2.1.3");
}

TEST_CASE("two ids in one heading are an error") {
  CHECK(meaning("2.1.1/2.1.2") == "'2.1.1/2.1.2' names more than one question (2.1.1 and 2.1.2): give each its own "
                                  "column");
  CHECK(meaning("2.1.1 (2.1.1)") == "2.1.1");
}

TEST_CASE("an id with a prefix that the rules lack is an error like the bare id") {
  CHECK(meaning("Q2.1.4") == "'Q2.1.4' looks like a key question id but the rules (hmip-pdu-2023) have no such "
                             "question; P2.1 has 2.1.1, 2.1.2, 2.1.3");
  CHECK(meaning("KQ 9.9.9") == "'KQ 9.9.9' looks like a key question id but the rules (hmip-pdu-2023) have no such "
                               "question (they are 2.1.1 to 2.4.3)");
  CHECK(meaning("Q2.1.3.z") == "'Q2.1.3.z' looks like a finding id but the rules (hmip-pdu-2023) have no such "
                               "finding; did you mean '2.1.3.a'?");
  CHECK(meaning("Finding F.oversite") == "'Finding F.oversite' looks like a finding id but the rules "
                                         "(hmip-pdu-2023) have no such finding; did you mean 'F.oversight'?");
}

TEST_CASE("normalise lower-cases, joins gaps and drops trailing punctuation") {
  CHECK(heading::normalise("  Does  X_y-z ?:") == "does x y z");
  CHECK(heading::normalise("2.1.1.") == "2.1.1");
  CHECK(heading::normalise("?!") == "");
}

TEST_CASE("ids_in finds id-shaped runs only") {
  using V = std::vector<std::string>;
  CHECK(heading::ids_in("KQ 2,1,1: and Q2.1.3.a") == V{"2.1.1", "2.1.3.a"});
  CHECK(heading::ids_in("2.1.1.Assessment") == V{"2.1.1"});
  CHECK(heading::ids_in("see F.oversight, f.reset") == V{"F.oversight", "F.reset"});
  CHECK(heading::ids_in("Tier 2, 2.5, 2023.01.05, 1,000,000, 100.1.1, Ref.F1, elf.x").empty());
}

TEST_CASE("each question's own text resembles it alone") {
  const auto& rules = R();
  for (std::size_t slot = 0; slot < rules.question_slots(); ++slot) {
    const auto& text =
        rules.is_finding_slot(slot) ? rules.findings[slot - rules.questions.size()].text : rules.questions[slot].text;
    CAPTURE(text);
    CHECK(heading::resembled(rules, text) == std::vector<std::size_t>{slot});
  }
}

TEST_CASE("both readers take the same headings") {
  Read csv;
  csv.inspection = pdurate::readers::read_case_csv(
      SourceText::from_string("c.csv", "case_id,Q2.1.1,\"2,1,2\",Does assessment focus sufficiently on keeping other "
                                       "people safe?,Tier\nC1,Yes,No,Yes,1\n"),
      R(), csv.errors);
  Read yaml;
  yaml.inspection = pdurate::readers::read_inspection_yaml(
      SourceText::from_string("i.yaml", "cases:\n  - {case_id: C1, Q2.1.1: Yes, '2,1,2': No, 'Does assessment focus "
                                        "sufficiently on keeping other people safe?': Yes, Tier: '1'}\n"),
      R(), yaml.errors);
  for (const Read* r : {&csv, &yaml}) {
    REQUIRE(r->inspection.has_value());
    const auto& present = r->inspection->counts.present;
    CHECK(present[question("2.1.1")]);
    CHECK(present[question("2.1.2")]);
    CHECK(present[question("2.1.3")]);
    CHECK(r->inspection->cases.attribute_names() == std::vector<std::string>{"Tier"});
  }
}
