// The page: the document's head (title, stylesheet), a header naming the inspection and how it
// was rated, the parts in order (report/html/page.hpp), and a footer with the method's source.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/report/html.hpp"
#include "pdurate/report/wording.hpp"
#include "pdurate/util/version.hpp"
#include "report/html/frame.hpp"
#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

std::string title(const app::Rated& rated) {
  const auto& insp = rated.inspection;
  std::string text = insp.name.empty() ? insp.file : insp.name;
  if (rated.what_if) text += " · what if";
  return text;
}

std::string cases_text(const app::Rated& rated) {
  const auto& insp = rated.inspection;
  if (insp.ratings_only) return "No cases: every rating as given in the inspection file";
  std::string text = fmt::format("{} cases rated ({} rows read)", rated.result.cases, insp.rows_read);
  if (const auto read = case_source(insp.source); !read.empty()) text += "; read: " + read;
  return text;
}

void header(const Page& page) {
  const auto& insp = page.rated.inspection;
  auto& out = page.out;
  out.open("header");
  out.element("h1", insp.name.empty() ? insp.file : insp.name);
  std::vector<std::string> facts;
  if (!insp.fieldwork.empty()) facts.push_back("Fieldwork " + insp.fieldwork);
  facts.push_back(cases_text(page.rated));
  facts.push_back("Rules: " + (page.rules.name.empty() ? page.rules.id : page.rules.name));
  out.element("p", {{"class", "meta"}}, fmt::format("{}", fmt::join(facts, " · ")));
  if (page.rated.what_if)
    out.element("div", {{"class", "banner"}},
                "What if: these are not the inspection's ratings, but what they would be with the changes listed "
                "under \u201cWhat if\u201d.");
  out.close();
}

void footer(const Page& page) {
  const auto& rules = page.rules;
  page.out.open("footer");
  page.out.element("p", fmt::format(
      "Rated by pdu-rate {} under the rules {} ({}). Key questions are banded on {} percentages of relevant cases "
      "(Yes out of Yes and No); a casework standard takes the band of its lowest key question; the score adds each "
      "scored standard's points, and the overall rating is the score band it falls in.",
      util::version(), rules.id, rules.file,
      rules.comparison == rules::Comparison::Exact ? "exact" : "whole-number rounded"));
  page.out.close();
}

}  // namespace

std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options&) {
  const auto& rated = *outcome.rated;
  Markup out;
  open_page(out, title(rated) + " · ratings");
  const Page page{rules, rated, out};
  header(page);
  for (auto part : {&ratings, &what_if, &casework, &organisational, &findings, &breakdowns, &probabilities,
                    &relative_rates, &notes})
    part(page);
  footer(page);
  close_page(out);
  return std::move(out).str();
}

}  // namespace pdurate::report::html
