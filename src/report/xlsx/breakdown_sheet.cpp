// By ATTRIBUTE (--by): the cases split by one attribute, one row per group and question (key
// questions, then findings), every group's figures and the rating each casework standard would
// have on that group alone; the last group is every case. Long rather than wide, so a filter
// or a pivot table takes it as it is.
#include <fmt/format.h>

#include "report/xlsx/sheets.hpp"
#include "report/xlsx/libxlsxwriter.hpp"

namespace pdurate::report::xlsx {
namespace {

enum Col : std::size_t { kGroup, kCases, kRated, kStandard, kRating, kQuestion, kKind, kTopic, kYes, kEnd = kYes + 5 };

std::vector<std::string> headings(const engine::Breakdown& b) {
  std::vector<std::string> h{b.name, "Cases", "Group rated", "Standard", "Standard's rating on the group", "Question",
                             "Kind", "Topic"};
  h.insert(h.end(), kTallyHeadings.begin(), kTallyHeadings.end());
  return h;
}

class Groups {
 public:
  Groups(Sheet& sheet, const rules::Rules& rules, const engine::Breakdown& b) : sheet_(sheet), rules_(rules), b_(b) {}

  void group(const engine::BreakdownGroup& g, bool total) {
    for (std::size_t slot = 0; slot < rules_.question_slots(); ++slot) {
      if (slot >= g.tallies.present.size() || !g.tallies.present[slot]) continue;
      const auto standard = standard_of(slot);
      sheet_.text(row_, kGroup, total ? "All cases" : g.value.empty() ? "(blank)" : g.value);
      sheet_.count(row_, kCases, g.cases);
      sheet_.text(row_, kRated, g.too_small ? fmt::format("no: under {} cases", b_.min_group_size) : "yes");
      if (standard) {
        sheet_.text(row_, kStandard, rules_.standards[*standard].id);
        if (const auto& r = g.ratings[*standard]) sheet_.text(row_, kRating, rules_.rating_name(*r));
      }
      sheet_.text(row_, kQuestion, rules_.slot_id(slot));
      sheet_.text(row_, kKind, rules_.is_finding_slot(slot) ? "finding" : "key question");
      sheet_.text(row_, kTopic, topic(slot));
      tally_cells(sheet_, row_, kYes, g.tallies.questions[slot]);
      ++row_;
    }
  }
  std::size_t rows() const { return row_; }

 private:
  // The standard a question belongs to: a key question's, a prompt's parent's; none for a free-standing finding.
  std::optional<std::size_t> standard_of(std::size_t slot) const {
    if (!rules_.is_finding_slot(slot)) return rules_.questions[slot].standard;
    const auto& f = rules_.findings[slot - rules_.questions.size()];
    return f.parent ? std::optional(rules_.questions[*f.parent].standard) : std::nullopt;
  }
  const std::string& topic(std::size_t slot) const {
    return rules_.is_finding_slot(slot) ? rules_.findings[slot - rules_.questions.size()].topic
                                        : rules_.questions[slot].topic;
  }

  Sheet& sheet_;
  const rules::Rules& rules_;
  const engine::Breakdown& b_;
  std::size_t row_ = 1;
};

}  // namespace

void breakdown_sheet(Workbook& book, const rules::Rules& rules, const engine::Breakdown& breakdown) {
  Sheet& sheet = book.add_sheet("By " + breakdown.name);
  sheet.header(0, headings(breakdown));
  sheet.freeze(1, 1);
  Groups groups(sheet, rules, breakdown);
  for (const auto& g : breakdown.groups) groups.group(g, false);
  groups.group(breakdown.total, true);
  lxw().worksheet_autofilter(sheet.raw(), 0, 0, static_cast<lxw_row_t>(groups.rows() - 1), kEnd - 1);
}

}  // namespace pdurate::report::xlsx
