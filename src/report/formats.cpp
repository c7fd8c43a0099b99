#include "pdurate/report/formats.hpp"

#include <array>

#include "pdurate/report/csv.hpp"
#include "pdurate/report/html.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/markdown.hpp"
#include "pdurate/report/text.hpp"
#include "pdurate/report/xlsx.hpp"

namespace pdurate::report {
namespace {

constexpr std::array kFormats{
    Format{"text", "", &text::inspection, &text::table, &text::diff, kEverything, false, false,
           &text::trend},
    Format{"json", "fields: json-output.md in the docs, share/doc/pdu-rate", &json::inspection, &json::batch, &json::diff, kEverything,
           false, false, &json::trend},
    Format{"csv", "one row per inspection", &csv::inspection, &csv::batch, nullptr},
    Format{"markdown", "the report's tables, one inspection", &markdown::inspection, nullptr, nullptr, 0, false, false,
           &markdown::trend},
    Format{"html", "a page with charts to read and print, one inspection", &html::inspection, nullptr, nullptr,
           kEverything, false, false, &html::trend},
    Format{"xlsx", "a data workbook: give -o FILE.xlsx", &xlsx::inspection, &xlsx::batch, nullptr,
           kBreakdown | kIntervals, true, true, &xlsx::trend},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace pdurate::report
