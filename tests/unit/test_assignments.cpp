// The names users write for ratings, organisational standards and expectations (YAML `ratings:`
// and `expect:`, and the --rating / --expect options), resolved against the default rules.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "pdurate/readers/assignments.hpp"
#include "pdurate/rules/load_rules.hpp"

using pdurate::Location;
using pdurate::model::Expectation;
using pdurate::readers::expectation;
using pdurate::readers::organisational_standard;
using pdurate::readers::rating_named;

namespace {

const pdurate::rules::Rules& rules() { return pdurate::rules::default_rules(); }
std::size_t standard(std::string_view id) { return *rules().find_standard(id); }
std::size_t question(std::string_view id) { return *rules().find_question(id); }

const Location kWhere{"insp.yaml", 7, 3};

}  // namespace

TEST_CASE("rating_named matches the scale case-insensitively") {
  std::string error;
  CHECK(rating_named(rules(), "Inadequate", error) == 0u);
  CHECK(rating_named(rules(), "requires IMPROVEMENT", error) == 1u);
  CHECK(rating_named(rules(), "GOOD", error) == 2u);
  CHECK(rating_named(rules(), "outstanding", error) == 3u);
  CHECK(error.empty());
}

TEST_CASE("rating_named refuses other names and lists the scale") {
  for (const char* name : {"Requires  improvement", "RI", "Good ", "", "Excellent"}) {
    CAPTURE(name);
    std::string error;
    CHECK_FALSE(rating_named(rules(), name, error).has_value());
    CHECK(error == "unknown rating '" + std::string(name) +
                       "': the ratings are 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'");
  }
}

TEST_CASE("organisational_standard accepts P1.x with or without the P") {
  std::string error;
  CHECK(organisational_standard(rules(), "P1.2", error) == standard("P1.2"));
  CHECK(organisational_standard(rules(), "1.2", error) == standard("P1.2"));
  CHECK(organisational_standard(rules(), "p1.3", error) == standard("P1.3"));
  CHECK(organisational_standard(rules(), "1.1", error) == standard("P1.1"));
  CHECK(error.empty());
}

TEST_CASE("organisational_standard refuses casework standards") {
  std::string error;
  CHECK_FALSE(organisational_standard(rules(), "P2.1", error).has_value());
  CHECK(error == "P2.1 Assessment is rated from the cases, not by the inspectors: change answers instead");
  CHECK_FALSE(organisational_standard(rules(), "2.3", error).has_value());
  CHECK(error ==
        "P2.3 Implementation and delivery is rated from the cases, not by the inspectors: change answers instead");
}

TEST_CASE("organisational_standard refuses unknown standards with a suggestion") {
  std::string error;
  // Two edits from every organisational standard is still "close" for a 4-character id.
  CHECK_FALSE(organisational_standard(rules(), "P9.9", error).has_value());
  CHECK(error == "unknown standard 'P9.9'; did you mean P1.1?");
  CHECK_FALSE(organisational_standard(rules(), "Leadership", error).has_value());
  CHECK(error == "unknown standard 'Leadership' (the standards are P1.1, P1.2, P1.3)");
  CHECK_FALSE(organisational_standard(rules(), "P1.4", error).has_value());
  CHECK(error == "unknown standard 'P1.4'; did you mean P1.1?");
  CHECK_FALSE(organisational_standard(rules(), "", error).has_value());
  CHECK(error == "unknown standard '' (the standards are P1.1, P1.2, P1.3)");
  // A key question is not a standard.
  CHECK_FALSE(organisational_standard(rules(), "P1.1.1", error).has_value());
  CHECK(error.rfind("unknown standard 'P1.1.1'", 0) == 0);
}

TEST_CASE("expectation overall=RATING") {
  std::string error;
  const auto e = expectation(rules(), "Overall", "requires improvement", kWhere, error);
  REQUIRE(e.has_value());
  CHECK(e->kind == Expectation::Kind::Overall);
  CHECK(e->level == 1u);
  CHECK(e->key == "Overall");
  CHECK(e->where.file == "insp.yaml");
  CHECK(e->where.line == 7u);
  CHECK(e->where.column == 3u);

  CHECK_FALSE(expectation(rules(), "overall", "Fine", kWhere, error).has_value());
  CHECK(error == "unknown rating 'Fine': the ratings are 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'");
}

