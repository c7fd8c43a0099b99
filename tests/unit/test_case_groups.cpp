// Cases read as groups (readers::CaseDetail::Groups, model::CaseGroups): breakdowns, relative
// rates and what-ifs counted in one pass without keeping the cases give exactly what the
// stored cases give, and the readers' checks (duplicate ids) are the same in every mode.
#include <ostream>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/text.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

// A generated table: three attributes (one often empty, one with "N/A" as a value), answers of
// every spelling with some spaced (" Yes", read by the slow path), and no column for 2.3.x.
std::string generated(std::size_t n, std::uint64_t seed) {
  const char* grades[] = {"PO", "PSO", "", "N/A", "SPO"};
  const char* offices[] = {"Halifax", "Bradford", "", "Leeds"};
  const char* types[] = {"community", "custody", "licence"};
  const char* answers[] = {"Yes", "No", "N/A", "yes", "N", "NA", " Yes", "No "};
  std::string out = "case_id,grade,office,2.1.1,2.1.2,2.1.3,2.2.1,2.2.2,2.2.3,case_type,2.4.1,2.4.2,2.4.3\n";
  std::uint64_t x = seed;
  const auto next = [&](std::uint64_t m) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % m;
  };
  for (std::size_t c = 0; c < n; ++c) {
    out += "C" + std::to_string(c) + "," + grades[next(5)] + "," + offices[next(4)];
    for (int q = 0; q < 6; ++q) out += std::string(",") + answers[next(c % 7 == 0 ? 8 : 6)];
    out += std::string(",") + types[next(3)];
    for (int q = 0; q < 3; ++q) out += std::string(",") + answers[next(6)];
    out += "\n";
  }
  return out;
}

// The outcome with the cases stored (a format that lists them asks for that) and as groups.
std::pair<app::Outcome, app::Outcome> both_ways(const std::string& csv, app::Request request) {
  const auto source = readers::SourceText::from_string("cases.csv", csv);
  auto grouped = app::assess(source, R(), request);
  request.keep_cases = true;
  auto stored = app::assess(source, R(), request);
  return {std::move(stored), std::move(grouped)};
}

void same_reports(const std::string& csv, const app::Request& request) {
  const auto [stored, grouped] = both_ways(csv, request);
  const auto said = lines(stored.problems);
  INFO((said.empty() ? std::string() : said.front()));
  REQUIRE(stored.rated);
  REQUIRE(grouped.rated);
  CHECK(stored.rated->inspection.has_cases);
  CHECK(grouped.rated->inspection.groups.has_value());  // read as groups: no case kept
  CHECK(grouped.rated->inspection.cases.size() == 0u);
  CHECK(report::json::inspection(R(), grouped) == report::json::inspection(R(), stored));
  CHECK(report::text::inspection(R(), grouped, {}) == report::text::inspection(R(), stored, {}));
  CHECK(grouped.notes == stored.notes);
}

app::Request analysis(std::vector<std::string> by, std::vector<std::string> rri) {
  app::Request r;
  r.analysis = readers::AnalysisText{};
  r.analysis->by = std::move(by);
  r.analysis->rri = std::move(rri);
  return r;
}

}  // namespace

TEST_CASE("breakdowns and relative rates counted by group equal those of the stored cases") {
  for (const std::uint64_t seed : {1u, 7u, 42u}) {
    const auto csv = generated(400, seed);
    same_reports(csv, analysis({"grade"}, {}));
    same_reports(csv, analysis({"office", "grade", "case_type"}, {}));
    same_reports(csv, analysis({}, {"grade=PO", "office=Leeds"}));
    same_reports(csv, analysis({"grade"}, {"case_type=custody", "grade=N/A"}));
  }
}

TEST_CASE("three attributes, one of many values, counted by group equal those of the stored cases") {
  // Offices "O0".."O299" (case ids' digits): past the values compared in line, found by hashing,
  // with groups enough to share slots of the group cache; runs of one office test the
  // last-value shortcut.
  std::string csv = generated(1500, 11), many;
  std::size_t line = 0, start = 0;
  for (std::size_t end; (end = csv.find('\n', start)) != std::string::npos; start = end + 1, ++line) {
    std::string row = csv.substr(start, end - start);
    if (line > 0) {
      const std::size_t a = row.find(',', row.find(',') + 1), b = row.find(',', a + 1);
      row.replace(a + 1, b - a - 1, "O" + std::to_string(line < 200 ? line / 50 : line % 300));
    }
    many += row + "\n";
  }
  same_reports(many, analysis({"office", "grade", "case_type"}, {}));
  same_reports(many, analysis({"case_type", "office"}, {"office=O7"}));
}

