// The one reading of a table of cases, whatever file holds it: find the header, make sense of
// its columns, then check and keep every row. The CSV reader (case_csv.cpp) and the workbook
// reader (case_xlsx.cpp) each supply a Cursor over their records, so both accept and refuse
// exactly the same tables, with the same words, at their own kind of place (line:column, or
// Sheet!Cell).
//
// A Cursor walks the records front to back and says where things are:
//   bool next();                        // the next record; false at the end or on an error
//   std::size_t size() const;           // fields in the record
//   std::string_view field(i) const;
//   Fields fields() const;              // plain(), head(i), size(i), plain_head(i), plain_size(i),
//                                       // plain_text(), plain_bounds()
//                                       // (as CsvParser::Fields; plain() may always be false)
//   util::Location at(i) const;         // field i; i == size(): just past the last field
//   util::Location at_row() const;      // the record as a whole
//   util::Location whole() const;       // the whole table
//   std::size_t row() const;            // line or row number where the record starts
//   std::string column_name(i) const;   // "column 16" or "column P"
//   std::string row_name(n) const;      // "line 5" or "row 5"
//   void report_error(util::Diagnostics&) const;  // the error that stopped next(), if any
//   template <class F> void pace(std::size_t rows, F expect);  // once a row: may call expect(n)
//   void rewind();                      // back to before the first record
//   void set_width(std::size_t n);      // rows read after it have at least n fields
//   static constexpr bool kDelimited;   // a long row is a quoting mistake (CSV: delimiter_name())
//   static constexpr const char* kKind; // "file" or "sheet", for messages
#pragma once

#include <fmt/format.h>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "pdurate/model/inspection.hpp"
#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/limits.hpp"
#include "pdurate/readers/table_options.hpp"
#include "pdurate/rules/rules.hpp"
#include "pdurate/util/diagnostics.hpp"
#include "readers/answer_keys.hpp"
#include "readers/answer_tally.hpp"
#include "readers/case_sinks.hpp"
#include "readers/group_sink.hpp"

namespace pdurate::readers {

// Non-template parts of the table reader (case_table.cpp).
namespace table {

// A column of answers in the table: its position, and the answer slot (question) it feeds.
struct AnswerColumn {
  std::size_t column, question;
};

// How many records below the first a case_id heading is looked for, to say where it is.
inline constexpr std::size_t kHeaderSearch = 20;

bool is_id_like(std::string_view heading);
// True when the id names a totals row ("Total", "Totals", "Grand total"; any case).
bool is_total_id(std::string_view id);
// A quick first look for is_total_id, once a row: false for nearly every case id.
inline bool may_be_total_id(std::string_view id) {
  if (id.size() < 3 || id.size() > 11) return false;
  const char c = static_cast<char>(id[0] | 0x20);
  return (c == 't' || c == 'g' || c == 's') && is_total_id(id);
}
// True when the text is a number as a spreadsheet writes one ("13", "45.6", "45.6%", "-2").
bool is_number(std::string_view text);
// "column 'x' appears twice" and the like: the message for a second column feeding one slot.
std::string duplicate_question(const rules::Rules& rules, std::string_view name, std::size_t question,
                               const std::string& first_column);

}  // namespace table

template <class Cursor>
class CaseTable {
 public:
  CaseTable(Cursor& cursor, const rules::Rules& rules, const TableOptions& options, util::Diagnostics& errors)
      : cursor_(cursor), rules_(rules), options_(options), errors_(errors) {}

  // The cases, or nullopt with every problem reported. `source` is filled in with what was
  // skipped and where the header was.
  std::optional<model::Inspection> read(const CaseDetail& detail, model::CaseSource source);

 private:
  void problem(const util::Location& at, std::string message) { errors_.add(at, std::move(message)); }

