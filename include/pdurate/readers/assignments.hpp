// Names users write for ratings, organisational standards and expectations, resolved against
// the rules. Shared by the YAML reader (`ratings:`, `expect:`) and the command line (--rating,
// --expect) so both accept the same words and give the same messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pdurate/model/expectation.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

// A rating name, case-insensitive. On failure sets `error` to a message listing the scale.
std::optional<rules::Level> rating_named(const rules::Rules& rules, std::string_view name, std::string& error);

// The index of an organisational standard (one rated by the inspectors, e.g. P1.2; "1.2" is
// accepted too). Casework standards are refused: they are rated from the cases.
std::optional<std::size_t> organisational_standard(const rules::Rules& rules, std::string_view id,
                                                   std::string& error);

// An expectation KEY=VALUE: overall=RATING, score=N, STANDARD=RATING (P2.1=Inadequate) or
// QUESTION=YES/RELEVANT (P2.1.3=15/79). `where` is stored in the result.
// overall, score and a standard also take a range, lowest first ("Inadequate to Requires
// improvement", "0 to 9"): the value is then expected to be unknown (an input is missing) with
// exactly that range still possible, as the report prints it.
std::optional<model::Expectation> expectation(const rules::Rules& rules, std::string_view key,
                                              std::string_view value, const Location& where, std::string& error);

}  // namespace pdurate::readers
