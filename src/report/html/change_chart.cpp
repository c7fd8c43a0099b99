#include "report/html/change_chart.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report/html/markup.hpp"
#include "report/html/svg.hpp"

namespace pdurate::report::html::svg {
namespace {

constexpr double kRowHeight = 30;

// The plot's half-width in points: the widest interval's reach, rounded up to ten (10 to 100).
double span_of(const ChangeChart& chart) {
  double reach = 0;
  for (const auto& r : chart.rows) reach = std::max({reach, std::abs(r.low), std::abs(r.high)});
  return std::clamp(std::ceil(reach / 10) * 10, 10.0, 100.0);
}

double x_at(const Layout& l, double span, double points) {
  return l.plot_left + l.plot_width * (std::clamp(points, -span, span) + span) / (2 * span);
}

std::string tick_text(double points) { return points > 0 ? "+" + number(points) : number(points); }

void axis(Markup& m, const Layout& l, double span, double bottom) {
  line(m, l.plot_left, bottom, l.plot_left + l.plot_width, bottom, "axis");
  for (double t = -span; t <= span + 1e-9; t += span / 2) {
    if (t != 0) line(m, x_at(l, span, t), l.top, x_at(l, span, t), bottom, "rule");
    text(m, x_at(l, span, t), bottom + 17, "tick", tick_text(t), "middle");
  }
  line(m, x_at(l, span, 0), l.top - 6, x_at(l, span, 0), bottom, "edge");
  text(m, x_at(l, span, 0) - 8, l.top - 8, "zone-label", "\u2190 lower", "end");
  text(m, x_at(l, span, 0) + 8, l.top - 8, "zone-label", "higher \u2192", "start");
}

void change_row(Markup& m, const Layout& l, double span, const ChangeRow& r, double y) {
  const double mid = y + kRowHeight / 2;
  const auto label = wrap(r.label, l.label_chars, 1).front();
  text(m, l.label_width, mid + 5, r.marked ? "label marked" : "label", label, "end");
  m.open("g", {{"class", r.marked ? "change marked" : "change"}});
  m.element("title", r.title);
  const double cap = 6;
  line(m, x_at(l, span, r.low), mid, x_at(l, span, r.high), mid, "whisker");
  line(m, x_at(l, span, r.low), mid - cap, x_at(l, span, r.low), mid + cap, "whisker");
  line(m, x_at(l, span, r.high), mid - cap, x_at(l, span, r.high), mid + cap, "whisker");
  m.empty("circle", {{"cx", number(x_at(l, span, r.change))}, {"cy", number(mid)}, {"r", "5.5"}, {"class", "marker"}});
  m.close();
  text(m, l.note_left, mid + 5, r.marked ? "note label marked" : "note", r.note);
}

}  // namespace

std::string change_chart(const ChangeChart& chart) {
  Layout l;  // the labels wider than a bar chart's (one line each), the plot narrower
  l.label_width = 360;
  l.plot_left = 372;
  l.plot_width = 300;
  l.note_left = 692;
  l.label_chars = 38;  // bold, about 9.2 units a character
  l.top = 30;
  const double span = span_of(chart);
  const double bottom = l.top + kRowHeight * static_cast<double>(chart.rows.size()) + 6;
  Markup m;
  open_svg(m, l.width, bottom + l.bottom, chart.title, "chart changes");
  for (std::size_t i = 0; i < chart.rows.size(); ++i)
    if (i % 2 == 1) rect(m, l.plot_left, l.top + kRowHeight * static_cast<double>(i), l.plot_width, kRowHeight, "stripe");
  axis(m, l, span, bottom);
  for (std::size_t i = 0; i < chart.rows.size(); ++i)
    change_row(m, l, span, chart.rows[i], l.top + 3 + kRowHeight * static_cast<double>(i));
  m.close();
  return std::move(m).str();
}

}  // namespace pdurate::report::html::svg
