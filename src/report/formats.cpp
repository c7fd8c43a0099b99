#include "pdurate/report/formats.hpp"

#include <array>

#include "pdurate/report/csv.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/report/markdown.hpp"
#include "pdurate/report/text.hpp"
#include "pdurate/report/xlsx.hpp"

namespace pdurate::report {
namespace {

constexpr std::array kFormats{
    Format{"text", "", &text::inspection, &text::table, &text::diff},
    Format{"json", "schema: doc/json-output.md", &json::inspection, &json::batch, &json::diff},
    Format{"csv", "one row per inspection", nullptr, &csv::batch, nullptr},
    Format{"markdown", "the report's tables, one inspection", &markdown::inspection, nullptr, nullptr},
    Format{"xlsx", "a data workbook: give -o FILE.xlsx", &xlsx::inspection, &xlsx::batch, nullptr, true, true},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace pdurate::report
