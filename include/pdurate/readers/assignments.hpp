// Names users write for ratings, organisational standards and expectations, resolved against
// the rules. Shared by the YAML reader (`ratings:`, `expect:`) and the command line (--rating,
// --expect) so both accept the same words and give the same messages. Each reports a problem
// at the origin given and returns nothing.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "pdurate/model/expectation.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

// A rating name, case-insensitive; a problem lists the scale.
std::optional<rules::Level> rating_named(const rules::Rules& rules, std::string_view name, const util::Origin& origin,
                                         util::Diagnostics& errors);

// The index of a standard whose rating may be given (P1.2; "1.2" is accepted too): an
// organisational one, or a casework one whose key questions the cases do not answer (a
// ratings-only inspection; `present`, per key question, says which the input has; null: not yet
// read). A casework standard the cases rate is refused: it is rated from them.
std::optional<std::size_t> given_standard(const rules::Rules& rules, std::string_view id,
                                          const std::vector<bool>* present, const util::Origin& origin,
                                          util::Diagnostics& errors);

// An expectation KEY=VALUE: overall=RATING, score=N, STANDARD=RATING (P2.1=Inadequate) or
// QUESTION=YES/RELEVANT (P2.1.3=15/79). The expectation records `key`'s location.
// overall, score and a standard also take a range, lowest first ("Inadequate to Requires
// improvement", "0 to 9"): the value is then expected to be unknown (an input is missing) with
// exactly that range still possible, as the report prints it. A problem with a key question's
// counts is reported at `value`'s origin, any other at `key`'s.
std::optional<model::Expectation> expectation(const rules::Rules& rules, std::string_view key, std::string_view value,
                                              const util::Origin& key_origin, const util::Origin& value_origin,
                                              util::Diagnostics& errors);

// An expectation given on the command line: --expect KEY=VALUE.
std::optional<model::Expectation> expectation_option(const rules::Rules& rules, std::string_view text,
                                                     util::Diagnostics& errors);

}  // namespace pdurate::readers
