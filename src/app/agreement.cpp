#include "pdurate/app/agreement.hpp"

#include <fmt/format.h>

#include "pdurate/app/pipeline.hpp"

namespace pdurate::app {
namespace {

// "80 cases, the first BC001": enough to see why two files share no case id.
std::string first_ids(const model::CaseSet& cases) {
  if (cases.empty()) return "no cases";
  return fmt::format("{} case{}, the first {}", cases.size(), cases.size() == 1 ? "" : "s", cases.id(0));
}

}  // namespace

Agreement agree(const std::string& first, const std::string& second, const rules::Rules& rules, bool rules_given,
                double level_percent) {
  Agreement a;
  a.level = level_percent;
  Request request;
  request.check_expectations = false;  // agreement is a report: a file's expect: block is not held to it
  request.rules_given = rules_given;
  request.keep_cases = true;
  a.first = assess(first, rules, request);
  request.rules_given = true;  // SECOND under FIRST's rules, whatever its own rules: says
  a.second = assess(second, a.rules(rules), request);
  if (const auto named = named_rules(second); !rules_given && named && *named != a.rules(rules).id)
    a.notes.push_back(fmt::format("{} names its rules ({}): agree rates both under FIRST's, {}; give --rules to "
                                  "choose", second, *named, a.rules(rules).id));
  a.problems.append(a.first.problems);
  a.problems.append(a.second.problems);
  if (!a.problems.empty()) return a;
  const auto& one = a.first.rated->inspection;
  const auto& two = a.second.rated->inspection;
  a.match = engine::match_cases(one.cases, two.cases);
  if (a.match.both.empty()) {
    a.problems.add(util::Location{second, 0, 0},
                   fmt::format("no case id is in both files ({}: {}; {}: {}): agree compares the judgements of "
                               "the same cases, matched by case id", first, first_ids(one.cases), second,
                               first_ids(two.cases)));
    return a;
  }
  a.questions = engine::question_agreement(one.cases, two.cases, a.match, level_percent);
  a.consequence = engine::consequence(a.rules(rules), one, two, a.questions);
  return a;
}

}  // namespace pdurate::app
