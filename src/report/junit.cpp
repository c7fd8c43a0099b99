#include "pdurate/report/junit.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"

namespace pdurate::report::junit {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence at s[i], or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    if (c == 0xEF && b(i + 1) == 0xBF && b(i + 2) >= 0xBE) return 0;  // U+FFFE, U+FFFF: not XML characters
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Escaped for an attribute value (in double quotes) or element text.
std::string escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    ++i;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += kReplacement;  // not allowed in XML 1.0
        else out += c;
    }
  }
  return out;
}

std::string attr(std::string_view s) { return escape(s, true); }
std::string text(std::string_view s) { return escape(s, false); }

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