TEST_CASE("filters and exclusions counted by group equal those of the stored cases") {
  const auto csv = generated(300, 3);
  for (const auto& wheres : std::vector<std::vector<std::string>>{
           {"grade=PO"}, {"grade!=PO"}, {"grade=PO", "grade=PSO"}, {"grade="}, {"grade=PO", "office!=Leeds"},
           {"office!=Nowhere-not-a-value"} /* reported */, {"case_type!=licence", "grade!=SPO", "grade!=PO"}}) {
    app::Request r = analysis({"office"}, {"grade=PSO"});
    r.what_if.wheres = wheres;
    if (wheres.front() == "office!=Nowhere-not-a-value") {
      const auto [stored, grouped] = both_ways(csv, r);
      CHECK_FALSE(grouped.rated);
      CHECK(lines(grouped.problems) == lines(stored.problems));
      continue;
    }
    same_reports(csv, r);
    r.analysis.reset();
    r.what_if.excludes = {"C5", "C17", "C5"};
    r.what_if.shifts = {"2.1.1=+2"};
    same_reports(csv, r);
  }
  app::Request none;
  none.what_if.wheres = {"case_type!=parole-none"};  // a typo: no case has it
  none.what_if.excludes = {"C1"};
  const auto [stored, grouped] = both_ways(csv, none);
  CHECK(lines(grouped.problems) == lines(stored.problems));
  app::Request all;
  all.what_if.wheres = {"grade=PO"};
  all.what_if.excludes = {"C12"};
  same_reports(generated(50, 9), all);
}

TEST_CASE("as groups, the options' mistakes are reported as with the stored cases") {
  const auto csv = generated(200, 5);
  std::vector<app::Request> requests(5);
  requests[0].what_if.excludes = {"C2000"};  // no such case: a suggestion from every id
  requests[1].what_if.wheres = {"grade=PQ"};
  requests[2].what_if.wheres = {"grde=PO"};
  requests[3] = analysis({"ofice"}, {"grade=XX"});
  requests[4].what_if.wheres = {"grade=PO"};
  requests[4].what_if.excludes = {"C1", "C2", "C3"};
  requests[4].what_if.wheres = {"grade=nobody"};
  for (const auto& r : requests) {
    const auto [stored, grouped] = both_ways(csv, r);
    CHECK_FALSE(grouped.rated);
    CHECK_FALSE(lines(grouped.problems).empty());
    CHECK(lines(grouped.problems) == lines(stored.problems));
  }
  app::Request everyone;  // leaves no case: said alike
  everyone.what_if.wheres = {"grade=PO", "grade!=PO"};
  const auto [stored, grouped] = both_ways(csv, everyone);
  CHECK(lines(grouped.problems) == lines(stored.problems));
  CHECK(lines(grouped.problems) == std::vector<std::string>{"--where leaves none of the 200 cases to rate"});
}

TEST_CASE("duplicate case ids are reported with both lines whatever is kept of the cases") {
  auto csv = generated(60, 11);
  csv += "C7,PO,Leeds,Yes,Yes,Yes,Yes,Yes,Yes,custody,Yes,Yes,Yes\n";
  csv += "C59,PO,Leeds,Yes,Yes,Yes,Yes,Yes,Yes,custody,Yes,Yes,Yes\n";
  const std::vector<std::string> expected = {
      "c.csv:62:1: duplicate case id 'C7' (first on line 9): each case appears once",
      "c.csv:63:1: duplicate case id 'C59' (first on line 61): each case appears once"};
  readers::Grouping grouping{{"grade", "office"}, {"C7"}};
  for (const auto& detail : {readers::CaseDetail(readers::CaseDetail::Cases),
                             readers::CaseDetail(readers::CaseDetail::CountsOnly), readers::CaseDetail::grouped(grouping)}) {
    util::Diagnostics errors;
    const auto read = readers::read_case_csv(readers::SourceText::from_string("c.csv", csv), R(), errors, detail);
    CHECK_FALSE(read);
    CHECK(lines(errors) == expected);
  }
}

TEST_CASE("groups hold the counts of their cases, absent questions N/A as count_answers gives") {
  const auto csv = generated(120, 13);
  util::Diagnostics errors;
  const auto source = readers::SourceText::from_string("c.csv", csv);
  const auto stored = readers::read_case_csv(source, R(), errors, readers::CaseDetail::Cases);
  const auto grouped =
      readers::read_case_csv(source, R(), errors, readers::CaseDetail::grouped({{"office", "grade", "nothing"}, {}}));
  REQUIRE(stored);
  REQUIRE(grouped);
  REQUIRE(grouped->groups);
  const auto& g = *grouped->groups;
  CHECK(g.tracked == std::vector<std::size_t>{0, 1});  // grade, office (in column order); "nothing" is no column
  CHECK(g.attribute_names == stored->cases.attribute_names());
  CHECK(g.cases() == 120u);
  CHECK(grouped->counts.questions == stored->counts.questions);
  const auto total = g.total();
  const auto counted = model::count_answers(stored->cases);
  CHECK(total.questions == counted.questions);
  CHECK(total.present == counted.present);
  for (const std::size_t a : {0u, 1u}) {
    const auto from_groups = g.by(a);
    const auto from_cases = model::tallies_by(stored->cases, a);
    REQUIRE(from_groups.by_value.size() == from_cases.by_value.size());
    for (const auto& [value, t] : from_cases.by_value) {
      REQUIRE(from_groups.by_value.count(value));
      CHECK(from_groups.by_value.at(value).questions == t.questions);
      CHECK(from_groups.by_value.at(value).cases == t.cases);
    }
  }
}
