// HTML: one inspection as a self-contained page to read, attach and print (issue 14, part 1).
// One file, no scripts, no network, no external fonts or images: the stylesheet in a <style>
// element, the charts inline SVG. Polyglot HTML5: well-formed XML (`xmllint --noout` accepts
// it) that browsers read as HTML, and that prints to A4 with a page break between parts.
//
// In order: the ratings page (the overall rating, the score on the score bands, each standard's
// rating by domain); with a what-if, the scenario and what it changed, side by side; each
// casework standard's key questions as bars of % Yes against the bands of the rules (the lowest
// marked, Yes/relevant and the margins beside each bar, the sampling interval as a whisker) and
// as a table; the organisational standards with the decision-guidance checks and the recorded
// reasons; the findings; with --by, --probabilities and --rri, the breakdowns, the rating
// probabilities and the relative rate indices; then the notices, pivotal answers and
// expectations. Every chart carries its numbers as text: a <title> per bar, figures beside it,
// and a table. Colour is only a second cue: every rating is written.
//
// Nothing is made up: a standard not rated reads "not rated (Inadequate to Good)", the range
// still possible, as in every format. Every text from the input is escaped.
#pragma once

#include <string>

#include "pdurate/app/agreement.hpp"
#include "pdurate/app/outcome.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::html {

// A rated outcome (outcome.rated set). Options are not used: the page has its own colours, and
// its explanations are always written.
std::string inspection(const rules::Rules& rules, const app::Outcome& outcome, const Options& options = {});

// pdu-rate compare: the inspections' ratings side by side, each key question's and finding's %
// Yes in each with its interval, and the changes with Newcombe's interval (trend_page.cpp).
std::string trend(const rules::Rules& rules, const app::TrendReport& report, const Options& options = {});

// pdu-rate agree's report as a page (report/agreement.hpp): the two inputs, the agreement per
// key question and finding (a table, and kappa and AC1 with their intervals as a chart), the
// ratings under FIRST, SECOND and moderated, the disagreements (those that decide a rating
// marked), the cases in one input only. A valid agreement (agreement.valid()).
std::string agreement(const rules::Rules& rules, const app::Agreement& agreement, const Options& options = {});

}  // namespace pdurate::report::html
