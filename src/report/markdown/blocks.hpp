// Markdown blocks the views beyond one inspection (agree, compare) share: tables and paragraphs
// (internal to the report layer). Cells are escaped with markdown::cell (report/markdown.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pdurate::report::markdown {

// A GFM table: the header row, its delimiter row (align: a letter per column, 'l' or 'r'), the
// rows, then a blank line. Every cell is run through cell() (bold() before it is safe).
std::string table(const std::vector<std::string>& head, std::string_view align,
                  const std::vector<std::vector<std::string>>& rows);
// Text as one paragraph: line breaks and runs of spaces folded to one space, the characters
// Markdown would take as markup (* _ ` [ ] < > \) escaped, then a blank line. Text wrapped for
// a terminal thus reads the same, and a "* note" does not become a list item.
std::string paragraph(std::string_view text);
// "**text**", or "" for "": "****" is not bold text.
std::string bold(const std::string& text);

}  // namespace pdurate::report::markdown
