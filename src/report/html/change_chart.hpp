// A dot-and-whisker chart of changes around 0, in percentage points: each row a change (a dot)
// and its interval (a whisker), a line at 0, the rows whose interval leaves out 0 drawn bold with
// their figures. Inline SVG like the other charts (report/html/svg.hpp): each row carries its
// numbers in a <title> and beside the plot. Internal to report/html.
#pragma once

#include <string>
#include <vector>

namespace pdurate::report::html::svg {

struct ChangeRow {
  std::string label;  // "2.1.3 keeping other people safe"
  double change = 0;  // percentage points, -100 to 100
  double low = 0;
  double high = 0;
  bool marked = false;  // the interval leaves out 0
  std::string note;     // written right of the plot: "-31.0 [-43.9, -16.4] *"
  std::string title;    // its numbers in words
};

struct ChangeChart {
  std::string title;
  std::vector<ChangeRow> rows;
};

std::string change_chart(const ChangeChart& chart);

}  // namespace pdurate::report::html::svg
