// Wording and number formatting every format shares, so that all of them say the same.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report {

// yes/relevant as a percentage with `decimals` places, rounded half-up with integer arithmetic
// (so 64.56 never prints as 64.55999). relevant must be > 0.
std::string percent(std::size_t yes, std::size_t relevant, int decimals);

// "15/79 19.0%", or "0/0" without relevant cases.
std::string figures(const model::Tally& tally);

// Why a key question the input answered has no band (the method gave it none): "no relevant
// cases", or "too few relevant cases for a band" (a rule of the rules file).
std::string no_band(const model::Tally& tally);

// The key questions of a casework standard the input has no column for, by short id ("2.1.1"),
// in the rules' order: what "missing_columns" and the text report's standard line list.
std::vector<std::string> missing_columns(const rules::Rules& rules, const engine::StandardResult& standard);

// How the cases were read, where a reader might not expect it, or "" when the cases are a plain
// CSV (comma, UTF-8, header first) with nothing skipped: "sheet 'Cases' of cases.xlsx ·
// semicolon-separated · header on line 3 · 2 empty rows skipped".
std::string case_source(const model::CaseSource& source);

// A probability for people: "100%", ">99%", "97%", "<1%", "0%".
std::string probability_text(std::size_t count, std::size_t total);

// "Inadequate", or "Inadequate to Good" for a range.
std::string rating_range(const rules::Rules& rules, rules::Level lowest, rules::Level highest);

// A rating, or for one not (yet) known "not rated (Inadequate to Good)": the range still
// possible, never a guess.
std::string rating_or_range(const rules::Rules& rules, std::optional<rules::Level> rating, rules::Level lowest,
                            rules::Level highest);

// The score: "1/21", or while a scored standard is not rated the range still possible, "0 to 9 of 21".
std::string score_text(const engine::Result& result);

// What a casework standard given as the inspectors' rating (no cases) says instead of its key questions.
// What a casework standard rated Basis::Inspectors is: "given in the inspection file, not
// computed from cases", or given with --rating.
std::string_view given_not_computed(const app::Rated& rated, std::size_t standard);

// A finding or key question as the reports word it: "18 out of 64 relevant cases", or "no
// relevant cases".
std::string out_of(const model::Tally& tally);

// Short names for the scale in tables ("RI" for "Requires improvement"): each word's initial,
// where they tell the ratings apart; else the full names.
std::vector<std::string> rating_abbreviations(const rules::Rules& rules);

// One sentence on a guidance check, e.g. "For 'Requires improvement', P2.3 would usually be
// 'Requires improvement' or 'Good'; P2.3 is 'Inadequate': a departure from the guidance."
std::string guidance_sentence(const rules::Rules& rules, const engine::Result& result,
                              const engine::GuidanceCheck& check);

// Things the user should know that are not errors: unexplained departures, missing key
// question columns, key questions with no relevant cases, ratings that depend on the
// comparison choice, standards not rated. One sentence each, for stderr and the reports.
std::vector<std::string> notices(const rules::Rules& rules, const engine::Result& result);

// "P2.1: expected Good, got Requires improvement": an expectation not met.
std::string unmet(const engine::ExpectationCheck& check);
// "P1.3: departs from the decision guidance without a recorded reason (--strict)".
std::string unexplained_departure(const rules::Rules& rules, std::size_t standard);
// Why a rated outcome failed, one sentence each: every expectation not met, then every
// unexplained departure --strict found.
std::vector<std::string> failures(const rules::Rules& rules, const app::Outcome& outcome);

// The status of a row of many inspections: "ok", "failed" or "invalid" (batch JSON and CSV).
std::string_view row_status(app::Status status);

// "invalid input (3 problems, listed on stderr)": an invalid outcome in a list of many.
std::string invalid_input(const app::Outcome& outcome);

}  // namespace pdurate::report
