// The JUnit XML of pdu-rate check. (tests/cli/cases/check-junit reads it with a real XML parser.)
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/junit.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

app::Outcome with(std::string file, bool met) {
  return checked(std::move(file), {expectation_check("P2.1", met, "Good", "Requires improvement")});
}

}  // namespace

TEST_CASE("one testcase per inspection with totals on the suite") {
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(with("a.yaml", true));
  outcomes.push_back(with("b.yaml", false));
  outcomes.push_back(invalid("c.yaml", {"c.yaml", 3, 5}, "unknown key"));
  const auto xml = report::junit::check(R(), outcomes, {"pdu-rate check", "r1"});
  CHECK(xml ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"pdu-rate check\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
        "  <testsuite name=\"pdu-rate check\" tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"0\">\n"
        "    <properties>\n"
        "      <property name=\"rules\" value=\"r1\"/>\n"
        "    </properties>\n"
        "    <testcase classname=\"pdu-rate check\" name=\"a.yaml\" file=\"a.yaml\"/>\n"
        "    <testcase classname=\"pdu-rate check\" name=\"b.yaml\" file=\"b.yaml\">\n"
        "      <failure message=\"1 of 1 expectations not met\" type=\"expectation\">"
        "P2.1: expected Good, got Requires improvement\n</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"pdu-rate check\" name=\"c.yaml\" file=\"c.yaml\">\n"
        "      <error message=\"invalid input: c.yaml:3:5: unknown key\" type=\"invalid input\">"
        "c.yaml:3:5: unknown key\n</error>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("markup characters are escaped and what XML cannot carry is replaced") {
  std::vector<app::Outcome> outcomes;
  outcomes.push_back(with("dir/<a & \"b\">.yaml", false));
  outcomes[0].rated->expectations[0].actual = "x\x01y \xC3\xA9 \xFF";  // a control character, é, not UTF-8
  const auto xml = report::junit::check(R(), outcomes, {"s", ""});
  CHECK(xml.find("name=\"dir/&lt;a &amp; &quot;b&quot;&gt;.yaml\"") != std::string::npos);
  CHECK(xml.find("got x\xEF\xBF\xBDy \xC3\xA9 \xEF\xBF\xBD\n</failure>") != std::string::npos);
  CHECK(xml.find("<properties>") == std::string::npos);  // no rules given
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\xFF') == std::string::npos);
}
