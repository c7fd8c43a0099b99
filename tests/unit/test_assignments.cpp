// The names users write for ratings, organisational standards and expectations (YAML `ratings:`
// and `expect:`, and the --rating / --expect options), resolved against the default rules.
#include <doctest/doctest.h>

#include <ostream>
#include <string>

#include "pdurate/readers/assignments.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using pdurate::model::Expectation;
using pdurate::readers::expectation;
using pdurate::readers::given_standard;
using pdurate::readers::rating_named;
using pdurate::util::Diagnostics;
using namespace pdurate::test;

namespace {

const pdurate::util::Location kWhere{"insp.yaml", 7, 3};
const pdurate::util::Location kValue{"insp.yaml", 7, 12};

// The message of the one problem `call` reported at kWhere, having returned no value; checks
// the rule that a function returns no value if and only if it reported a problem.
template <class Call>
std::string refusal(Call call) {
  Diagnostics errors;
  const auto value = call(errors);
  CHECK_FALSE(value.has_value());
  const auto listed = errors.listed();
  REQUIRE(listed.size() == 1u);
  return listed[0].message;
}

// The value `call` returned, having reported no problem.
template <class Call>
auto accepted(Call call) {
  Diagnostics errors;
  auto value = call(errors);
  CHECK(errors.empty());
  REQUIRE(value.has_value());
  return *value;
}

}  // namespace

TEST_CASE("rating_named matches the scale case-insensitively") {
  CHECK(accepted([&](Diagnostics& d) { return rating_named(R(), "Inadequate", kWhere, d); }) == 0u);
  CHECK(accepted([&](Diagnostics& d) { return rating_named(R(), "requires IMPROVEMENT", kWhere, d); }) == 1u);
  CHECK(accepted([&](Diagnostics& d) { return rating_named(R(), "GOOD", kWhere, d); }) == 2u);
  CHECK(accepted([&](Diagnostics& d) { return rating_named(R(), "outstanding", kWhere, d); }) == 3u);
}

TEST_CASE("rating_named refuses other names and lists the scale") {
  for (const char* name : {"Requires  improvement", "RI", "Good ", "", "Excellent"}) {
    CAPTURE(name);
    CHECK(refusal([&](Diagnostics& d) { return rating_named(R(), name, kWhere, d); }) ==
          "unknown rating '" + std::string(name) +
              "': the ratings are 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'");
  }
}

TEST_CASE("given_standard accepts P1.x with or without the P") {
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "P1.2", nullptr, kWhere, d); }) == standard("P1.2"));
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "1.2", nullptr, kWhere, d); }) == standard("P1.2"));
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "p1.3", nullptr, kWhere, d); }) == standard("P1.3"));
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "1.1", nullptr, kWhere, d); }) == standard("P1.1"));
}

TEST_CASE("given_standard takes a casework standard only when the cases do not answer its key questions") {
  const std::vector<bool> all(R().questions.size(), true), none(R().questions.size(), false);
  std::vector<bool> one = none;
  one[*R().find_question("2.3.2")] = true;
  CHECK(refusal([&](Diagnostics& d) { return given_standard(R(), "P2.1", &all, kWhere, d); }) ==
        "P2.1 Assessment is rated from the cases, which answer its key questions (2.1.1, 2.1.2, 2.1.3): change "
        "answers instead (--answer, --shift)");
  CHECK(refusal([&](Diagnostics& d) { return given_standard(R(), "2.3", &one, kWhere, d); }) ==
        "P2.3 Implementation and delivery is rated from the cases, which answer its key questions (2.3.2): change "
        "answers instead (--answer, --shift)");
  // No column for any of its key questions (a ratings-only inspection): the rating may be given.
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "P2.1", &none, kWhere, d); }) == standard("P2.1"));
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "P2.3", &none, kWhere, d); }) ==
        standard("P2.3"));
  // Before the input is read, only the name is checked.
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "P2.1", nullptr, kWhere, d); }) == standard("P2.1"));
  // An organisational standard, whatever the columns.
  CHECK(accepted([&](Diagnostics& d) { return given_standard(R(), "P1.1", &all, kWhere, d); }) == standard("P1.1"));
}

