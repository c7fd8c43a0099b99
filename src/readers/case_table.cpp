#include "readers/case_table.hpp"


#include "pdurate/util/ascii.hpp"

namespace pdurate::readers::table {

bool is_id_like(std::string_view heading) {
  const auto name = util::ascii_lowercase(trim(heading));
  for (std::string_view id : {"id", "case", "caseid", "case id", "case-id", "case_ref", "case ref", "crn"})
    if (name == id) return true;
  return false;
}

bool is_total_id(std::string_view id) {
  for (std::string_view total : {"total", "totals", "grand total", "sum"})
    if (util::iequals(id, total)) return true;
  return false;
}

bool is_number(std::string_view text) {
  if (!text.empty() && text.back() == '%') text.remove_suffix(1);
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  bool digit = false, point = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' && !point) point = true;
    else return false;
  }
  return digit;
}

std::string duplicate_question(const rules::Rules& rules, std::string_view name, std::size_t question,
                               const std::string& first_column) {
  return fmt::format("'{}' is {} {} again (first in {})", name, rules.is_finding_slot(question) ? "finding" : "key question",
                     rules.slot_id(question), first_column);
}

}  // namespace pdurate::readers::table
