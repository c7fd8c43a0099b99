// The Markdown view of one inspection: the report's tables, well formed.
#include <ostream>
#include <sstream>

#include <fmt/format.h>

#include <doctest/doctest.h>

#include "pdurate/report/markdown.hpp"
#include "report/markdown/blocks.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

// The cells of a table row: its `|` separators not escaped, less one.
std::size_t cells(const std::string& row) {
  std::size_t bars = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++bars;
  return bars - 1;
}

// Every table (a run of lines starting with '|') has the same number of cells in each row.
void check_tables(const std::string& markdown) {
  std::istringstream in(markdown);
  std::string line;
  std::size_t width = 0;  // of the table being read; 0: not in a table
  std::size_t tables = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] != '|') {
      width = 0;
      continue;
    }
    if (width == 0) {
      width = cells(line);
      ++tables;
    }
    CHECK_MESSAGE(cells(line) == width, line);
    CHECK(line.back() == '|');
  }
  CHECK(tables >= 5);  // the ratings and four casework standards
}

}  // namespace

TEST_CASE("the Markdown report bolds the lowest key question and prints whole percentages") {
  const auto md = report::markdown::inspection(R(), bradford_outcome());
  check_tables(md);
  CHECK(contains(md, "| P2.1 | Assessment | Inadequate |\n"));
  CHECK(contains(md, "| Does assessment focus sufficiently on engaging the person on probation? | 46% | 36/79 |\n"));
  CHECK(contains(md, "| **Does assessment focus sufficiently on keeping other people safe?** | **19%** | **15/79** |\n"));
  CHECK(contains(md, "| | **Score** | **1/21** |\n"));
  CHECK(contains(md, "| | **Overall rating** | **Inadequate** |\n"));
  // Exactly one bold key question per casework standard.
  std::size_t bold_rows = 0;
  for (std::size_t at = md.find("\n| **"); at != std::string::npos; at = md.find("\n| **", at + 1)) ++bold_rows;
  CHECK(bold_rows == 4);
}

TEST_CASE("the Markdown report gives the range still possible for a standard not rated") {
  const auto md = report::markdown::inspection(R(), bradford_outcome(false));
  check_tables(md);
  CHECK(contains(md, "| P1.3 | Services | not rated (Inadequate to Outstanding) |\n"));
  CHECK(contains(md, "| | **Score** | **0 to 3 of 21** |\n"));
}

TEST_CASE("a | in a name or a question is escaped, and the tables keep their cells") {
  rules::Rules rules = R();
  rules.standards[standard("P2.1")].name = "Assess|ment";
  rules.questions[question("2.1.3")].text = "Safe | or not?";
  rules.id = "x";
  const auto md = report::markdown::inspection(rules, bradford_outcome());
  check_tables(md);
  CHECK(contains(md, "| P2.1 | Assess\\|ment | Inadequate |\n"));
  CHECK(contains(md, "### P2.1 Assess\\|ment\n"));
  CHECK(contains(md, "| **Safe \\| or not?** | **19%** | **15/79** |\n"));
  CHECK(report::markdown::cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("the Markdown percentages are the report's for Bradford & Calderdale") {
  // As printed in the report's key-question tables (reference report, P 2.1 to P 2.4), in order.
  const char* published[] = {"46%", "56%", "19%", "35%", "48%", "27%", "53%", "37%", "23%", "51%", "41%", "28%"};
  std::string md;  // without the bold, which marks the lowest
  for (char c : report::markdown::inspection(R(), bradford_outcome()))
    if (c != '*') md += c;
  std::size_t at = md.find("Percentage 'Yes'");
  for (const char* p : published) {
    at = md.find(fmt::format("| {} |", p), at);
    CHECK_MESSAGE(at != std::string::npos, p);
    if (at == std::string::npos) break;
  }
}

TEST_CASE("Markdown blocks: a wrapped note is one paragraph, its markup escaped; table cells are escaped") {
  using report::markdown::paragraph;
  using report::markdown::table;
  // The text report's "  * note" wrapped over two lines must not become a list item.
  CHECK(paragraph("  * kappa misleads:\n    read AC1 [see] <x> a_b `c`\n") ==
        "\\* kappa misleads: read AC1 \\[see\\] \\<x\\> a\\_b \\`c\\`\n\n");
  CHECK(table({"Question", "Cases"}, "lr", {{"a|b", "3"}, {"", "**4**"}}) ==
        "| Question | Cases |\n|---|---:|\n| a\\|b | 3 |\n| | **4** |\n\n");
  check_tables(table({"A", "B", "C"}, "lll", {{"x|y", "", "z"}}) + table({"A"}, "l", {{"1"}}) +
               table({"A"}, "l", {{"1"}}) + table({"A"}, "l", {{"1"}}) + table({"A"}, "l", {{"1"}}));
}
