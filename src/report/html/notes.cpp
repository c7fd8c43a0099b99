// What a reader of the page should also know: the notices the CLI prints on stderr (missing
// columns, key questions without relevant cases, ratings that depend on the comparison,
// unexplained departures), the pivotal answers (--pivotal) and the expectations checked.
#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

void pivotal(const Page& page) {
  auto& out = page.out;
  out.element("h3", "Pivotal answers");
  if (page.rated.pivotal->empty()) {
    out.element("p", "None: no single changed answer would change any standard's rating.");
    return;
  }
  out.element("p", "One changed answer in any of these cases would change a standard's rating:");
  out.open("ul", {{"class", "notes"}});
  const auto& cases = page.rated.cases();
  for (const auto& p : *page.rated.pivotal) {
    std::string ids;
    for (std::size_t i = 0; i < p.cases.size(); ++i) ids += (i ? ", " : "") + std::string(cases.id(p.cases[i]));
    out.element("li", fmt::format("{} {} to {} makes {} {}: {}", page.rules.questions[p.question].short_id,
                                  model::to_string(p.from), model::to_string(p.to), page.rules.standards[p.standard].id,
                                  p.rating_after ? page.rules.rating_name(*p.rating_after) : std::string("not rated"),
                                  ids));
  }
  out.close();
}

// Only those not met: they are why the command failed; those met are the regression suite's business.
void expectations(const Page& page) {
  const auto& list = page.rated.expectations;
  std::size_t met = 0;
  for (const auto& e : list) met += e.met ? 1 : 0;
  page.out.element("h3", fmt::format("Expectations: {} of {} met", met, list.size()));
  page.out.open("ul", {{"class", "notes"}});
  for (const auto& e : list)
    if (!e.met) page.out.element("li", "Not met: " + unmet(e));
  page.out.close();
}

}  // namespace

void notes(const Page& page) {
  const auto list = notices(page.rules, page.rated.result);
  const auto& checks = page.rated.expectations;
  const bool unmet = std::any_of(checks.begin(), checks.end(), [](const engine::ExpectationCheck& e) { return !e.met; });
  if (list.empty() && !page.rated.pivotal && !unmet) return;
  // Short: it follows the last part on its page.
  page.out.open("section", {{"class", "part tail"}, {"id", "notes"}});
  page.out.element("h2", "Notes and checks");
  if (!list.empty()) {
    page.out.open("ul", {{"class", "notes"}});
    for (const auto& n : list) page.out.element("li", n);
    page.out.close();
  }
  if (page.rated.pivotal) pivotal(page);
  if (unmet) expectations(page);
  page.out.close();
}

}  // namespace pdurate::report::html
