// pdu-rate compare as HTML (report/html.hpp): one self-contained page, built like the page on one
// inspection (its markup, stylesheet, chips and charts). In order: the inspections and how they
// were rated; each standard's rating, the score and the overall rating in each (coloured as on
// the rate page); per standard, each key question's % Yes in each inspection against the bands,
// with its interval at the comparison's level; the changes as dots and whiskers around 0
// (Newcombe's interval); the key-question table; the findings likewise; then what only some
// inspections' rules have.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/app/pipeline.hpp"
#include "pdurate/engine/wilson.hpp"
#include "pdurate/report/html.hpp"
#include "pdurate/report/wording.hpp"
#include "pdurate/util/version.hpp"
#include "report/html/change_chart.hpp"
#include "report/html/frame.hpp"
#include "report/html/page.hpp"
#include "report/html/trend_parts.hpp"
#include "report/trend_wording.hpp"

namespace pdurate::report::html {
namespace {

using namespace trend_wording;

void inspections(const TrendPage& page) {
  auto& out = page.out;
  const auto& list = page.report.inspections;
  out.open("header");
  out.element("h1", "Progress between inspections");
  out.element("p", {{"class", "meta"}},
              fmt::format("{} inspections, {}.", list.size(), rules_sentence(page.rules, page.report)));
  out.open("table", {{"class", "inspections"}});
  header_row(out, {{"", false}, {"Inspection", false}, {"Fieldwork", false}, {"Rules", false}, {"File", false}});
  out.open("tbody");
  for (std::size_t i = 0; i < list.size(); ++i) {
    out.open("tr").element("th", {{"scope", "row"}}, letter(i));
    out.element("td", list[i].name).element("td", list[i].fieldwork);
    out.element("td", page.each[i]->id).element("td", list[i].file).close();
  }
  out.close().close().close();
}

void notes(const TrendPage& page) {
  const auto some = only_some(page.trend);
  if (some.empty()) return;
  page.out.open("section", {{"class", "part tail"}, {"id", "only-some"}}).element("h2", "Only in some rules");
  page.out.open("ul", {{"class", "notes"}});
  std::size_t start = 0;
  for (std::size_t end; (end = some.find('\n', start)) != std::string::npos; start = end + 1)
    page.out.element("li", some.substr(start, end - start));
  page.out.close().close();
}

void footer(const TrendPage& page) {
  page.out.open("footer");
  page.out.element("p", fmt::format(
      "Compared by pdu-rate {}. Each inspection is rated as pdu-rate rates one; a key question's percentage is Yes "
      "out of Yes and No (N/A left out). A change is the later percentage minus the earlier, in percentage points, "
      "with its {} interval for a difference of independent proportions (Newcombe's hybrid score method, "
      "Newcombe 1998, method 10).",
      util::version(), level_text(page.trend.level_percent)));
  page.out.close();
}

}  // namespace

std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options&) {
  Markup out;
  std::vector<const rules::Rules*> each;
  for (const auto& o : report.inspections) each.push_back(&rules_of(o, rules));
  const TrendPage page{rules, report, *report.trend, each, out};
  open_page(out, "Progress between inspections");
  inspections(page);
  trend_ratings(page);
  trend_questions(page, false);
  if (!page.trend.findings.empty()) trend_questions(page, true);
  notes(page);
  footer(page);
  close_page(out);
  return std::move(out).str();
}

}  // namespace pdurate::report::html
