// Wording pdu-rate agree's text and Markdown reports share (internal to the report layer), so
// that both say the same.
#pragma once

#include <optional>
#include <string>

#include "pdurate/app/agreement.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::agreement {

inline constexpr std::string_view kArrow = "→";

// "3 cases", "1 case".
std::string plural(std::size_t n, std::string_view word);
// "FILE: NAME, 80 cases", or "FILE, 15 cases" when the input has no name.
std::string input_line(const app::Outcome& o);
// Raw agreement on Yes/No where both found the question applicable: "90.0%", or "-" without any.
std::string agree_percent(const engine::QuestionAgreement& q);
// A coefficient's interval: "0.26 to 1.00".
std::string interval_text(const engine::Coefficient& c);
// A standard's rating in one of the three results, or "not rated by design".
std::string standard_cell(const rules::Rules& rules, const engine::Result& r, std::size_t s);
// The overall rating, or the range still possible.
std::string overall_cell(const rules::Rules& rules, const engine::Result& r);
// A rating level, or "not rated".
std::string level_text(const rules::Rules& rules, const std::optional<rules::Level>& level);

// Whether the notes below apply: kappa misleads for some question; some interval is a single point.
bool any_kappa_misleading(const app::Agreement& a);
bool any_point_interval(const app::Agreement& a);
// The notes as the text report wraps them (two-space indent, wrapped at 100 columns); Markdown
// folds the line breaks.
std::string kappa_note();
std::string point_note();
// Wrapped text (the notes above) as one line: each run of spaces and line breaks one space,
// none at either end; for the page and the workbook.
std::string one_line(std::string_view text);
// "  Moderated: FIRST with SECOND's judgements for the 10 cases judged by both; ...".
std::string moderated_note(const app::Agreement& a);
// The heading of the disagreements that decide a rating, and what it says when there are none.
inline constexpr std::string_view kPivotalHeading =
    "Disagreements that decide a rating (resolved FIRST's way, every other one SECOND's way)";
inline constexpr std::string_view kNoPivotal = "none: no single disagreement, resolved FIRST's way, changes a rating";

}  // namespace pdurate::report::agreement
