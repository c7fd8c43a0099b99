// The chart primitives of the HTML report, as inline SVG: horizontal bars of a percentage
// against band zones (one bar a row, or one per group), bars of shares stacked to 100%, and a
// score on the score bands' scale. Each shape carries its numbers in a <title> (read by screen
// readers and shown on hover); colour is a CSS class (report/html/stylesheet.hpp), never the
// only cue: every bar has its figures written beside it. Internal to report/html.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/html/markup.hpp"

namespace pdurate::report::html::svg {

// Where a bar chart's parts go, in SVG user units; the chart scales to the width of the page.
struct Layout {
  double width = 1000;       // the whole chart; printed on A4 it is scaled to about 0.7
  double label_width = 270;  // row labels, left of the plot
  double plot_left = 282;    // x of 0%
  double plot_width = 340;   // 0% to 100%
  double note_left = 636;    // the figures written right of the plot
  double bar_height = 20;
  double series_gap = 3;     // between the bars of one row
  double row_padding = 7;    // above and below a row's bars
  double top = 24;           // room for the zones' names
  double bottom = 26;        // room for the axis
  double line_height = 17;   // of labels and notes
  int label_chars = 31;      // a label line's length before it wraps (15px text, about 8.4 units a character)
  int note_chars = 42;       // likewise for the notes right of the plot
};

// The x of a percentage (0 to 100, clamped) on the plot.
double x_of(const Layout& layout, double percent);

// A background zone of the plot: a band of the rating scale, say 50% to 65% "RI".
struct Zone {
  double from = 0;  // percent
  double to = 0;
  std::string tone;   // CSS class of its colour, e.g. "r1"
  std::string label;  // written above the plot
};

struct Bar {
  double percent = 0;                  // 0 to 100
  std::optional<double> low, high;     // an interval as a whisker, in percent
  std::string tone;                    // CSS class of its colour
  std::string title;                   // its numbers in words
  std::string note;                    // written right of the plot: "36/79 · 45.6%"
  std::string aside;                   // a second, quieter line: "+4 to Requires improvement"
};

struct Row {
  std::string label;
  bool marked = false;  // drawn bold with the mark line under its label (the lowest key question)
  std::string mark;     // e.g. "lowest: sets the rating"
  std::vector<Bar> bars;
};

struct BarChart {
  std::string title;           // the chart's description, its <title>
  std::vector<Zone> zones;     // may be empty
  std::vector<double> ticks;   // percentages marked on the axis
  std::vector<Row> rows;
};

std::string bar_chart(const BarChart& chart, const Layout& layout = {});

// A scale other than a percentage's (kappa, from -1 to 1), drawn on the same 0 to 100: where its
// bars start (an axis line drawn there too, when it is not the left edge), and what its ticks say.
struct Axis {
  double origin = 0;                     // where every bar starts, on 0 to 100
  std::vector<std::string> tick_labels;  // one per tick of the chart; empty: "50%"
};

std::string bar_chart(const BarChart& chart, const Layout& layout, const Axis& axis);

// Shares stacked to 100%: how likely each rating is.
struct Segment {
  double share = 0;    // 0 to 1
  std::string tone;
  std::string label;   // written inside when it fits, e.g. "97%"
  std::string title;
};

struct StackRow {
  std::string label;
  std::vector<Segment> segments;
  std::string note;
};

struct StackChart {
  std::string title;
  std::vector<StackRow> rows;
};

std::string stacked_chart(const StackChart& chart, const Layout& layout = {});

// A score on the scale of the score bands: each band a zone, the score a marker, or while
// standards are not rated the range still possible as a bracket.
struct ScoreZone {
  int min = 0;  // inclusive, in points
  int max = 0;
  std::string tone;
  std::string label;
};

struct ScoreScale {
  std::string title;
  int max_score = 0;
  std::vector<ScoreZone> zones;
  int low = 0;  // the score, or the range still possible
  int high = 0;
  std::string caption;  // written at the marker: "1/21"
};

std::string score_scale(const ScoreScale& scale);

// The drawing primitives the charts share (other chart files, e.g. change_chart.cpp, use them).
void open_svg(Markup& m, double width, double height, const std::string& title, std::string_view css);
void text(Markup& m, double x, double y, std::string_view css, std::string_view content,
          std::string_view anchor = "start");
void line(Markup& m, double x1, double y1, double x2, double y2, std::string_view css);
void rect(Markup& m, double x, double y, double w, double h, std::string_view css);

// A number for an SVG attribute: one decimal place at most ("182.4", "50").
std::string number(double value);

// Text split at spaces into lines of at most `chars` characters (a word longer stays whole),
// at most `max_lines` of them, the last ending in "…" when text is left over.
std::vector<std::string> wrap(const std::string& text, int chars, int max_lines);

}  // namespace pdurate::report::html::svg
