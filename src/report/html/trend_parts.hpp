// The parts of the HTML page of pdu-rate compare (trend_page.cpp) and what they share. Internal.
#pragma once

#include <vector>

#include "pdurate/app/trend.hpp"
#include "pdurate/rules/rules.hpp"
#include "report/html/markup.hpp"

namespace pdurate::report::html {

struct TrendPage {
  const rules::Rules& rules;  // the command's
  const app::TrendReport& report;
  const engine::Trend& trend;
  std::vector<const rules::Rules*> each;  // the rules each inspection was rated under
  Markup& out;
};

// Each standard's rating, the score and the overall rating, an inspection a column (trend_ratings.cpp).
void trend_ratings(const TrendPage& page);
// The key questions (or the findings): bars of % Yes per inspection, the changes around 0, and
// the table (trend_questions.cpp).
void trend_questions(const TrendPage& page, bool findings);

}  // namespace pdurate::report::html
