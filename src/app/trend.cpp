#include "pdurate/app/trend.hpp"

#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"

namespace pdurate::app {

Status TrendReport::status() const {
  Status s = Status::Passed;
  for (const auto& o : inspections)
    if (o.status() == Status::Invalid) s = Status::Invalid;
  return s;
}

TrendReport trend(const std::vector<std::string>& paths, const rules::Rules& rules, bool rules_given,
                        double level_percent) {
  TrendReport out;
  out.rules_given = rules_given;
  Request request;
  request.check_expectations = false;
  request.rules_given = rules_given;
  // The analysis tabulates the findings (at the comparison's level; nothing else is asked of it).
  request.analysis = readers::AnalysisText{};
  request.analysis->confidence = fmt::format("{}", level_percent);
  for (const auto& path : paths) out.inspections.push_back(assess(path, rules, request));
  if (out.status() == Status::Invalid) return out;
  std::vector<engine::TrendInput> inputs;
  for (const auto& o : out.inspections) inputs.push_back({&rules_of(o, rules), &o.rated->result, &o.rated->analysis->findings});
  out.trend = engine::trend(inputs, level_percent);
  return out;
}

}  // namespace pdurate::app
