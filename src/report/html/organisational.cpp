// The organisational standards, rated by the inspectors: each one's rating, the decision
// guidance that applies to it (usually consistent with a casework standard's rating) checked,
// and the reason the inspectors recorded for departing from it.
#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/report/wording.hpp"
#include "report/html/page.hpp"

namespace pdurate::report::html {
namespace {

std::string_view status_class(const engine::GuidanceCheck& check) {
  switch (check.status) {
    case engine::GuidanceStatus::Consistent: return "check consistent";
    case engine::GuidanceStatus::Departure: return "check departure";
    case engine::GuidanceStatus::Undetermined: return "check undetermined";
  }
  return "check";
}

std::string_view status_word(const engine::GuidanceCheck& check) {
  switch (check.status) {
    case engine::GuidanceStatus::Consistent: return "Consistent with the guidance";
    case engine::GuidanceStatus::Departure: return "Departs from the guidance";
    case engine::GuidanceStatus::Undetermined: return "Cannot be checked yet";
  }
  return "";
}

void standard(const Page& page, const engine::StandardResult& s) {
  const auto& def = page.rules.standards[s.standard];
  auto& out = page.out;
  out.open("div", {{"class", "standard"}, {"data-standard", def.id}});
  out.open("h3").element("span", fmt::format("{} {}", def.id, def.name));
  if (s.basis == engine::Basis::NotRatedByDesign) out.element("span", {{"class", "rating none"}}, "not rated by design");
  else rating_chip(page.out, page.rules, s.rating, s.lowest, s.highest);
  out.close();
  if (s.basis == engine::Basis::NotRatedByDesign) out.element("p", "Not rated by design: " + def.not_rated_when + ".");
  else if (!s.rating)
    out.element("p", fmt::format("The inspectors' rating is not given: give it in the inspection file (ratings:) or "
                                 "with --rating {}=RATING.", def.id));
  for (const auto& check : s.guidance) {
    out.open("div", {{"class", status_class(check)}});
    out.element("strong", fmt::format("{}{}: ", status_word(check), check.hypothetical ? " (if rated so)" : ""));
    out.text(guidance_sentence(page.rules, page.rated.result, check)).close();
  }
  if (!s.departure.empty()) {
    out.element("p", {{"class", "quiet"}}, "The inspectors' recorded reason:");
    out.element("blockquote", {{"class", "departure"}}, s.departure);
  } else if (s.unexplained_departure()) {
    out.element("p", {{"class", "warning"}}, "No reason is recorded for the departure from the guidance.");
  }
  out.close();
}

}  // namespace

void organisational(const Page& page) {
  const auto& standards = page.rated.result.standards;
  const auto organisational = [&](const engine::StandardResult& s) { return !page.rules.standards[s.standard].casework(); };
  if (std::none_of(standards.begin(), standards.end(), organisational)) return;
  page.out.open("section", {{"class", "part"}, {"id", "organisational"}});
  page.out.element("h2", "Organisational standards");
  page.out.element("p", "Rated by the inspectors. The decision guidance says which rating each would usually have "
                        "given the casework; a departure needs a recorded reason.");
  // A standard rated with no guidance to check and no reason recorded has nothing more to say
  // than the ratings page: named in one line, not given a block each.
  const auto plain = [](const engine::StandardResult& s) {
    return s.rating && s.guidance.empty() && s.departure.empty() && s.basis != engine::Basis::NotRatedByDesign;
  };
  std::vector<std::string> others;
  for (const auto& s : standards) {
    if (!organisational(s)) continue;
    const auto& def = page.rules.standards[s.standard];
    if (plain(s)) others.push_back(fmt::format("{} {} ({})", def.id, def.name, page.rules.rating_name(*s.rating)));
    else standard(page, s);
  }
  if (!others.empty())
    page.out.element("p", fmt::format("No decision guidance applies to the ratings of {}.", fmt::join(others, ", ")));
  page.out.close();
}

}  // namespace pdurate::report::html