  bool find_header(model::CaseSource& source);
  bool has_case_id() const;
  void no_case_id();
  bool header();
  bool column(std::size_t i, std::vector<std::size_t>& question_column, std::optional<std::size_t>& case_id);
  std::vector<table::AnswerColumn> question_columns() const;
  template <class Sink> std::size_t rows(Sink& sink, model::Tallies& counts, model::CaseSource& source);
  enum class RowKind { Case, Empty, Bad };
  // `report` false: the same answer, its problems not reported again (a second pass).
  [[gnu::always_inline]] RowKind classify_row(bool report = true);  // once per row of bulk input
  RowKind classify_other_row(bool report);
  bool blank(std::size_t from) const;
  bool totals_row(std::string_view id, const std::vector<table::AnswerColumn>& questions);
  bool is_totals_row(std::string_view id, const std::vector<table::AnswerColumn>& questions) const;
  template <class Sink>
  void answers(const std::vector<table::AnswerColumn>& questions, AnswerTally& tally, std::string_view id, bool keep,
               Sink& sink);
  template <class Sink> AnswerTally& row_tally(Sink& sink, AnswerTally& whole);
  template <class Sink> void column_counts(Sink& sink, AnswerTally& whole, const std::vector<table::AnswerColumn>& questions,
                                           model::Tallies& counts);
  void confirm_duplicates(const std::unordered_set<std::uint64_t>& repeated);
  std::vector<std::string> every_id();
  // A second pass: `visit(id)` for the first `limit` case ids, in order: the ids rows() gave its
  // sink (trimmed, not empty, not on a totals row).
  template <class Visit>
  void for_each_id(Visit&& visit, std::size_t limit = SIZE_MAX);
  void add_earlier_ids(CountOnly& ids);
  void read_groups(const CaseDetail& detail, model::Inspection& inspection, model::CaseSource& source);

