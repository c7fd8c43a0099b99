#include "report/markdown/blocks.hpp"

#include "pdurate/report/markdown.hpp"

namespace pdurate::report::markdown {
namespace {

std::string row(const std::vector<std::string>& cells) {
  std::string text = "|";
  for (const auto& c : cells) text += c.empty() ? " |" : " " + cell(c) + " |";
  return text + "\n";
}

}  // namespace

std::string table(const std::vector<std::string>& head, std::string_view align,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = row(head) + "|";
  for (char a : align) out += a == 'r' ? "---:|" : "---|";
  out += "\n";
  for (const auto& r : rows) out += row(r);
  return out + "\n";
}

std::string paragraph(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (std::string_view("*_`[]<>\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\n\n";
}

std::string bold(const std::string& text) { return text.empty() ? text : "**" + text + "**"; }

}  // namespace pdurate::report::markdown
