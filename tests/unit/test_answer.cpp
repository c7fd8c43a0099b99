// parse_answer: the Yes/No/N/A vocabulary, case-insensitive, and nothing else.
#include <ostream>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "pdurate/model/answer.hpp"

using pdurate::model::Answer;
using pdurate::model::parse_answer;

TEST_CASE("parse_answer accepts every spelling of Yes") {
  for (const char* text : {"Yes", "YES", "yes", "yEs", "Y", "y"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::Yes);
  }
}

TEST_CASE("parse_answer accepts every spelling of No") {
  for (const char* text : {"No", "NO", "no", "nO", "N", "n"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::No);
  }
}

TEST_CASE("parse_answer accepts every spelling of N/A") {
  for (const char* text : {"N/A", "n/a", "N/a", "NA", "na", "Na", "nA"}) {
    CAPTURE(text);
    CHECK(parse_answer(text) == Answer::NotApplicable);
  }
}

TEST_CASE("parse_answer rejects anything else") {
  // An empty cell is a missing judgement, not "not applicable". The reader trims cells, but
  // parse_answer itself does not: "yes " is not an answer.
  for (const char* text : {"", " ", "Maybe", "Y es", "yes ", " yes", "N/A/", "N/", "/A", "Ye", "Nope", "NAA", "0", "1",
                           "true", "false", "on", "off", "None", "null", "~"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_answer(text).has_value());
  }
}

TEST_CASE("to_string gives the canonical spelling") {
  CHECK(pdurate::model::to_string(Answer::Yes) == "Yes");
  CHECK(pdurate::model::to_string(Answer::No) == "No");
  CHECK(pdurate::model::to_string(Answer::NotApplicable) == "N/A");
  CHECK(pdurate::model::answer_vocabulary() == "Yes, No or N/A (also Y, N, NA; any case)");
}

TEST_CASE("every canonical spelling parses back to its answer") {
  for (Answer a : {Answer::Yes, Answer::No, Answer::NotApplicable}) CHECK(parse_answer(pdurate::model::to_string(a)) == a);
}

TEST_CASE("parse_answer rejects bytes that fold onto the vocabulary's non-letters") {
  CHECK_FALSE(parse_answer(std::string_view("N\x0F" "A", 3)).has_value());  // 0x0F | 0x20 would be '/'
  CHECK_FALSE(parse_answer("\xD9").has_value());                              // 0xD9 | 0x20 is not 'y'
  CHECK(parse_answer("n/A") == Answer::NotApplicable);
}