  Cursor& cursor_;
  const rules::Rules& rules_;
  const TableOptions& options_;
  util::Diagnostics& errors_;
  Layout layout_;
  std::size_t header_row_ = 0;
};

template <class Cursor>
bool CaseTable<Cursor>::has_case_id() const {
  for (std::size_t i = 0; i < cursor_.size(); ++i)
    if (std::holds_alternative<CaseIdColumn>(classify_column(rules_, trim(cursor_.field(i))))) return true;
  return false;
}

// Says why the header has no case_id column: it is lower down, it is data, or the id column is
// named differently.
template <class Cursor>
void CaseTable<Cursor>::no_case_id() {
  const auto first = cursor_.at_row();
  bool data = false;
  for (std::size_t i = 0; i < cursor_.size(); ++i) data = data || model::parse_answer(trim(cursor_.field(i)));
  for (std::size_t i = 0; i < cursor_.size(); ++i)
    if (table::is_id_like(cursor_.field(i)))
      return problem(cursor_.at(i), fmt::format("no case_id column: if '{}' holds the case ids, head it case_id",
                                                trim(cursor_.field(i))));
  for (std::size_t above = 1; above <= table::kHeaderSearch && cursor_.next(); ++above)
    if (has_case_id())
      return problem(cursor_.at_row(),
                     options_.header_row != 0
                         ? fmt::format("the case_id heading is on {}, not {}: use --header-row {}",
                                       cursor_.row_name(cursor_.row()), cursor_.row_name(options_.header_row),
                                       cursor_.row())
                         : fmt::format("the case_id heading is on {}: delete the {} row{} above it, or use "
                                       "--header-row {}", cursor_.row_name(cursor_.row()), above,
                                       above == 1 ? "" : "s", cursor_.row()));
  if (data)
    return problem(first, "no header row: the first row holds answers; add a header such as "
                          "case_id,case_type,2.1.1,2.1.2,...");
  problem(first, "no case_id column: add a column headed case_id with a unique id for each case");
}

// Moves the cursor to the header: the first record, or the one --header-row names.
template <class Cursor>
bool CaseTable<Cursor>::find_header(model::CaseSource& source) {
  bool found = cursor_.next();
  while (found && options_.header_row != 0 && cursor_.row() < options_.header_row) found = cursor_.next();
  if (!found) {
    const std::size_t before = errors_.count();
    cursor_.report_error(errors_);
    if (errors_.count() == before)
      problem(cursor_.whole(), options_.header_row == 0
                                   ? fmt::format("empty {}: expected a header row (case_id, the key question ids such "
                                                 "as {}, any attributes) and one row per case", Cursor::kKind,
                                                 rules_.questions.empty() ? "2.1.1" : rules_.questions[0].short_id)
                                   : fmt::format("--header-row {}: the {} ends before it", options_.header_row,
                                                 Cursor::kKind));
    return false;
  }
  if (options_.header_row != 0 && cursor_.row() != options_.header_row) {
    problem(cursor_.at_row(), fmt::format("--header-row {}: that row is empty; the first row below it is {}",
                                          options_.header_row, cursor_.row()));
    return false;
  }
  header_row_ = source.header_row = cursor_.row();
  return true;
}

// Column i of the header into the layout; false (with the problem reported) when it is wrong.
template <class Cursor>
bool CaseTable<Cursor>::column(std::size_t i, std::vector<std::size_t>& question_column,
                               std::optional<std::size_t>& case_id) {
  const auto name = trim(cursor_.field(i));
  if (name.empty()) {  // checked row by row: it must stay empty
    layout_.unheaded.push_back(i);
    layout_.slots.push_back({Layout::Slot::Unheaded, 0});
    return true;
  }
  layout_.headed_width = i + 1;
  const Column column = classify_column(rules_, name);
  if (const auto* bad = std::get_if<BadColumn>(&column)) {
    problem(cursor_.at(i), bad->message);
    return false;
  }
  if (std::holds_alternative<CaseIdColumn>(column)) {
    const bool again = case_id.has_value();
    if (again) problem(cursor_.at(i), fmt::format("a second case_id column (the first is {})", cursor_.column_name(*case_id)));
    case_id = i;
    layout_.slots.push_back({Layout::Slot::CaseId, 0});
    return !again;
  }
  if (const auto* q = std::get_if<QuestionColumn>(&column)) {
    const bool again = question_column[q->question] != SIZE_MAX;
    if (again)
      problem(cursor_.at(i), table::duplicate_question(rules_, name, q->question,
                                                       cursor_.column_name(question_column[q->question])));
    question_column[q->question] = i;
    layout_.present[q->question] = true;
    layout_.slots.push_back({Layout::Slot::Question, q->question});
    return !again;
  }
  const auto& attribute = std::get<AttributeColumn>(column).name;
  const bool again = std::find(layout_.attributes.begin(), layout_.attributes.end(), attribute) != layout_.attributes.end();
  if (again) problem(cursor_.at(i), fmt::format("column '{}' appears twice", attribute));
  layout_.slots.push_back({Layout::Slot::Attribute, layout_.attributes.size()});
  layout_.attributes.push_back(attribute);
  return !again;
}

template <class Cursor>
bool CaseTable<Cursor>::header() {
  if (cursor_.size() > kMaxColumns) {
    problem(cursor_.at_row(), fmt::format("{} columns: at most {} are read (case_id, the key questions and attributes); "
                                          "is this a table of cases?", cursor_.size(), kMaxColumns));
    return false;
  }
  if (!has_case_id()) {
    no_case_id();
    return false;
  }
  layout_.present.assign(rules_.question_slots(), false);
  std::vector<std::size_t> question_column(rules_.question_slots(), SIZE_MAX);
  std::optional<std::size_t> case_id;
  bool ok = true;
  for (std::size_t i = 0; i < cursor_.size(); ++i) ok = column(i, question_column, case_id) && ok;
  layout_.case_id = case_id.value_or(0);
  // Unheaded columns after the last heading are simply absent from shorter rows.
  layout_.header_width = cursor_.size();
  while (layout_.slots.size() > layout_.headed_width) layout_.slots.pop_back();
  std::erase_if(layout_.unheaded, [&](std::size_t c) { return c >= layout_.headed_width; });
  cursor_.set_width(layout_.headed_width);
  return ok;
}

// True when every field from `from` on is blank.
template <class Cursor>
bool CaseTable<Cursor>::blank(std::size_t from) const {
  for (std::size_t i = from; i < cursor_.size(); ++i)
    if (!trim(cursor_.field(i)).empty()) return false;
  return true;
}

// Whether the record is a case to read, a row with no value (skipped), or a row of the wrong
// shape (reported). Nearly every row of bulk input is a case of the header's width, decided by
// the first comparison.
template <class Cursor>
inline typename CaseTable<Cursor>::RowKind CaseTable<Cursor>::classify_row(bool report) {
  if (cursor_.size() == layout_.slots.size() && layout_.unheaded.empty()) [[likely]]
    return RowKind::Case;
  return classify_other_row(report);
}

template <class Cursor>
typename CaseTable<Cursor>::RowKind CaseTable<Cursor>::classify_other_row(bool report) {
  const std::size_t width = layout_.slots.size(), size = cursor_.size();
  if (blank(0)) return RowKind::Empty;
  for (const std::size_t c : layout_.unheaded)
    if (c < size && !trim(cursor_.field(c)).empty()) {
      if (report)
        problem(cursor_.at(c), fmt::format("a value in {}, which has no heading: give the column a heading, or "
                                         "delete the value", cursor_.column_name(c)));
      return RowKind::Bad;
    }
  if (size >= width) {
    if (blank(width)) return RowKind::Case;
    for (std::size_t i = width;; ++i)
      if (!trim(cursor_.field(i)).empty()) {
        if (!report) return RowKind::Bad;
        if (!Cursor::kDelimited || i < layout_.header_width)
          problem(cursor_.at(i), fmt::format("a value in {}, which has no heading: give the column a heading, or "
                                             "delete the value", cursor_.column_name(i)));
        else if constexpr (Cursor::kDelimited)
          problem(cursor_.at(i), fmt::format("row has {} fields but the header has {}: remove the extra fields or "
                                             "quote a field that contains a {}", size, width, cursor_.delimiter_name()));
        return RowKind::Bad;
      }
  }
  if (report)
    problem(cursor_.at(size), fmt::format("row has {} fields but the header has {}: every row needs a value in every "
                                        "column", size, width));
  return RowKind::Bad;
}

// A totals row at the foot of a spreadsheet: its id empty or "Total", numbers under the
// questions. One problem for the row, rather than one per cell.
template <class Cursor>
bool CaseTable<Cursor>::totals_row(std::string_view id, const std::vector<table::AnswerColumn>& questions) {
  if (!is_totals_row(id, questions)) return false;
  problem(cursor_.at_row(), "a totals row (numbers under the key questions, not answers): delete it; pdu-rate counts "
                            "the answers itself");
  return true;
}

template <class Cursor>
bool CaseTable<Cursor>::is_totals_row(std::string_view id, const std::vector<table::AnswerColumn>& questions) const {
  if (!id.empty() && !table::is_total_id(id)) return false;
  std::size_t numbers = 0;
  for (const auto& q : questions) {
    const auto text = trim(cursor_.field(q.column));
    if (!text.empty() && !table::is_number(text)) return false;
    numbers += !text.empty();
  }
  return numbers > 0;
}

// The question columns in table order; an AnswerTally's column k is questions[k].
template <class Cursor>
std::vector<table::AnswerColumn> CaseTable<Cursor>::question_columns() const {
  std::vector<table::AnswerColumn> out;
  for (std::size_t i = 0; i < layout_.slots.size(); ++i)
    if (layout_.slots[i].kind == Layout::Slot::Question) out.push_back({i, layout_.slots[i].index});
  return out;
}

// The row's answers one by one: for a sink that keeps them (`keep`: not a duplicate), or when the
// tally met a field that is not an answer as it stands. A trimmed one (" Yes") is counted here;
// anything else is reported.
template <class Cursor>
template <class Sink>
void CaseTable<Cursor>::answers(const std::vector<table::AnswerColumn>& questions, AnswerTally& tally,
                                std::string_view id, bool keep, Sink& sink) {
  const auto fields = cursor_.fields();
  for (std::size_t k = 0; k < questions.size(); ++k) {
    const auto [column, question] = questions[k];
    const unsigned code = answer_code(fields.head(column), fields.size(column));
    auto answer = static_cast<model::Answer>(code);
    if (code == 3) {  // not an answer; spaces around one are rare, so trimmed only here
      const auto text = trim(cursor_.field(column));
      const auto a = model::parse_answer(text);
      if (!a) {
        problem(cursor_.at(column), bad_answer_message(rules_, question, id, text));
        continue;
      }
      tally.count(k, *a);
      answer = *a;
    }
    if (keep) sink.answer(question, answer);
  }
}

// The rows after the header: every check, then the sink. Returns the number of data rows.
template <class Cursor>
template <class Sink>
std::size_t CaseTable<Cursor>::rows(Sink& sink, model::Tallies& counts, model::CaseSource& source) {
  const auto questions = question_columns();
  AnswerTally tally(questions.size());
  // The tally takes columns in fours: padded with copies of the first.
  std::vector<std::size_t> tally_columns(tally.padded(), questions.empty() ? 0 : questions[0].column);
  for (std::size_t k = 0; k < questions.size(); ++k) tally_columns[k] = questions[k].column;
  // Question columns side by side (as bulk exports have them) are decoded from the bounds at once.
  bool side_by_side = !questions.empty();
  for (std::size_t k = 1; k < questions.size(); ++k)
    side_by_side = side_by_side && tally_columns[k] == tally_columns[0] + k;
  std::size_t rows = 0;
  // In MB, updated when the cursor paces itself (every 2 MB of a CSV file).
  util::ProgressScope reading(cursor_.total() ? options_.progress : nullptr, "reading cases (MB)", cursor_.total() >> 20);
  while (cursor_.next()) {
    if (rows == kMaxRows) {
      problem(cursor_.at_row(), fmt::format("more than {} rows: split the cases over several files", kMaxRows));
      break;
    }
    const RowKind kind = classify_row();
    if (kind == RowKind::Empty) ++source.empty_rows;
    if (kind != RowKind::Case) continue;
    const auto id = trim(cursor_.field(layout_.case_id));
    if (id.empty() || table::may_be_total_id(id)) {  // rare: checked only here
      if (id.empty() && blank(0)) {  // a row of delimiters only
        ++source.empty_rows;
        continue;
      }
      if (totals_row(id, questions)) continue;
      if (id.empty()) {
        problem(cursor_.at(layout_.case_id), "empty case_id: every case needs a unique id");
        continue;
      }
    }
    cursor_.pace(++rows, [&](std::size_t n) {
      sink.expect(n);
      reading.update(cursor_.consumed() >> 20);
    });
    // A duplicate's answers are still checked, so every problem of the row is reported.
    const std::size_t first = sink.add(id, cursor_.row());
    if (first != 0)
      problem(cursor_.at(layout_.case_id), fmt::format("duplicate case id '{}' (first on {}): each case appears once",
                                                       id, cursor_.row_name(first)));
    // Counted as they are read: any error discards every count, so a bad row needs no undoing.
    ++counts.cases;
    const auto fields = cursor_.fields();
    AnswerTally& counted = row_tally(sink, tally);
    // Three instances of the decoder: nearly every row of bulk CSV is plain, and its fields then
    // need no check each; and its question columns are usually side by side.
    const auto key = [&](std::size_t k) {
      return raw_answer_key(fields.head(tally_columns[k]), fields.size(tally_columns[k]));
    };
    const auto plain_key = [&](std::size_t k) {
      return raw_answer_key(fields.plain_head(tally_columns[k]), fields.plain_size(tally_columns[k]));
    };
    const bool unanswered =
        !fields.plain() ? counted.add(key)
        : side_by_side  ? counted.add_side_by_side(fields.plain_text(), fields.plain_bounds(), tally_columns[0], plain_key)
                        : counted.add(plain_key);
    if (unanswered || Sink::wants_answers) answers(questions, counted, id, first == 0, sink);
    if constexpr (Sink::wants_attributes)
      for (std::size_t i = 0; first == 0 && i < layout_.slots.size(); ++i)
        if (layout_.slots[i].kind == Layout::Slot::Attribute) sink.attribute(layout_.slots[i].index, trim(cursor_.field(i)));
  }
  column_counts(sink, tally, questions, counts);
  return rows;
}

// The tally a row is counted in: the whole table's, or (Groups) its group's.
template <class Cursor>
template <class Sink>
AnswerTally& CaseTable<Cursor>::row_tally(Sink& sink, AnswerTally& whole) {
  if constexpr (Sink::wants_groups) return sink.tally([&](std::size_t column) { return trim(cursor_.field(column)); });
  else return whole;
}

// Each question column's counts into `counts`: the whole table's tally, and every group's.
template <class Cursor>
template <class Sink>
void CaseTable<Cursor>::column_counts(Sink& sink, AnswerTally& whole, const std::vector<table::AnswerColumn>& questions,
                                      model::Tallies& counts) {
  for (std::size_t k = 0; k < questions.size(); ++k) {
    auto [yes, no, not_applicable] = whole.counts(k);
    if constexpr (Sink::wants_groups) {
      const auto more = sink.column_counts(k);
      yes += more[0], no += more[1], not_applicable += more[2];
    }
    counts.questions[questions[k].question] = {yes, no, not_applicable};
  }
}

template <class Cursor>
template <class Visit>
void CaseTable<Cursor>::for_each_id(Visit&& visit, std::size_t limit) {
  if (limit == 0) return;
  const auto questions = question_columns();
  cursor_.rewind();
  bool more = cursor_.next();
  while (more && cursor_.row() <= header_row_) more = cursor_.next();
  for (; more; more = cursor_.next()) {
    // The rows' kinds as the first pass saw them, without their problems again.
    if (classify_row(false) != RowKind::Case) continue;
    const auto id = trim(cursor_.field(layout_.case_id));
    if (id.empty() || (table::may_be_total_id(id) && is_totals_row(id, questions))) continue;
    visit(id);
    if (--limit == 0) return;
  }
}

// The ids CountOnly did not hash while they came in order, once the order broke.
template <class Cursor>
void CaseTable<Cursor>::add_earlier_ids(CountOnly& ids) {
  for_each_id([&](std::string_view id) { ids.add_earlier(id); }, ids.unhashed());
}

// The second pass of CountOnly: each id whose hash repeated is compared exactly; a true repeat
// is reported where it stands, with the row of its first occurrence.
template <class Cursor>
void CaseTable<Cursor>::confirm_duplicates(const std::unordered_set<std::uint64_t>& repeated) {
  std::unordered_map<std::string, std::size_t> first_row;
  for_each_id([&](std::string_view id) {
    if (!repeated.count(util::hash_id(id))) return;
    auto [it, fresh] = first_row.emplace(std::string(id), cursor_.row());
    if (!fresh)
      problem(cursor_.at(layout_.case_id), fmt::format("duplicate case id '{}' (first on {}): each case appears once",
                                                       id, cursor_.row_name(it->second)));
  });
}

// Every case id, in order, for a suggestion when a named id is on no case (a rare second pass).
template <class Cursor>
std::vector<std::string> CaseTable<Cursor>::every_id() {
  std::vector<std::string> ids;
  for_each_id([&](std::string_view id) { ids.emplace_back(id); });
  return ids;
}

// The rows counted by group (CaseDetail::Groups): one pass, then the second passes CountOnly
// needs for duplicate ids, and one for every id only when a named id is on no case.
template <class Cursor>
void CaseTable<Cursor>::read_groups(const CaseDetail& detail, model::Inspection& inspection,
                                    model::CaseSource& source) {
  const auto questions = question_columns();
  CountGroups sink(layout_, detail.grouping(), questions.size());
  inspection.rows_read = rows(sink, inspection.counts, source);
  cursor_.report_error(errors_);
  inspection.has_cases = false;
  add_earlier_ids(sink.ids());
  if (!sink.ids().repeated().empty()) confirm_duplicates(sink.ids().repeated());
  std::vector<std::size_t> slots;
  for (const auto& q : questions) slots.push_back(q.question);
  inspection.groups = sink.finish(slots, sink.named_missing() ? every_id() : std::vector<std::string>{});
}

template <class Cursor>
std::optional<model::Inspection> CaseTable<Cursor>::read(const CaseDetail& detail, model::CaseSource source) {
  const std::size_t before = errors_.count();
  if (!find_header(source) || !header()) return std::nullopt;
  source.empty_columns = layout_.unheaded.size() + (layout_.header_width - layout_.headed_width);
  model::Inspection inspection;
  inspection.file = source.file;
  inspection.cases = model::CaseSet(rules_.question_slots());
  inspection.counts.questions.assign(rules_.question_slots(), {});
  inspection.counts.present = layout_.present;
  if (detail == CaseDetail::Cases) {
    StoreCases sink(inspection.cases, layout_);
    inspection.rows_read = rows(sink, inspection.counts, source);
    cursor_.report_error(errors_);
  } else if (detail == CaseDetail::Groups) {
    read_groups(detail, inspection, source);
  } else {
    CountOnly sink;
    inspection.rows_read = rows(sink, inspection.counts, source);
    cursor_.report_error(errors_);
    inspection.has_cases = false;
    add_earlier_ids(sink);
    if (!sink.repeated().empty()) confirm_duplicates(sink.repeated());
  }
  if (errors_.count() == before && inspection.rows_read == 0)
    problem(cursor_.whole(), fmt::format("no cases: the {} has a header row but no case rows", Cursor::kKind));
  if (errors_.count() != before) return std::nullopt;
  inspection.source = std::move(source);
  return inspection;
}

}  // namespace pdurate::readers
