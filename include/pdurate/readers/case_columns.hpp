// What a column heading (CSV) or case key (YAML) means under a set of rules. Shared by the CSV
// and YAML readers so that both accept exactly the same names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "pdurate/model/answer.hpp"
#include "pdurate/rules/rules.hpp"

namespace pdurate::readers {

struct CaseIdColumn {};
struct QuestionColumn {
  // The answer slot (Rules::question_slots): a key question's index into Rules::questions, or
  // Rules::finding_slot(f) for a finding. Both are read as answers (Yes/No/N/A).
  std::size_t question;
};
struct AttributeColumn {
  std::string name;
};
struct BadColumn {
  std::string message;  // e.g. "'2.1.4' is not a key question ...; did you mean '2.1.3'?"
};
using Column = std::variant<CaseIdColumn, QuestionColumn, AttributeColumn, BadColumn>;

// "case_id" (any case) is the case id; a key question's id ("2.1.3", "P2.1.3") or alias is that
// question; a finding's id ("P2.1.3.a", "2.1.3.a", "F.oversight") or alias is that finding's
// slot; a name shaped like a key-question or finding id that the rules do not define is an error;
// anything else is an attribute. `name` should already be trimmed.
Column classify_column(const rules::Rules& rules, std::string_view name);

// "'Maybe' is not an answer to 2.1.3 in case C017: write Yes, No or N/A (...)" and the empty
// answer equivalent: the one wording both readers use.
std::string bad_answer_message(const rules::Rules& rules, std::size_t question, std::string_view case_id,
                               std::string_view text);

// Removes leading and trailing spaces and tabs. Inline: it runs once per cell of bulk input.
inline std::string_view trim(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  return t;
}

}  // namespace pdurate::readers
