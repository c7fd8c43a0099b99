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
  std::string message;  // e.g. "'2.1.4' looks like a key question id but ...; P2.1 has 2.1.1, 2.1.2, 2.1.3"
};
using Column = std::variant<CaseIdColumn, QuestionColumn, AttributeColumn, BadColumn>;

// "case_id" (any case) is the case id; a key question's id ("2.1.3", "P2.1.3") or alias is that
// question; a finding's id ("P2.1.3.a", "2.1.3.a", "F.oversight") or alias is that finding's
// slot; a name shaped like a key-question or finding id that the rules do not define is an error.
// A name that is no id or alias as written but resembles a question is that question when it
// can only mean it, else an error naming what it resembles (never an attribute):
// - a question's id, text or alias, ignoring case, runs of spaces, '_' and '-', and trailing
//   punctuation ("2.1.1.", "Does assessment ... on probation", "Assessment engagement");
// - one id with a prefix or suffix ("Q2.1.1", "KQ 2.1.1", "2,1,1", "2.1.1 Assessment
//   engagement"), unless its words are closer to another question's text (then an error);
// - words like a question's text (readers/heading_match.cpp says how alike): always an error,
//   as texts one word apart are different questions ("Does assessment/planning focus ...").
// Anything else is an attribute. `name` should already be trimmed.
Column classify_column(const rules::Rules& rules, std::string_view name);

// "'Maybe' is not an answer to 2.1.3 in case C017: write Yes, No or N/A (...)" and the empty
// answer equivalent: the one wording both readers use.
std::string bad_answer_message(const rules::Rules& rules, std::size_t question, std::string_view case_id,
                               std::string_view text);

// What a field holding a carriage return means, and what to do: the usual cause is a CRLF file
// whose line ends were converted again (CR CR LF), which leaves a CR at the end of each row.
inline constexpr std::string_view kCarriageReturnHint =
    "it holds a carriage return (CR), as when a file's line ends were converted twice (CR CR LF); save the file "
    "again as CSV, or remove it";

// Removes leading and trailing spaces and tabs. Inline: it runs once per cell of bulk input.
inline std::string_view trim(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  return t;
}

}  // namespace pdurate::readers