TEST_CASE("given_standard refuses unknown standards with a suggestion") {
  CHECK(refusal([&](Diagnostics& d) { return given_standard(R(), "P9.9", nullptr, kWhere, d); }) ==
        "unknown standard 'P9.9'; did you mean P1.1?");
  CHECK(refusal([&](Diagnostics& d) { return given_standard(R(), "Leadership", nullptr, kWhere, d); }) ==
        "unknown standard 'Leadership' (the standards are P1.1, P1.2, P1.3, P2.1, P2.2, P2.3, P2.4)");
  CHECK(refusal([&](Diagnostics& d) { return given_standard(R(), "", nullptr, kWhere, d); }) ==
        "unknown standard '' (the standards are P1.1, P1.2, P1.3, P2.1, P2.2, P2.3, P2.4)");
  // A key question is not a standard.
  CHECK(refusal([&](Diagnostics& d) {
          return given_standard(R(), "P1.1.1", nullptr, kWhere, d);
        }).rfind("unknown standard 'P1.1.1'", 0) == 0);
}

TEST_CASE("expectation overall=RATING") {
  const auto e =
      accepted([&](Diagnostics& d) { return expectation(R(), "Overall", "requires improvement", kWhere, kValue, d); });
  CHECK(e.kind == Expectation::Kind::Overall);
  CHECK(e.level == 1u);
  CHECK(e.key == "Overall");
  CHECK(e.where.file == "insp.yaml");
  CHECK(e.where.line == 7u);
  CHECK(e.where.column == 3u);

  CHECK(refusal([&](Diagnostics& d) { return expectation(R(), "overall", "Fine", kWhere, kValue, d); }) ==
        "unknown rating 'Fine': the ratings are 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'");
}

TEST_CASE("expectation score=N accepts 0 to 21") {
  for (int score : {0, 1, 20, 21}) {
    const auto e =
        accepted([&](Diagnostics& d) { return expectation(R(), "score", std::to_string(score), kWhere, kValue, d); });
    CHECK(e.kind == Expectation::Kind::Score);
    CHECK(e.score == score);
  }
  for (const char* bad : {"22", "-1", "", "1.5", "one", " 3", "3 ", "99999999999999999999999"}) {
    CAPTURE(bad);
    CHECK(refusal([&](Diagnostics& d) { return expectation(R(), "SCORE", bad, kWhere, kValue, d); }) ==
          "score must be a whole number from 0 to 21, not '" + std::string(bad) + "'");
  }
}

TEST_CASE("expectation STANDARD=RATING for casework and organisational standards") {
  const auto casework =
      accepted([&](Diagnostics& d) { return expectation(R(), "P2.1", "Inadequate", kWhere, kValue, d); });
  CHECK(casework.kind == Expectation::Kind::StandardRating);
  CHECK(casework.index == standard("P2.1"));
  CHECK(casework.level == 0u);

  const auto organisational =
      accepted([&](Diagnostics& d) { return expectation(R(), "1.3", "Good", kWhere, kValue, d); });
  CHECK(organisational.kind == Expectation::Kind::StandardRating);
  CHECK(organisational.index == standard("P1.3"));
  CHECK(organisational.level == 2u);

  CHECK(refusal([&](Diagnostics& d) {
          return expectation(R(), "P2.1", "Bad", kWhere, kValue, d);
        }).rfind("unknown rating 'Bad'", 0) == 0);
}

