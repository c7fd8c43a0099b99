// The parts of the HTML report on one inspection (report/html.hpp), in the order the page gives
// them, and what they share: each part writes itself into the page's Markup. Internal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/html/markup.hpp"
#include "report/html/svg.hpp"

namespace pdurate::report::html {

struct Page {
  const rules::Rules& rules;
  const app::Rated& rated;
  Markup& out;
};

// The parts, each a <section class="part"> (a new printed page) unless said otherwise.
void ratings(const Page& page);         // the ratings page: overall, score, each standard (ratings.cpp)
void what_if(const Page& page);         // the scenario, before and after (what_if.cpp); only with a what-if
void casework(const Page& page);        // each casework standard's key questions (casework.cpp)
void organisational(const Page& page);  // guidance checks and recorded reasons (organisational.cpp)
void findings(const Page& page);        // further questions, tabulated (findings.cpp)
void breakdowns(const Page& page);      // --by (breakdowns.cpp)
void probabilities(const Page& page);   // --probabilities (probabilities.cpp)
void relative_rates(const Page& page);  // --rri (relative_rates.cpp)
void notes(const Page& page);           // notices, pivotal answers, expectations (notes.cpp)

// What the parts share (page.cpp).

// A rating as a labelled chip, `<span class="rating r0">Inadequate</span>`; a standard or an
// overall rating not (yet) known as "not rated (Inadequate to Good)", uncoloured.
void rating_chip(Markup& out, const rules::Rules& rules, std::optional<rules::Level> rating, rules::Level lowest,
                 rules::Level highest);
void rating_chip(Markup& out, const rules::Rules& rules, rules::Level rating);

// "45.6%" (one decimal, half-up), or "" without relevant cases.
std::string percent_text(const model::Tally& tally);
// 100 * yes / relevant, for geometry (0 without relevant cases).
double percent_value(const model::Tally& tally);

// "+4 to Requires improvement · −7 to Inadequate": changes to the band above and below.
std::string margin_text(const rules::Rules& rules, rules::Level band, const engine::Margin& margin);

// The casework bands as zones of a percentage plot, named in full where the name fits, by its
// initials where it does not; and the axis ticks: 0, every band edge, 100.
std::vector<svg::Zone> band_zones(const rules::Rules& rules);
std::vector<double> band_ticks(const rules::Rules& rules);

// The key to the band colours and edges, from the rules: "Inadequate under 50%", "Requires
// improvement from 50%", ...
void band_legend(const Page& page);

// "80%": a confidence level.
std::string level_text(double level);

// A table's header row; a `num` column is right-aligned.
void header_row(Markup& out, const std::vector<std::pair<std::string, bool>>& columns);

}  // namespace pdurate::report::html