TEST_CASE("expectation score=N accepts 0 to 21") {
  std::string error;
  for (int score : {0, 1, 20, 21}) {
    const auto e = expectation(rules(), "score", std::to_string(score), kWhere, error);
    REQUIRE(e.has_value());
    CHECK(e->kind == Expectation::Kind::Score);
    CHECK(e->score == score);
  }
  for (const char* bad : {"22", "-1", "", "1.5", "one", " 3", "3 ", "99999999999999999999999"}) {
    CAPTURE(bad);
    CHECK_FALSE(expectation(rules(), "SCORE", bad, kWhere, error).has_value());
    CHECK(error == "score must be a whole number from 0 to 21, not '" + std::string(bad) + "'");
  }
}

TEST_CASE("expectation STANDARD=RATING for casework and organisational standards") {
  std::string error;
  const auto casework = expectation(rules(), "P2.1", "Inadequate", kWhere, error);
  REQUIRE(casework.has_value());
  CHECK(casework->kind == Expectation::Kind::StandardRating);
  CHECK(casework->index == standard("P2.1"));
  CHECK(casework->level == 0u);

  const auto organisational = expectation(rules(), "1.3", "Good", kWhere, error);
  REQUIRE(organisational.has_value());
  CHECK(organisational->kind == Expectation::Kind::StandardRating);
  CHECK(organisational->index == standard("P1.3"));
  CHECK(organisational->level == 2u);

  CHECK_FALSE(expectation(rules(), "P2.1", "Bad", kWhere, error).has_value());
  CHECK(error.rfind("unknown rating 'Bad'", 0) == 0);
}

TEST_CASE("expectation QUESTION=YES/RELEVANT") {
  std::string error;
  const auto e = expectation(rules(), "P2.1.3", "15/79", kWhere, error);
  REQUIRE(e.has_value());
  CHECK(e->kind == Expectation::Kind::KeyQuestionCounts);
  CHECK(e->index == question("2.1.3"));
  CHECK(e->yes == std::optional<std::size_t>(15));
  CHECK(e->relevant == std::optional<std::size_t>(79));
  CHECK_FALSE(e->no.has_value());
  CHECK_FALSE(e->na.has_value());

  // Short ids and aliases name questions too; 0/0 and 79/79 are possible counts.
  const auto alias = expectation(rules(), "assessment_safety", "0/0", kWhere, error);
  REQUIRE(alias.has_value());
  CHECK(alias->index == question("2.1.3"));
  CHECK(alias->yes == std::optional<std::size_t>(0));
  const auto all = expectation(rules(), "2.4.1", "79/79", kWhere, error);
  REQUIRE(all.has_value());
  CHECK(all->index == question("2.4.1"));
}

TEST_CASE("expectation QUESTION=... refuses malformed counts") {
  for (const char* bad : {"15/", "/79", "80/79", "abc", "15", "15/79/1", "15 / 79", "-1/79", "1.5/79", ""}) {
    CAPTURE(bad);
    std::string error;
    CHECK_FALSE(expectation(rules(), "P2.1.3", bad, kWhere, error).has_value());
    CHECK(error == "expected counts for 2.1.3 are written YES/RELEVANT, e.g. 15/79, not '" + std::string(bad) + "'");
  }
}

TEST_CASE("expectation refuses keys that name nothing") {
  std::string error;
  CHECK_FALSE(expectation(rules(), "overal", "Good", kWhere, error).has_value());
  CHECK(error ==
        "cannot expect 'overal'; did you mean 'overall'? (expect overall, score, a standard such as P2.1, or a key "
        "question such as P2.1.3)");
  CHECK_FALSE(expectation(rules(), "P2.5", "Good", kWhere, error).has_value());
  CHECK(error.rfind("cannot expect 'P2.5'; did you mean 'P2.1'?", 0) == 0);
  CHECK_FALSE(expectation(rules(), "grade", "PO", kWhere, error).has_value());
  CHECK(error ==
        "cannot expect 'grade' (expect overall, score, a standard such as P2.1, or a key question such as P2.1.3)");
}