TEST_CASE("expectation QUESTION=YES/RELEVANT") {
  const auto e = accepted([&](Diagnostics& d) { return expectation(R(), "P2.1.3", "15/79", kWhere, kValue, d); });
  CHECK(e.kind == Expectation::Kind::KeyQuestionCounts);
  CHECK(e.index == question("2.1.3"));
  CHECK(e.yes == std::optional<std::size_t>(15));
  CHECK(e.relevant == std::optional<std::size_t>(79));
  CHECK_FALSE(e.no.has_value());
  CHECK_FALSE(e.na.has_value());

  // Short ids and aliases name questions too; 0/0 and 79/79 are possible counts.
  const auto alias =
      accepted([&](Diagnostics& d) { return expectation(R(), "assessment_safety", "0/0", kWhere, kValue, d); });
  CHECK(alias.index == question("2.1.3"));
  CHECK(alias.yes == std::optional<std::size_t>(0));
  const auto all = accepted([&](Diagnostics& d) { return expectation(R(), "2.4.1", "79/79", kWhere, kValue, d); });
  CHECK(all.index == question("2.4.1"));
}

TEST_CASE("expectation QUESTION=... refuses malformed counts") {
  for (const char* bad : {"15/", "/79", "80/79", "abc", "15", "15/79/1", "15 / 79", "-1/79", "1.5/79", ""}) {
    CAPTURE(bad);
    CHECK(refusal([&](Diagnostics& d) { return expectation(R(), "P2.1.3", bad, kWhere, kValue, d); }) ==
          "expected counts for 2.1.3 are written YES/RELEVANT, e.g. 15/79, not '" + std::string(bad) + "'");
  }
}

TEST_CASE("expectation refuses keys that name nothing") {
  CHECK(refusal([&](Diagnostics& d) { return expectation(R(), "overal", "Good", kWhere, kValue, d); }) ==
        "cannot expect 'overal'; did you mean 'overall'? (expect overall, score, a standard such as P2.1, or a key "
        "question such as P2.1.3)");
  CHECK(refusal([&](Diagnostics& d) {
          return expectation(R(), "P2.5", "Good", kWhere, kValue, d);
        }).rfind("cannot expect 'P2.5'; did you mean 'P2.1'?", 0) == 0);
  CHECK(refusal([&](Diagnostics& d) { return expectation(R(), "grade", "PO", kWhere, kValue, d); }) ==
        "cannot expect 'grade' (expect overall, score, a standard such as P2.1, or a key question such as P2.1.3)");
}

TEST_CASE("a problem is reported at the origin given: a key's, a value's, or an option's") {
  Diagnostics errors;
  CHECK_FALSE(expectation(R(), "overall", "Fine", kWhere, kValue, errors));
  CHECK_FALSE(expectation(R(), "P2.1.3", "15", kWhere, kValue, errors));
  const pdurate::util::Origin option({}, "--expect 'score=99'");
  CHECK_FALSE(expectation(R(), "score", "99", option, option, errors));
  CHECK(lines(errors) == std::vector<std::string>{
                             "insp.yaml:7:3: unknown rating 'Fine': the ratings are 'Inadequate', 'Requires "
                             "improvement', 'Good', 'Outstanding'",
                             "insp.yaml:7:12: expected counts for 2.1.3 are written YES/RELEVANT, e.g. 15/79, not '15'",
                             "--expect 'score=99': score must be a whole number from 0 to 21, not '99'"});
}

TEST_CASE("expectation_option splits KEY=VALUE and names the option in its problems") {
  Diagnostics errors;
  const auto e = pdurate::readers::expectation_option(R(), "P2.1=Good", errors);
  REQUIRE(e);
  CHECK(e->kind == Expectation::Kind::StandardRating);
  CHECK(e->where.file.empty());
  CHECK_FALSE(pdurate::readers::expectation_option(R(), "overall", errors));
  CHECK_FALSE(pdurate::readers::expectation_option(R(), "overall=Goodish", errors));
  CHECK(lines(errors) == std::vector<std::string>{
                             "--expect 'overall': write KEY=VALUE, e.g. overall=Inadequate",
                             "--expect 'overall=Goodish': unknown rating 'Goodish': the ratings are 'Inadequate', "
                             "'Requires improvement', 'Good', 'Outstanding'"});
}
