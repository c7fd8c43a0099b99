// Breakdowns by attribute: group tallies, ratings on each group alone, the minimum group size;
// and the splits the Bradford & Calderdale report quotes, from the shipped example.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/engine/breakdown.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using engine::Tally;
using namespace pdurate::test;

namespace {

// 12 PO cases all Yes, 12 PSO cases Yes on 2.1.x for the first 6 only, 3 PQiP cases all No.
model::CaseSet small_set() {
  model::CaseSet cases(R().question_slots());
  for (std::size_t q = 0; q < R().questions.size(); ++q) cases.mark_present(q);
  const auto grade = cases.add_attribute("grade");
  std::size_t n = 0;
  const auto add = [&](std::string_view g, std::size_t count, auto answer) {
    for (std::size_t i = 0; i < count; ++i) {
      const auto c = *cases.add_case("C" + std::to_string(n++), 0);
      cases.set_attribute(c, grade, g);
      for (std::size_t q = 0; q < R().questions.size(); ++q) cases.set_answer(c, q, answer(i, q));
    }
  };
  add("PSO", 12, [](std::size_t i, std::size_t q) {
    return q < 3 && i >= 6 ? model::Answer::No : model::Answer::Yes;
  });
  add("PQiP", 3, [](std::size_t, std::size_t) { return model::Answer::No; });
  add("PO", 12, [](std::size_t, std::size_t) { return model::Answer::Yes; });
  return cases;
}

}  // namespace

TEST_CASE("groups have their own tallies and ratings and the total has every case") {
  const auto b = engine::breakdown(R(), small_set(), 0, 10);
  CHECK(b.name == "grade");
  CHECK(b.min_group_size == 10u);
  REQUIRE(b.groups.size() == 3u);
  // Most cases first; ties by value.
  CHECK(b.groups[0].value == "PO");
  CHECK(b.groups[1].value == "PSO");
  CHECK(b.groups[2].value == "PQiP");
  const auto& po = b.groups[0];
  CHECK(po.cases == 12u);
  CHECK(po.tallies.questions[question("2.1.1")] == Tally{12, 0, 0});
  CHECK(po.ratings[standard("P2.1")] == level("Outstanding"));
  CHECK_FALSE(po.ratings[standard("P1.1")]);  // organisational: not a group's rating
  const auto& pso = b.groups[1];
  CHECK(pso.tallies.questions[question("2.1.2")] == Tally{6, 6, 0});
  CHECK(pso.ratings[standard("P2.1")] == level("Requires improvement"));  // 50%
  CHECK(pso.ratings[standard("P2.2")] == level("Outstanding"));
  // Three cases: shown with their counts, too small to rate.
  const auto& pqip = b.groups[2];
  CHECK(pqip.too_small);
  CHECK(pqip.tallies.questions[question("2.4.3")] == Tally{0, 3, 0});
  CHECK_FALSE(pqip.ratings[standard("P2.1")]);
  CHECK_FALSE(po.too_small);
  // The total: all 27 cases, rated as the inspection is.
  CHECK(b.total.cases == 27u);
  CHECK_FALSE(b.total.too_small);
  CHECK(b.total.tallies.questions[question("2.1.1")] == Tally{18, 9, 0});
  CHECK(b.total.ratings[standard("P2.1")] == level("Good"));  // 18/27 = 66.7%
}

TEST_CASE("the minimum group size decides what is rated") {
  CHECK_FALSE(engine::breakdown(R(), small_set(), 0, 3).groups[2].too_small);
  CHECK(engine::breakdown(R(), small_set(), 0, 13).groups[0].too_small);
}

TEST_CASE("cases without a value form a group of their own") {
  auto cases = small_set();
  const auto office = cases.add_attribute("office");  // every case has ""
  cases.set_attribute(0, office, "Halifax");
  const auto b = engine::breakdown(R(), cases, office, 1);
  REQUIRE(b.groups.size() == 2u);
  CHECK(b.groups[0].value == "");
  CHECK(b.groups[0].cases == 26u);
  CHECK(b.groups[1].value == "Halifax");
}

TEST_CASE("the Bradford and Calderdale example reproduces the splits the report quotes") {
  util::Diagnostics errors;
  auto source = readers::SourceText::open(PDURATE_SOURCE_DIR "/examples/bradford-calderdale/cases.csv", errors);
  REQUIRE(source);
  const auto inspection = readers::read_case_csv(*source, R(), errors);
  REQUIRE(inspection);
  const auto& cases = inspection->cases;
  const auto by_type = engine::breakdown(R(), cases, *cases.find_attribute("case_type"), 10);
  REQUIRE(by_type.groups.size() == 2u);
  CHECK(by_type.groups[0].value == "community");
  CHECK(by_type.groups[0].cases == 49u);
  CHECK(by_type.groups[1].value == "licence");
  CHECK(by_type.groups[1].cases == 30u);
  // "particularly strong in relation to licence cases ... sufficient in 83 per cent"
  CHECK(by_type.groups[1].tallies.questions[question("2.1.2")] == Tally{25, 5, 0});

  const auto by_grade = engine::breakdown(R(), cases, *cases.find_attribute("grade"), 10);
  const auto group = [&](std::string_view value) -> const engine::BreakdownGroup& {
    for (const auto& g : by_grade.groups)
      if (g.value == value) return g;
    FAIL("no group " << value);
    return by_grade.total;
  };
  const auto yes_of = [&](std::string_view value, std::string_view q) {
    const auto& t = group(value).tallies.questions[question(q)];
    return std::pair{t.yes, t.relevant()};
  };
  CHECK(group("PO").cases == 30u);
  CHECK(group("PSO").cases == 39u);
  CHECK(group("PQiP").cases == 7u);
  CHECK(group("PQiP").too_small);
  CHECK(yes_of("PO", "2.3.1") == std::pair<std::size_t, std::size_t>{25, 30});
  CHECK(yes_of("PSO", "2.3.1") == std::pair<std::size_t, std::size_t>{11, 39});
  CHECK(yes_of("PSO", "2.3.3") == std::pair<std::size_t, std::size_t>{2, 39});
  CHECK(yes_of("PO", "2.4.1") == std::pair<std::size_t, std::size_t>{22, 30});
  CHECK(yes_of("PSO", "2.4.1") == std::pair<std::size_t, std::size_t>{12, 39});
  // Findings are broken down too: drawing on available sources "even weaker in cases managed
  // by PQiPs" (1 of 7 against 25 of 79 overall).
  const auto sources = R().finding_slot(*R().find_finding("P2.1.3.b"));
  CHECK(group("PQiP").tallies.questions[sources] == Tally{1, 6, 0});
  CHECK(by_grade.total.tallies.questions[sources].yes == 25u);
}
