// Relative rate indices (--rri): each group's rate of Yes against the reference group's, one
// table row a group and key question, with the interval and why a comparison is suppressed.
#include <fmt/format.h>

#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

std::string value_name(const std::string& value) { return value.empty() ? "(none)" : value; }

void rate_row(const Page& page, const engine::RelativeRateGroup& g, const engine::RelativeRate& r) {
  auto& out = page.out;
  out.open("tr").element("td", value_name(g.value));
  out.element("td", page.rules.questions[r.question].short_id + " " + page.rules.questions[r.question].topic);
  out.element("td", {{"class", "num"}}, fmt::format("{}/{}", r.group.yes, r.group.relevant()));
  out.element("td", {{"class", "num"}}, fmt::format("{}/{}", r.reference.yes, r.reference.relevant()));
  out.element("td", {{"class", "num"}}, r.ratio ? fmt::format("{:.2f}", *r.ratio) : "");
  out.element("td", {{"class", "num"}}, r.low && r.high ? fmt::format("{:.2f} to {:.2f}", *r.low, *r.high) : "");
  out.element("td", !r.suppressed.empty() ? r.suppressed : r.excludes_one ? "excludes 1" : "");
  out.close();
}

void comparison(const Page& page, const engine::RelativeRates& r) {
  auto& out = page.out;
  out.element("h3", fmt::format("By {}, against {} ({} cases)", r.name, value_name(r.reference), r.reference_cases));
  if (!r.suppressed.empty()) {
    out.element("p", "Not compared: " + r.suppressed);
    return;
  }
  out.open("table", {{"class", "relative-rates"}});
  out.element("caption", fmt::format("Each group's rate of Yes divided by {}'s, with {} intervals (log method); an "
                                     "interval that excludes 1 marks a difference unlikely to be the luck of the sample.",
                                     value_name(r.reference), level_text(r.level)));
  header_row(out, {{r.name, false}, {"Key question", false}, {"Group", true}, {"Reference", true}, {"Index", true},
                   {"Interval", true}, {"Note", false}});
  out.open("tbody");
  for (const auto& g : r.groups) {
    if (!g.suppressed.empty()) {
      out.open("tr").element("td", value_name(g.value)).element("td", {{"colspan", "6"}}, "not compared: " + g.suppressed);
      out.close();
      continue;
    }
    for (const auto& rate : g.key_questions) rate_row(page, g, rate);
  }
  out.close().close();
}

}  // namespace

void relative_rates(const Page& page) {
  if (!page.rated.analysis || page.rated.analysis->relative_rates.empty()) return;
  page.out.open("section", {{"class", "part"}, {"id", "relative-rates"}});
  page.out.element("h2", "Relative rate indices");
  for (const auto& r : page.rated.analysis->relative_rates) comparison(page, r);
  page.out.close();
}

}  // namespace pdurate::report::html
