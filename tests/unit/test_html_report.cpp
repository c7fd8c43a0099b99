// The HTML report: escaping, the markup writer, the charts' geometry, and the page's numbers.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/html.hpp"
#include "report/html/markup.hpp"
#include "report/html/stylesheet.hpp"
#include "report/html/svg.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;
namespace html = pdurate::report::html;
namespace svg = pdurate::report::html::svg;

namespace {

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Markup closes elements in order and escapes text and attribute values") {
  html::Markup m;
  m.open("div", {{"class", "a\"b"}}).element("p", "x < y").empty("br").open("span").text("&").close().close();
  CHECK(m.depth() == 0);
  CHECK(std::move(m).str() == "<div class=\"a&quot;b\"><p>x &lt; y</p><br/><span>&amp;</span></div>");
  html::Markup empty_cell;
  empty_cell.element("td", "");
  CHECK(std::move(empty_cell).str() == "<td></td>");  // never <td/>, which HTML reads as an open tag
}

TEST_CASE("svg numbers have at most one decimal place and x_of maps percentages onto the plot") {
  CHECK(svg::number(182.2785) == "182.3");
  CHECK(svg::number(50.0) == "50");
  CHECK(svg::number(-0.01) == "0");
  const svg::Layout l;
  CHECK(svg::x_of(l, 0) == doctest::Approx(l.plot_left));
  CHECK(svg::x_of(l, 50) == doctest::Approx(l.plot_left + l.plot_width / 2));
  CHECK(svg::x_of(l, 100) == doctest::Approx(l.plot_left + l.plot_width));
  CHECK(svg::x_of(l, 130) == doctest::Approx(l.plot_left + l.plot_width));  // clamped
  CHECK(svg::x_of(l, -5) == doctest::Approx(l.plot_left));
}

TEST_CASE("a bar chart on another scale starts its bars at the axis's origin and writes its own ticks") {
  // Kappa from -1 to 1 on 0 to 100: 0 at 50, -0.5 at 25, 0.5 at 75.
  svg::BarChart chart{"kappa", {}, {0, 50, 100}, {}};
  svg::Bar below;
  below.percent = 25;
  below.tone = "plain";
  svg::Bar above;
  above.percent = 75;
  above.tone = "r3";
  chart.rows.push_back({"2.1.1", false, "", {below, above}});
  const auto out = svg::bar_chart(chart, {}, {50, {"-1", "0", "1"}});
  // x_of(25) = 367, x_of(50) = 452, x_of(75) = 537: each bar 85 long, either side of 452.
  CHECK(contains(out, "<rect x=\"367\""));
  CHECK(contains(out, "width=\"85\" height=\"20\" class=\"fill plain\"/>"));
  CHECK(contains(out, "<rect x=\"452\""));
  CHECK(contains(out, "width=\"85\" height=\"20\" class=\"fill r3\"/>"));
  // The ticks as given, not as percentages, and an axis line at the origin.
  CHECK(contains(out, ">-1</text>"));
  CHECK(contains(out, ">0</text>"));
  CHECK_FALSE(contains(out, ">50%</text>"));
  CHECK(contains(out, "<line x1=\"452\""));
}

TEST_CASE("wrap splits at spaces and marks what it leaves out") {
  CHECK(svg::wrap("engaging the person on probation", 20, 2) ==
        std::vector<std::string>{"engaging the person", "on probation"});
  CHECK(svg::wrap("short", 20, 2) == std::vector<std::string>{"short"});
  CHECK(svg::wrap("one two three four five six", 8, 2) == std::vector<std::string>{"one two", "three\xE2\x80\xA6"});
  CHECK(svg::wrap("unbreakablewordlongerthanthelimit x", 10, 2) ==
        std::vector<std::string>{"unbreakablewordlongerthanthelimit", "x"});
  CHECK(svg::wrap("", 10, 2).empty());
}

