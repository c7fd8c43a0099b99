#include "pdurate/readers/case_csv.hpp"

#include <fmt/format.h>
#include <vector>

#include "pdurate/ascii.hpp"
#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/csv_parser.hpp"
#include "pdurate/readers/text_position.hpp"

namespace pdurate::readers {
namespace {

// Collects a file's diagnostics up to kMaxErrorsPerFile.
class ErrorSink {
 public:
  ErrorSink(const std::string& file, Diagnostics& errors) : file_(file), errors_(errors) {}
  void add(TextPosition p, std::string message) {
    if (++count_ <= kMaxErrorsPerFile) errors_.add({file_, p.line, p.column}, std::move(message));
  }
  void whole_file(std::string message) {
    ++count_;
    errors_.add({file_, 0, 0}, std::move(message));
  }
  std::size_t count() const { return count_; }
  void finish() {
    if (count_ > kMaxErrorsPerFile)
      errors_.add({file_, 0, 0}, fmt::format("{} more problems not listed", count_ - kMaxErrorsPerFile));
  }

 private:
  const std::string& file_;
  Diagnostics& errors_;
  std::size_t count_ = 0;
};

struct Layout {
  std::size_t case_id = 0;
  // For each CSV column: which question (>= 0) or attribute it feeds.
  struct Slot {
    enum Kind { CaseId, Question, Attribute } kind = Attribute;
    std::size_t index = 0;
  };
  std::vector<Slot> slots;
};

bool looks_like_data(const CsvParser& header) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (model::parse_answer(trim(header.field(i)))) return true;
  return false;
}

// Says why the header has no case_id column: it is data, or a differently named id column.
void no_case_id(const CsvParser& csv, ErrorSink& sink) {
  if (looks_like_data(csv)) {
    sink.add({csv.line(), 1}, "no header row: the first line holds answers; add a header such as "
                              "case_id,case_type,2.1.1,2.1.2,...");
    return;
  }
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const auto name = ascii_lowercase(trim(csv.field(i)));
    if (name == "id" || name == "case" || name == "caseid" || name == "case id" || name == "case-id" ||
        name == "case_ref" || name == "case ref" || name == "crn") {
      sink.add(csv.position(csv.field_offset(i)),
               fmt::format("no case_id column: if '{}' holds the case ids, head it case_id", trim(csv.field(i))));
      return;
    }
  }
  sink.add({csv.line(), 1}, "no case_id column: add a column headed case_id with a unique id for each case");
}

std::optional<Layout> read_header(CsvParser& csv, const rules::Rules& rules, model::CaseSet& cases, ErrorSink& sink) {
  bool has_case_id = false;
  for (std::size_t i = 0; i < csv.size(); ++i)
    has_case_id = has_case_id || std::holds_alternative<CaseIdColumn>(classify_column(rules, trim(csv.field(i))));
  if (!has_case_id) {
    no_case_id(csv, sink);
    return std::nullopt;
  }
  Layout layout;
  std::optional<std::size_t> case_id;
  std::vector<std::string> seen_names;
  std::vector<std::size_t> question_column(rules.question_slots(), SIZE_MAX);
  bool ok = true;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const auto name = trim(csv.field(i));
    const auto where = csv.position(csv.field_offset(i));
    if (name.empty()) {
      sink.add(where, fmt::format("column {} has no heading: name it (case_id, a key question id such as 2.1.1, "
                                  "or an attribute such as case_type)", i + 1));
      ok = false;
      continue;
    }
    Column column = classify_column(rules, name);
    if (auto* bad = std::get_if<BadColumn>(&column)) {
      sink.add(where, bad->message);
      ok = false;
    } else if (std::holds_alternative<CaseIdColumn>(column)) {
      if (case_id) {
        sink.add(where, fmt::format("a second case_id column (the first is column {})", *case_id + 1));
        ok = false;
      }
      case_id = i;
      layout.slots.push_back({Layout::Slot::CaseId, 0});
    } else if (auto* q = std::get_if<QuestionColumn>(&column)) {
      if (question_column[q->question] != SIZE_MAX) {
        sink.add(where, fmt::format("'{}' is {} {} again (first in column {})", name,
                                    rules.is_finding_slot(q->question) ? "finding" : "key question",
                                    rules.slot_id(q->question), question_column[q->question] + 1));
        ok = false;
      }
      question_column[q->question] = i;
      cases.mark_present(q->question);
      layout.slots.push_back({Layout::Slot::Question, q->question});
    } else {
      const auto& attribute = std::get<AttributeColumn>(column).name;
      if (cases.find_attribute(attribute)) {
        sink.add(where, fmt::format("column '{}' appears twice", attribute));
        ok = false;
      }
      layout.slots.push_back({Layout::Slot::Attribute, cases.add_attribute(attribute)});
    }
  }
  if (!ok) return std::nullopt;
  layout.case_id = *case_id;
  return layout;
}

}  // namespace

