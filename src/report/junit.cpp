#include "pdurate/report/junit.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "pdurate/util/xml_escape.hpp"

namespace pdurate::report::junit {
namespace {

std::string attr(std::string_view s) { return util::xml_escape(s, util::XmlPlace::Attribute); }
std::string text(std::string_view s) { return util::xml_escape(s, util::XmlPlace::Text); }

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// One <testcase>: empty when passed, else with a <failure> or an <error>.
std::string testcase(const rules::Rules& rules, const app::Outcome& o, const Options& options) {
  const std::string open = fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"", attr(options.suite),
                                       attr(o.file), attr(o.file));
  switch (o.status()) {
    case app::Status::Passed: return open + "/>\n";
    case app::Status::Failed: {
      const auto differences = failures(rules, o);
      std::size_t unmet = 0;
      for (const auto& e : o.rated->expectations) unmet += e.met ? 0 : 1;
      const std::string message = unmet > 0 ? fmt::format("{} of {} expectations not met", unmet,
                                                          o.rated->expectations.size())
                                            : differences.front();
      return open + fmt::format(">\n      <failure message=\"{}\" type=\"expectation\">{}</failure>\n    </testcase>\n",
                                attr(message), text(join_lines(differences)));
    }
    case app::Status::Invalid: break;
  }
  std::vector<std::string> lines;
  for (const auto& d : o.problems.listed()) lines.push_back(util::format(d));
  return open + fmt::format(">\n      <error message=\"{}\" type=\"invalid input\">{}</error>\n    </testcase>\n",
                            attr(fmt::format("invalid input: {}", lines.front())), text(join_lines(lines)));
}

}  // namespace

std::string check(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options) {
  const auto c = app::count(outcomes);
  const std::string totals = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"", outcomes.size(), c.failed,
                                         c.invalid);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"{}\" {}>\n", attr(options.suite), totals);
  out += fmt::format("  <testsuite name=\"{}\" {} skipped=\"0\">\n", attr(options.suite), totals);
  if (!options.rules.empty()) {
    out += "    <properties>\n";
    out += fmt::format("      <property name=\"rules\" value=\"{}\"/>\n", attr(options.rules));
    out += "    </properties>\n";
  }
  for (const auto& o : outcomes) out += testcase(app::rules_of(o, rules), o, options);
  out += "  </testsuite>\n";
  out += "</testsuites>\n";
  return out;
}

}  // namespace pdurate::report::junit
