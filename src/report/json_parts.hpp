// JSON fragments shared by the batch, diff and check reports (internal to the report module).
#pragma once

#include <optional>
#include <string>

#include "pdurate/diagnostic.hpp"
#include "pdurate/model/answer_counts.hpp"
#include "pdurate/report/json_writer.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::json_parts {

// {"name": "pdu-rate", "version": "..."}
void tool(JsonWriter& j);
// {"id", "name", "file", "comparison"}: as in the rate report's "rules"
void rules(JsonWriter& j, const rules::Rules& rules);
// {"file", "line", "column", "message"}: file null when there is none (the command line), line
// and column 0 when not known
void diagnostic(JsonWriter& j, const Diagnostic& d);
// A string, or null when empty / absent.
void text_or_null(JsonWriter& j, const std::string& text);
void rating_or_null(JsonWriter& j, const std::optional<std::string>& rating);
// A rating's name, or null.
void level_or_null(JsonWriter& j, const rules::Rules& rules, std::optional<rules::Level> level);
// A count, or null.
void count_or_null(JsonWriter& j, std::optional<std::size_t> n);
// The answer counts, written into the object open: "yes", "no", "na", "relevant", "percent"
// (two decimals, or null without relevant cases).
void tally_fields(JsonWriter& j, const model::Tally& t);

}  // namespace pdurate::report::json_parts
