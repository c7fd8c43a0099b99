// pdu-rate agree's report (app::Agreement): text for people, versioned JSON
// (doc/schema/agree.schema.json), GitHub-flavoured Markdown tables of the text's content, and
// the formats of the rate report: an HTML page (report/html.hpp) and a workbook (report/xlsx.hpp).
// The agreement is a view of its own, beside report::Format's views of rated inspections: its
// formats are listed here.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "pdurate/app/agreement.hpp"
#include "pdurate/report/formats.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::report::agreement {

inline constexpr int kSchemaVersion = 1;  // doc/schema/agree.schema.json

// The two inputs and the cases they share; per key question and finding the agreement (raw,
// kappa, AC1, the disagreements); the ratings under FIRST, SECOND and moderated; the
// disagreements that decide a rating; the cases in one input only.
std::string text(const rules::Rules& rules, const app::Agreement& agreement, const Options& options);
std::string json(const rules::Rules& rules, const app::Agreement& agreement, const Options& options);
std::string markdown(const rules::Rules& rules, const app::Agreement& agreement, const Options& options);

struct AgreeFormat {
  std::string_view name;
  std::string (*render)(const rules::Rules& rules, const app::Agreement& agreement, const Options& options);
  bool binary = false;  // a file format (xlsx): never to a terminal
};
std::span<const AgreeFormat> formats();
const AgreeFormat* find_format(std::string_view name);

}  // namespace pdurate::report::agreement
