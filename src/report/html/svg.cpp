#include "report/html/svg.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "report/html/markup.hpp"

namespace pdurate::report::html::svg {
namespace {

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";

// Characters, not bytes: UTF-8 continuation bytes do not count.
std::size_t length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

void open_svg(Markup& m, double width, double height, const std::string& title, std::string_view css) {
  const std::string box = fmt::format("0 0 {} {}", number(width), number(height));
  m.open("svg", {{"xmlns", kSvgNamespace}, {"class", css}, {"viewBox", box}, {"width", "100%"}});
  m.element("title", title);
}

void text(Markup& m, double x, double y, std::string_view css, std::string_view content, std::string_view anchor) {
  m.open("text", {{"x", number(x)}, {"y", number(y)}, {"class", css}, {"text-anchor", anchor}}).text(content).close();
}

void line(Markup& m, double x1, double y1, double x2, double y2, std::string_view css) {
  m.empty("line", {{"x1", number(x1)}, {"y1", number(y1)}, {"x2", number(x2)}, {"y2", number(y2)}, {"class", css}});
}

void rect(Markup& m, double x, double y, double w, double h, std::string_view css) {
  m.empty("rect", {{"x", number(x)}, {"y", number(y)}, {"width", number(w)}, {"height", number(h)}, {"class", css}});
}

namespace {

double bars_height(const Layout& l, const Row& row) {
  const auto n = static_cast<double>(row.bars.size());
  return n * l.bar_height + std::max(0.0, n - 1) * l.series_gap;
}

// The lines written right of a bar, each with its class: a single bar's note and aside wrapped
// to two lines each; a grouped bar's on one line (cut short with "…": its title and the table
// have it whole).
std::vector<std::pair<std::string, std::string_view>> note_lines(const Layout& l, const Bar& b, bool single) {
  std::vector<std::pair<std::string, std::string_view>> lines;
  if (!single) {
    // wrap() gives no line for no text: a bar without a note has none.
    for (auto& text : wrap(b.aside.empty() ? b.note : b.note + " · " + b.aside, l.note_chars, 1))
      lines.emplace_back(std::move(text), "note");
    return lines;
  }
  for (auto& text : wrap(b.note, l.note_chars, 2)) lines.emplace_back(std::move(text), "note");
  for (auto& text : wrap(b.aside, l.note_chars, 2)) lines.emplace_back(std::move(text), "aside");
  return lines;
}

struct Placed {
  std::vector<std::string> label;  // the label's lines
  double y = 0;                    // top of the row
  double height = 0;
};

Placed place(const Layout& l, const Row& row, double y) {
  Placed p{wrap(row.label, l.label_chars, 2), y, 0};
  const double label_lines = static_cast<double>(p.label.size() + (row.marked && !row.mark.empty() ? 1 : 0));
  const double notes = row.bars.size() == 1 ? static_cast<double>(note_lines(l, row.bars.front(), true).size()) : 0;
  p.height = std::max({bars_height(l, row), label_lines * l.line_height, notes * l.line_height}) + 2 * l.row_padding;
  return p;
}

// The baseline of the first of `lines` lines of text centred on `middle`.
double first_baseline(const Layout& l, double middle, std::size_t lines) {
  return middle - static_cast<double>(lines) * l.line_height / 2 + l.line_height - 4.5;
}

void bar(Markup& m, const Layout& l, const Bar& b, double y, bool single, double origin) {
  const double mid = y + l.bar_height / 2;
  m.open("g", {{"class", "bar"}});
  m.element("title", b.title);
  const double from = x_of(l, std::min(origin, b.percent));
  rect(m, from, y, x_of(l, std::max(origin, b.percent)) - from, l.bar_height, "fill " + b.tone);
  if (b.low && b.high) {
    const double cap = l.bar_height * 0.3;
    line(m, x_of(l, *b.low), mid, x_of(l, *b.high), mid, "whisker");
    line(m, x_of(l, *b.low), mid - cap, x_of(l, *b.low), mid + cap, "whisker");
    line(m, x_of(l, *b.high), mid - cap, x_of(l, *b.high), mid + cap, "whisker");
  }
  m.close();
  const auto lines = note_lines(l, b, single);
  double baseline = first_baseline(l, mid, lines.size());
  for (const auto& [content, css] : lines) {
    text(m, l.note_left, baseline, css, content);
    baseline += l.line_height;
  }
}

void row(Markup& m, const Layout& l, const Row& r, const Placed& p, double origin) {
  const std::size_t lines = p.label.size() + (r.marked && !r.mark.empty() ? 1 : 0);
  double baseline = first_baseline(l, p.y + p.height / 2, lines);
  for (const auto& text_line : p.label) {
    text(m, l.label_width, baseline, r.marked ? "label marked" : "label", text_line, "end");
    baseline += l.line_height;
  }
  if (r.marked && !r.mark.empty()) text(m, l.label_width, baseline, "mark", r.mark, "end");
  double y = p.y + (p.height - bars_height(l, r)) / 2;
  for (const auto& b : r.bars) {
    bar(m, l, b, y, r.bars.size() == 1, origin);
    y += l.bar_height + l.series_gap;
  }
}

void zones(Markup& m, const Layout& l, const std::vector<Zone>& zs, double bottom) {
  for (const auto& z : zs) {
    rect(m, x_of(l, z.from), l.top, x_of(l, z.to) - x_of(l, z.from), bottom - l.top, "zone " + z.tone);
    text(m, (x_of(l, z.from) + x_of(l, z.to)) / 2, l.top - 8, "zone-label", z.label, "middle");
  }
}

void axis(Markup& m, const Layout& l, const BarChart& chart, double bottom, const Axis& scale) {
  const auto& labels = scale.tick_labels;
  if (scale.origin > 0) line(m, x_of(l, scale.origin), l.top, x_of(l, scale.origin), bottom, "axis");
  for (const auto& z : chart.zones)
    if (z.from > 0) line(m, x_of(l, z.from), l.top, x_of(l, z.from), bottom, "edge");
  line(m, l.plot_left, l.top, l.plot_left, bottom, "axis");
  line(m, l.plot_left, bottom, l.plot_left + l.plot_width, bottom, "axis");
  for (std::size_t i = 0; i < chart.ticks.size(); ++i) {
    const double t = chart.ticks[i];
    text(m, x_of(l, t), bottom + 17, "tick", i < labels.size() ? labels[i] : number(t) + "%", "middle");
  }
}

}  // namespace

std::string number(double value) {
  std::string s = fmt::format("{:.1f}", value);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

double x_of(const Layout& layout, double percent) {
  return layout.plot_left + layout.plot_width * std::clamp(percent, 0.0, 100.0) / 100.0;
}

std::vector<std::string> wrap(const std::string& text, int chars, int max_lines) {
  std::vector<std::string> lines;
  std::string_view rest = text;
  while (!rest.empty()) {
    if (static_cast<int>(lines.size()) == max_lines) {
      lines.back() += "…";
      break;
    }
    std::size_t end = rest.size();
    if (length(rest) > static_cast<std::size_t>(chars)) {
      // The last space within `chars` characters, or the first after them.
      std::size_t cut = std::string_view::npos;
      for (std::size_t i = 0, n = 0; i < rest.size() && n <= static_cast<std::size_t>(chars); ++i) {
        if (rest[i] == ' ') cut = i;
        if ((static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80) ++n;
      }
      end = cut != std::string_view::npos ? cut : std::min(rest.find(' '), rest.size());
    }
    lines.emplace_back(rest.substr(0, end));
    rest = end < rest.size() ? rest.substr(end + 1) : std::string_view();
  }
  return lines;
}

std::string bar_chart(const BarChart& chart, const Layout& l) { return bar_chart(chart, l, Axis{}); }

std::string bar_chart(const BarChart& chart, const Layout& l, const Axis& scale) {
  std::vector<Placed> placed;
  double y = l.top;
  for (const auto& r : chart.rows) {
    placed.push_back(place(l, r, y));
    y += placed.back().height;
  }
  Markup m;
  open_svg(m, l.width, y + l.bottom, chart.title, "chart bars");
  zones(m, l, chart.zones, y);
  for (std::size_t i = 1; i < placed.size(); ++i) line(m, 0, placed[i].y, l.width, placed[i].y, "rule");
  for (std::size_t i = 0; i < chart.rows.size(); ++i) row(m, l, chart.rows[i], placed[i], scale.origin);
  axis(m, l, chart, y, scale);
  m.close();
  return std::move(m).str();
}


namespace {

// The plot of a stacked chart or a score scale runs the chart's width but for a margin.
constexpr double kScaleLeft = 20;
constexpr double kScaleWidth = 920;

void segments(Markup& m, const Layout& l, const StackRow& r, double y) {
  double from = 0;
  for (const auto& s : r.segments) {
    const double x = x_of(l, 100 * from);
    const double w = x_of(l, 100 * (from + s.share)) - x;
    m.open("g", {{"class", "segment"}});
    m.element("title", s.title);
    rect(m, x, y, w, l.bar_height, "fill " + s.tone);
    m.close();
    // Written inside only where it fits (about 8 units a character and a margin).
    if (w >= 8.0 * static_cast<double>(length(s.label)) + 6)
      text(m, x + w / 2, y + l.bar_height / 2 + 4.5, "segment-label", s.label, "middle");
    from += s.share;
  }
}

}  // namespace

std::string stacked_chart(const StackChart& chart, const Layout& l) {
  std::vector<std::vector<std::string>> notes;
  std::vector<double> tops{l.top};
  for (const auto& r : chart.rows) {
    notes.push_back(wrap(r.note, l.note_chars, 2));
    const double text = static_cast<double>(notes.back().size()) * l.line_height;
    tops.push_back(tops.back() + std::max(l.bar_height, text) + 2 * l.row_padding);
  }
  Markup m;
  open_svg(m, l.width, tops.back() + l.bottom, chart.title, "chart stacked");
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const double mid = (tops[i] + tops[i + 1]) / 2;
    if (i > 0) line(m, 0, tops[i], l.width, tops[i], "rule");
    text(m, l.label_width, first_baseline(l, mid, 1), "label", wrap(chart.rows[i].label, l.label_chars, 1).front(), "end");
    segments(m, l, chart.rows[i], mid - l.bar_height / 2);
    double baseline = first_baseline(l, mid, notes[i].size());
    for (const auto& note : notes[i]) {
      text(m, l.note_left, baseline, "note", note);
      baseline += l.line_height;
    }
  }
  line(m, l.plot_left, l.top, l.plot_left, tops.back(), "axis");
  line(m, l.plot_left, tops.back(), l.plot_left + l.plot_width, tops.back(), "axis");
  for (double t : {0.0, 25.0, 50.0, 75.0, 100.0})
    text(m, x_of(l, t), tops.back() + 17, "tick", number(t) + "%", "middle");
  m.close();
  return std::move(m).str();
}

namespace {

// The x of the left edge of `points` on a scale of 0..max_score, each point a cell.
double score_x(const ScoreScale& s, double points) {
  return kScaleLeft + kScaleWidth * points / static_cast<double>(s.max_score + 1);
}

void score_marker(Markup& m, const ScoreScale& s, double top, double bottom) {
  const double low = score_x(s, s.low + 0.5), high = score_x(s, s.high + 0.5);
  if (s.low == s.high) {
    const std::string arrow = fmt::format("M{} {} l-7 -11 h14 z", number(low), number(top - 2));
    m.empty("path", {{"d", arrow}, {"class", "marker"}});
    line(m, low, top, low, bottom, "marker-line");
  } else {  // the range still possible: a bracket over it
    line(m, low, top - 6, high, top - 6, "bracket");
    line(m, low, top - 6, low, top + 2, "bracket");
    line(m, high, top - 6, high, top + 2, "bracket");
  }
  const double centre = std::clamp((low + high) / 2, kScaleLeft + 60, kScaleLeft + kScaleWidth - 60);
  text(m, centre, top - 16, "caption", s.caption, "middle");
}

}  // namespace

std::string score_scale(const ScoreScale& s) {
  constexpr double kTop = 40, kHeight = 24;
  Markup m;
  open_svg(m, kScaleLeft * 2 + kScaleWidth, kTop + kHeight + 24, s.title, "chart scale");
  // The bands' names go under the bar, where the marker cannot cross them.
  for (const auto& z : s.zones) {
    const double x = score_x(s, z.min), w = score_x(s, z.max + 1) - x;
    rect(m, x, kTop, w, kHeight, "fill " + z.tone);
    text(m, x + w / 2, kTop + kHeight + 17, "zone-name", z.label, "middle");
  }
  score_marker(m, s, kTop, kTop + kHeight);
  m.close();
  return std::move(m).str();
}

}  // namespace pdurate::report::html::svg
