#include <array>

#include "pdurate/report/agreement.hpp"
#include "pdurate/report/html.hpp"
#include "pdurate/report/xlsx.hpp"

namespace pdurate::report::agreement {
namespace {

constexpr std::array kFormats{AgreeFormat{"text", &text},        AgreeFormat{"json", &json},
                              AgreeFormat{"markdown", &markdown}, AgreeFormat{"html", &html::agreement},
                              AgreeFormat{"xlsx", &xlsx::agreement, true}};

}  // namespace

std::span<const AgreeFormat> formats() { return kFormats; }

const AgreeFormat* find_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace pdurate::report::agreement