TEST_CASE("a bar chart draws each bar as long as its percentage, with its whisker, zones and titles") {
  const svg::Layout l;
  svg::BarChart chart{"P2.1 <Assessment>", {{0, 50, "r0", "Inadequate"}, {50, 100, "r1", "RI"}}, {0, 50, 100}, {}};
  svg::Bar bar{100.0 * 36 / 79, 38.55, 52.77, "r0", "36 of 79 & more", "36/79 · 45.6%", "+4 to RI"};
  chart.rows.push_back({"2.1.1 engaging", true, "lowest", {bar}});
  const auto out = svg::bar_chart(chart);
  CHECK(contains(out, "<title>P2.1 &lt;Assessment&gt;</title>"));
  CHECK(contains(out, "<title>36 of 79 &amp; more</title>"));
  // 36/79 of the 340-unit plot: 154.9 long, from x = 282.
  CHECK(l.plot_width == 340);
  CHECK(contains(out, "<rect x=\"282\" y=\"" ));
  CHECK(contains(out, "width=\"154.9\" height=\"20\" class=\"fill r0\"/>"));
  // The whisker's ends at 38.55% and 52.77%: 282 + 131.07 and 282 + 179.42.
  CHECK(contains(out, "x1=\"413.1\""));
  CHECK(contains(out, "x2=\"461.4\""));
  // The zones, from the band edges given, and the edge line at 50%.
  CHECK(contains(out, "class=\"zone r0\""));
  CHECK(contains(out, "<line x1=\"452\""));
  CHECK(contains(out, ">Inadequate</text>"));
  CHECK(contains(out, "class=\"label marked\""));
  CHECK(contains(out, ">lowest</text>"));
  CHECK(contains(out, ">36/79 · 45.6%</text>"));
  CHECK(contains(out, ">+4 to RI</text>"));
  CHECK(out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(out.substr(out.size() - 6) == "</svg>");
}

TEST_CASE("a stacked chart's segments add up to the plot and a score scale marks the score") {
  svg::StackChart chart{"p", {{"P2.1", {{0.85, "r0", "85%", "Inadequate 85%"}, {0.15, "r1", "15%", "RI 15%"}}, "n"}}};
  const auto out = svg::stacked_chart(chart);
  CHECK(contains(out, "<rect x=\"282\""));
  CHECK(contains(out, "width=\"289\""));  // 85% of 340
  CHECK(contains(out, "<rect x=\"571\""));
  CHECK(contains(out, "width=\"51\""));   // 15% of 340
  svg::ScoreScale scale{"score", 21, {{0, 3, "r0", "Inadequate 0–3"}, {4, 21, "r3", "rest"}}, 1, 1, "Score 1/21"};
  const auto s = svg::score_scale(scale);
  // 22 cells of 920/22 units from x = 20; the score's marker in the middle of cell 1.
  CHECK(contains(s, "M82.7 "));
  CHECK(contains(s, ">Score 1/21</text>"));
  CHECK(contains(s, "width=\"167.3\""));  // the band 0-3: 4 cells
}

TEST_CASE("tones spread any scale over the four colours, lowest first") {
  CHECK(html::tone(R(), 0) == "r0");
  CHECK(html::tone(R(), 3) == "r3");
  rules::Rules five = R();
  five.scale.push_back(five.scale.back());
  CHECK(html::tone(five, 0) == "r0");
  CHECK(html::tone(five, 2) == "r2");  // 1.5 rounds up
  CHECK(html::tone(five, 4) == "r3");
  CHECK(html::stylesheet().find('<') == std::string_view::npos);
  CHECK(html::stylesheet().find('&') == std::string_view::npos);
}

TEST_CASE("the HTML page of Bradford & Calderdale holds its ratings, key questions and reason, escaped") {
  const auto page = html::inspection(R(), bradford_outcome());
  CHECK(page.rfind("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"", 0) == 0);
  CHECK(contains(page, "<meta charset=\"utf-8\"/>"));
  CHECK(contains(page, "<h1>Test \"quoted\" PDU</h1>"));
  CHECK(contains(page, "<div class=\"big overall\">Inadequate</div>"));
  CHECK(contains(page, "<div class=\"big score\">1/21</div>"));
  CHECK(contains(page, "<tr data-standard=\"P1.3\"><td>P1.3 Services</td><td class=\"rating-cell\"><span "
                       "class=\"rating r1\">Requires improvement</span></td><td class=\"num\">1</td></tr>"));
  CHECK(contains(page, "<td class=\"num yes-relevant\">15/79</td><td class=\"num percent\">19.0%</td>"));
  CHECK(contains(page, "+25 to Requires improvement"));
  CHECK(contains(page, "<blockquote class=\"departure\">strengths in services</blockquote>"));
  // A chart per casework standard, one bar per key question, one lowest each.
  CHECK(count(page, "<svg ") == 5);  // and the score scale
  CHECK(count(page, "<g class=\"bar\">") == 12);
  CHECK(count(page, "<tr data-question=\"P2.") == 12);
  CHECK(count(page, "class=\"lowest\"") == 4);
  // No scripts, no links out.
  CHECK(!contains(page, "<script"));
  CHECK(!contains(page, "http://www.w3.org/1999/xhtml\"/>"));
  CHECK(!contains(page, "https:"));
  CHECK(page.substr(page.size() - 8) == "</html>\n");
}

TEST_CASE("the HTML page of an inspection with a standard not rated says the range, never a guess") {
  const auto page = html::inspection(R(), bradford_outcome(false));
  CHECK(contains(page, "<span class=\"rating none\">not rated (Inadequate to Outstanding)</span>"));
  CHECK(contains(page, "<div class=\"big score\">0 to 3 of 21</div>"));
  CHECK(contains(page, "--rating P1.3=RATING"));
}