std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               Diagnostics& errors) {
  const std::string& file = source.name();
  ErrorSink sink(file, errors);
  const std::string_view text = source.text();
  if (auto bad = find_invalid_utf8(text)) {
    const auto p = position_of(text, *bad);
    errors.add({file, p.line, p.column}, "invalid UTF-8: save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
    return std::nullopt;
  }

  model::Inspection inspection;
  inspection.file = file;
  inspection.cases = model::CaseSet(rules.question_slots());
  model::CaseSet& cases = inspection.cases;

  CsvParser csv(text);
  if (!csv.next()) {
    if (auto e = csv.error()) {
      sink.add(position_of(text, e->offset), e->message);
    } else {
      sink.whole_file("empty file: expected a header row (case_id, the key question ids 2.1.1 to 2.4.3, "
                      "any attributes) and one row per case");
    }
    return std::nullopt;
  }
  auto layout = read_header(csv, rules, cases, sink);
  if (!layout) {
    sink.finish();
    return std::nullopt;
  }
  const std::size_t columns = layout->slots.size();

  while (csv.next()) {
    ++inspection.rows_read;
    if (csv.size() != columns) {
      if (csv.size() > columns)
        sink.add(csv.position(csv.field_offset(columns)),
                 fmt::format("row has {} fields but the header has {}: remove the extra fields or quote a field "
                             "that contains a comma", csv.size(), columns));
      else
        sink.add(csv.position(csv.record_end()),
                 fmt::format("row has {} fields but the header has {}: every row needs a value in every column",
                             csv.size(), columns));
      continue;
    }
    const auto id = trim(csv.field(layout->case_id));
    if (id.empty()) {
      sink.add(csv.position(csv.field_offset(layout->case_id)), "empty case_id: every case needs a unique id");
      continue;
    }
    auto c = cases.add_case(id, csv.line());
    if (!c) {
      sink.add(csv.position(csv.field_offset(layout->case_id)),
               fmt::format("duplicate case id '{}' (first on line {}): each case appears once", id,
                           cases.line(*cases.find(id))));
      continue;
    }
    for (std::size_t i = 0; i < columns; ++i) {
      const auto& slot = layout->slots[i];
      if (slot.kind == Layout::Slot::Question) {
        const auto value = trim(csv.field(i));
        if (auto answer = model::parse_answer(value))
          cases.set_answer(*c, slot.index, *answer);
        else
          sink.add(csv.position(csv.field_offset(i)), bad_answer_message(rules, slot.index, id, value));
      } else if (slot.kind == Layout::Slot::Attribute) {
        cases.set_attribute(*c, slot.index, trim(csv.field(i)));
      }
    }
  }
  if (auto e = csv.error()) {
    const auto p = position_of(text, e->offset);
    sink.add(p, e->message);
  }
  if (sink.count() == 0 && cases.empty())
    sink.whole_file("no cases: the file has a header row but no case rows");
  sink.finish();
  if (sink.count() != 0) return std::nullopt;
  return inspection;
}

}  // namespace pdurate::readers
