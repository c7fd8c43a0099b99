#include "report/html/page.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {

void rating_chip(Markup& out, const rules::Rules& rules, std::optional<rules::Level> rating, rules::Level lowest,
                 rules::Level highest) {
  if (rating) return rating_chip(out, rules, *rating);
  out.element("span", {{"class", "rating none"}}, rating_or_range(rules, rating, lowest, highest));
}

void rating_chip(Markup& out, const rules::Rules& rules, rules::Level rating) {
  out.element("span", {{"class", "rating " + tone(rules, rating)}}, rules.rating_name(rating));
}

std::string percent_text(const model::Tally& tally) {
  return tally.relevant() == 0 ? std::string() : percent(tally.yes, tally.relevant(), 1) + "%";
}

double percent_value(const model::Tally& tally) {
  return tally.relevant() == 0 ? 0.0 : 100.0 * static_cast<double>(tally.yes) / static_cast<double>(tally.relevant());
}

std::string margin_text(const rules::Rules& rules, rules::Level band, const engine::Margin& margin) {
  std::string out;
  if (margin.up && band < rules.top()) out = fmt::format("+{} to {}", *margin.up, rules.rating_name(band + 1));
  if (margin.down && band > 0)
    out += fmt::format("{}\u2212{} to {}", out.empty() ? "" : " · ", *margin.down, rules.rating_name(band - 1));
  return out;
}

std::vector<svg::Zone> band_zones(const rules::Rules& rules) {
  const svg::Layout layout;
  const auto initials = rating_abbreviations(rules);
  std::vector<svg::Zone> zones;
  for (std::size_t i = 0; i < rules.bands.size(); ++i) {
    const auto& band = rules.bands[i];
    svg::Zone z{static_cast<double>(band.min_percent),
                i + 1 < rules.bands.size() ? static_cast<double>(rules.bands[i + 1].min_percent) : 100.0,
                tone(rules, band.rating), rules.rating_name(band.rating)};
    // About 7.5 units a character at the zone labels' size; the top zone's name, centred, may
    // reach into the gap right of the plot.
    const double gap = i + 1 == rules.bands.size() ? 2 * (layout.note_left - layout.plot_left - layout.plot_width) : 0;
    const double room = layout.plot_width * (z.to - z.from) / 100.0 + gap;
    if (7.5 * static_cast<double>(z.label.size()) > room) z.label = initials[band.rating];
    zones.push_back(std::move(z));
  }
  return zones;
}

std::vector<double> band_ticks(const rules::Rules& rules) {
  std::vector<double> ticks{0};
  for (const auto& band : rules.bands)
    if (band.min_percent > 0 && band.min_percent < 100) ticks.push_back(band.min_percent);
  ticks.push_back(100);
  return ticks;
}

void band_legend(const Page& page) {
  const auto& rules = page.rules;
  page.out.open("div", {{"class", "legend"}});
  for (std::size_t i = 0; i < rules.bands.size(); ++i) {
    const auto& band = rules.bands[i];
    const std::string range = i + 1 < rules.bands.size() ? fmt::format("under {}%", rules.bands[i + 1].min_percent)
                                                         : fmt::format("{}% and over", band.min_percent);
    const std::string text = i == 0 || i + 1 == rules.bands.size()
                                 ? range
                                 : fmt::format("{}% to under {}%", band.min_percent, rules.bands[i + 1].min_percent);
    page.out.open("span").element("span", {{"class", "swatch " + tone(rules, band.rating)}}, "");
    page.out.text(fmt::format("{}: {}", rules.rating_name(band.rating), text)).close();
  }
  page.out.close();
}

std::string level_text(double level) { return fmt::format("{:g}%", level); }

void header_row(Markup& out, const std::vector<std::pair<std::string, bool>>& columns) {
  out.open("thead").open("tr");
  for (const auto& [name, num] : columns) {
    if (num) out.element("th", {{"class", "num"}, {"scope", "col"}}, name);
    else out.element("th", {{"scope", "col"}}, name);
  }
  out.close().close();
}

}  // namespace pdurate::report::html
