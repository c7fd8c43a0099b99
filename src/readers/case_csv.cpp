#include "pdurate/readers/case_csv.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/limits.hpp"
#include "pdurate/util/ascii.hpp"
#include "pdurate/util/hash.hpp"
#include "readers/answer_keys.hpp"
#include "readers/answer_tally.hpp"
#include "readers/csv_parser.hpp"
#include "readers/fingerprint_set.hpp"

namespace pdurate::readers {
namespace {

// What each column of the file feeds.
struct Layout {
  struct Slot {
    enum Kind { CaseId, Question, Attribute } kind = Attribute;
    std::size_t index = 0;  // Question: the answer slot; Attribute: the attribute
  };
  std::size_t case_id = 0;          // its column
  std::vector<Slot> slots;          // one per column
  std::vector<std::string> attributes;
  std::vector<bool> present;        // per answer slot
};

// Keeps every case (CaseDetail::Cases). Duplicate ids are found exactly, at once.
class StoreCases {
 public:
  StoreCases(model::CaseSet& cases, const Layout& layout) : cases_(cases) {
    for (std::size_t q = 0; q < layout.present.size(); ++q)
      if (layout.present[q]) cases_.mark_present(q);
    for (const auto& a : layout.attributes) cases_.add_attribute(a);
  }
  // The first line of a duplicate id, or 0 when the case is new.
  std::size_t add(std::string_view id, std::size_t line) {
    if (auto c = cases_.add_case(id, line)) {
      current_ = *c;
      return 0;
    }
    return cases_.line(*cases_.find(id));
  }
  void answer(std::size_t question, model::Answer a) { cases_.set_answer(current_, question, a); }
  void attribute(std::size_t attribute, std::string_view value) { cases_.set_attribute(current_, attribute, value); }
  // Reserves for the first estimate only: reserving again for each revised one would copy
  // every column each time (growth by doubling handles a low estimate).
  void expect(std::size_t cases) {
    if (!reserved_) cases_.reserve(cases);
    reserved_ = true;
  }
  static constexpr bool wants_answers = true, wants_attributes = true;

 private:
  model::CaseSet& cases_;
  std::size_t current_ = 0;
  bool reserved_ = false;
};

// Keeps only counts (CaseDetail::CountsOnly). Duplicate ids are found by a FingerprintSet of
// id hashes, about 8 bytes a case: a repeat marks a possible duplicate, which a second pass over
// the file confirms by comparing the ids themselves (and finds their lines). Each hash goes
// into the set a few rows after its slots are prefetched, so the cache miss of a large set
// overlaps the work on the rows between.
class CountOnly {
 public:
  void expect(std::size_t cases) { ids_.expect(cases); }
  std::size_t add(std::string_view id, std::size_t /*line*/) {
    const std::uint64_t h = util::hash_id(id);
    ids_.prefetch(h);
    if (pending_count_ == kDelay) insert(pending_[pending_next_]);
    else ++pending_count_;
    pending_[pending_next_] = h;
    pending_next_ = (pending_next_ + 1) % kDelay;
    return 0;  // duplicates are reported by the second pass
  }
  void answer(std::size_t, model::Answer) {}
  void attribute(std::size_t, std::string_view) {}
  static constexpr bool wants_answers = false, wants_attributes = false;

  // The hashes seen more than once, once every row has been added.
  const std::unordered_set<std::uint64_t>& repeated() {
    const std::size_t oldest = (pending_next_ + kDelay - pending_count_) % kDelay;
    for (std::size_t i = 0; i < pending_count_; ++i) insert(pending_[(oldest + i) % kDelay]);
    pending_count_ = 0;
    return repeated_;
  }

 private:
  static constexpr std::size_t kDelay = 8;
  void insert(std::uint64_t h) {
    if (ids_.insert(h)) repeated_.insert(h);
  }
  FingerprintSet ids_;
  std::array<std::uint64_t, kDelay> pending_{};
  std::size_t pending_count_ = 0;
  std::size_t pending_next_ = 0;
  std::unordered_set<std::uint64_t> repeated_;
};

bool looks_like_data(const CsvParser& header) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (model::parse_answer(trim(header.field(i)))) return true;
  return false;
}

// A column of answers in the file: its position, and the answer slot (question) it feeds.
struct AnswerColumn {
  std::size_t column, question;
};

bool is_id_like(std::string_view heading) {
  const auto name = util::ascii_lowercase(trim(heading));
  for (std::string_view id : {"id", "case", "caseid", "case id", "case-id", "case_ref", "case ref", "crn"})
    if (name == id) return true;
  return false;
}

// One file's reading: the header, then the rows into a sink (StoreCases or CountOnly). Every
// problem goes to `errors` at its line and column.
class CsvReader {
 public:
  CsvReader(const SourceText& source, const rules::Rules& rules, util::Diagnostics& errors)
      : source_(source), rules_(rules), errors_(errors), csv_(source.text()) {}

  std::optional<model::Inspection> read(CaseDetail detail);

 private:
  void problem(std::size_t offset, std::string message) {
    const auto p = csv_.position(offset);
    errors_.add(util::Location{source_.name(), p.line, p.column}, std::move(message));
  }
  void problem_at_line(std::string message) {
    errors_.add(util::Location{source_.name(), csv_.line(), 1}, std::move(message));
  }
  void whole_file(std::string message) { errors_.add(util::Location{source_.name(), 0, 0}, std::move(message)); }
  void parser_error() {
    if (auto e = csv_.error()) problem(e->offset, e->message);
  }

  bool header();
  void no_case_id();
  bool column(std::size_t i, std::vector<std::size_t>& question_column, std::optional<std::size_t>& case_id);
  std::vector<AnswerColumn> question_columns() const;
  template <class Sink> std::size_t rows(Sink& sink, model::Tallies& counts);
  template <class Sink>
  void answers(const CsvParser::Fields& fields, const std::vector<AnswerColumn>& questions, AnswerTally& tally,
               std::string_view id, bool keep, Sink& sink);
  template <class Sink> void expect_rows(Sink& sink, std::size_t rows, std::size_t header_end, std::size_t& released);
  [[gnu::always_inline]] bool whole_row();  // once per row of bulk input
  void confirm_duplicates(const std::unordered_set<std::uint64_t>& repeated);

  const SourceText& source_;
  const rules::Rules& rules_;
  util::Diagnostics& errors_;
  CsvParser csv_;
  Layout layout_;
};

// Says why the header has no case_id column: it is data, or a differently named id column.
void CsvReader::no_case_id() {
  if (looks_like_data(csv_))
    return problem_at_line("no header row: the first line holds answers; add a header such as "
                           "case_id,case_type,2.1.1,2.1.2,...");
  for (std::size_t i = 0; i < csv_.size(); ++i)
    if (is_id_like(csv_.field(i)))
      return problem(csv_.field_offset(i), fmt::format("no case_id column: if '{}' holds the case ids, head it case_id",
                                                       trim(csv_.field(i))));
  problem_at_line("no case_id column: add a column headed case_id with a unique id for each case");
}

// Column i of the header into the layout; false (with the problem reported) when it is wrong.
bool CsvReader::column(std::size_t i, std::vector<std::size_t>& question_column, std::optional<std::size_t>& case_id) {
  const auto name = trim(csv_.field(i));
  const auto at = csv_.field_offset(i);
  if (name.empty()) {
    problem(at, fmt::format("column {} has no heading: name it (case_id, a key question id such as 2.1.1, or an "
                            "attribute such as case_type)", i + 1));
    return false;
  }
  const Column column = classify_column(rules_, name);
  if (const auto* bad = std::get_if<BadColumn>(&column)) {
    problem(at, bad->message);
    return false;
  }
  if (std::holds_alternative<CaseIdColumn>(column)) {
    const bool again = case_id.has_value();
    if (again) problem(at, fmt::format("a second case_id column (the first is column {})", *case_id + 1));
    case_id = i;
    layout_.slots.push_back({Layout::Slot::CaseId, 0});
    return !again;
  }
  if (const auto* q = std::get_if<QuestionColumn>(&column)) {
    const bool again = question_column[q->question] != SIZE_MAX;
    if (again)
      problem(at, fmt::format("'{}' is {} {} again (first in column {})", name,
                              rules_.is_finding_slot(q->question) ? "finding" : "key question",
                              rules_.slot_id(q->question), question_column[q->question] + 1));
    question_column[q->question] = i;
    layout_.present[q->question] = true;
    layout_.slots.push_back({Layout::Slot::Question, q->question});
    return !again;
  }
  const auto& attribute = std::get<AttributeColumn>(column).name;
  const bool again = std::find(layout_.attributes.begin(), layout_.attributes.end(), attribute) != layout_.attributes.end();
  if (again) problem(at, fmt::format("column '{}' appears twice", attribute));
  layout_.slots.push_back({Layout::Slot::Attribute, layout_.attributes.size()});
  layout_.attributes.push_back(attribute);
  return !again;
}

bool CsvReader::header() {
  if (csv_.size() > kMaxColumns) {
    problem_at_line(fmt::format("{} columns: at most {} are read (case_id, the key questions and attributes); is "
                                "this a CSV file of cases?", csv_.size(), kMaxColumns));
    return false;
  }
  bool has_case_id = false;
  for (std::size_t i = 0; i < csv_.size(); ++i)
    has_case_id = has_case_id || std::holds_alternative<CaseIdColumn>(classify_column(rules_, trim(csv_.field(i))));
  if (!has_case_id) {
    no_case_id();
    return false;
  }
  layout_.present.assign(rules_.question_slots(), false);
  std::vector<std::size_t> question_column(rules_.question_slots(), SIZE_MAX);
  std::optional<std::size_t> case_id;
  bool ok = true;
  for (std::size_t i = 0; i < csv_.size(); ++i) ok = column(i, question_column, case_id) && ok;
  layout_.case_id = case_id.value_or(0);
  return ok;
}

// A row with as many fields as the header; otherwise reported where it goes wrong.
inline bool CsvReader::whole_row() {
  const std::size_t columns = layout_.slots.size();
  if (csv_.size() == columns) return true;
  if (csv_.size() > columns)
    problem(csv_.field_offset(columns),
            fmt::format("row has {} fields but the header has {}: remove the extra fields or quote a field that "
                        "contains a comma", csv_.size(), columns));
  else
    problem(csv_.record_end(), fmt::format("row has {} fields but the header has {}: every row needs a value in "
                                           "every column", csv_.size(), columns));
  return false;
}

// Sizes the sink for the rows expected, and lets the pages already read leave memory.
template <class Sink>
void CsvReader::expect_rows(Sink& sink, std::size_t rows, std::size_t header_end, std::size_t& released) {
  const std::size_t size = source_.text().size();
  if (rows == 1000) {  // as many rows as the first thousand's average length says
    const std::size_t length = std::max<std::size_t>((csv_.consumed() - header_end) / rows, 1);
    sink.expect((size - header_end) / length);
  }
  // Bulk input: drop the pages already read from memory, so resident memory stays flat; and
  // estimate the rows again from all read so far, in case the first thousand misled.
  if (csv_.consumed() - released >= (std::size_t{2} << 20)) {
    source_.release_before(csv_.consumed());
    released = csv_.consumed();
    if (rows >= 1000) sink.expect(rows + (size - released) * rows / (released - header_end));
  }
}

// The question columns in file order; an AnswerTally's column k is questions[k].
std::vector<AnswerColumn> CsvReader::question_columns() const {
  std::vector<AnswerColumn> out;
  for (std::size_t i = 0; i < layout_.slots.size(); ++i)
    if (layout_.slots[i].kind == Layout::Slot::Question) out.push_back({i, layout_.slots[i].index});
  return out;
}

// The row's answers one by one: for a sink that keeps them (`keep`: not a duplicate), or when the
// tally met a field that is not an answer as it stands. A trimmed one (" Yes") is counted here;
// anything else is reported.
template <class Sink>
void CsvReader::answers(const CsvParser::Fields& fields, const std::vector<AnswerColumn>& questions,
                        AnswerTally& tally, std::string_view id, bool keep, Sink& sink) {
  for (std::size_t k = 0; k < questions.size(); ++k) {
    const auto [column, question] = questions[k];
    const unsigned code = answer_code(fields.head(column), fields.size(column));
    auto answer = static_cast<model::Answer>(code);
    if (code == 3) {  // not an answer; spaces around one are rare, so trimmed only here
      const auto text = trim(csv_.field(column));
      const auto a = model::parse_answer(text);
      if (!a) {
        problem(csv_.field_offset(column), bad_answer_message(rules_, question, id, text));
        continue;
      }
      tally.count(k, *a);
      answer = *a;
    }
    if (keep) sink.answer(question, answer);
  }
}

// The rows after the header: every check, then the sink. Returns the number of data rows.
template <class Sink>
std::size_t CsvReader::rows(Sink& sink, model::Tallies& counts) {
  const auto questions = question_columns();
  AnswerTally tally(questions.size());
  // The tally takes columns in fours: padded with copies of the first.
  std::vector<std::size_t> tally_columns(tally.padded(), questions.empty() ? 0 : questions[0].column);
  for (std::size_t k = 0; k < questions.size(); ++k) tally_columns[k] = questions[k].column;
  std::size_t rows = 0, released = 0;
  const std::size_t header_end = csv_.consumed();
  while (csv_.next()) {
    if (rows == kMaxRows) {
      problem_at_line(fmt::format("more than {} rows: split the cases over several files", kMaxRows));
      break;
    }
    expect_rows(sink, ++rows, header_end, released);
    if (!whole_row()) continue;
    const auto id = trim(csv_.field(layout_.case_id));
    if (id.empty()) {
      problem(csv_.field_offset(layout_.case_id), "empty case_id: every case needs a unique id");
      continue;
    }
    // A duplicate's answers are still checked, so every problem of the row is reported.
    const std::size_t first = sink.add(id, csv_.line());
    if (first != 0)
      problem(csv_.field_offset(layout_.case_id),
              fmt::format("duplicate case id '{}' (first on line {}): each case appears once", id, first));
    // Counted as they are read: any error discards every count, so a bad row needs no undoing.
    ++counts.cases;
    const auto fields = csv_.fields();
    // Two instances of the decoder: nearly every row of bulk input is plain, and its fields
    // then need no check each.
    const bool unanswered = fields.plain() ? tally.add([&](std::size_t k) {
      return raw_answer_key(fields.plain_head(tally_columns[k]), fields.plain_size(tally_columns[k]));
    }) : tally.add([&](std::size_t k) { return raw_answer_key(fields.head(tally_columns[k]), fields.size(tally_columns[k])); });
    if (unanswered || Sink::wants_answers) answers(fields, questions, tally, id, first == 0, sink);
    if constexpr (Sink::wants_attributes)
      for (std::size_t i = 0; first == 0 && i < layout_.slots.size(); ++i)
        if (layout_.slots[i].kind == Layout::Slot::Attribute) sink.attribute(layout_.slots[i].index, trim(csv_.field(i)));
  }
  for (std::size_t k = 0; k < questions.size(); ++k) {
    const auto [yes, no, not_applicable] = tally.counts(k);
    counts.questions[questions[k].question] = {yes, no, not_applicable};
  }
  return rows;
}

// The second pass of CountOnly: each id whose hash repeated is compared exactly; a true repeat
// is reported where it stands, with the line of its first occurrence.
void CsvReader::confirm_duplicates(const std::unordered_set<std::uint64_t>& repeated) {
  std::unordered_map<std::string, std::size_t> first_line;
  csv_ = CsvParser(source_.text());
  csv_.next();  // the header
  while (csv_.next()) {
    if (csv_.size() != layout_.slots.size()) continue;
    const auto id = trim(csv_.field(layout_.case_id));
    if (id.empty() || !repeated.count(util::hash_id(id))) continue;
    auto [it, fresh] = first_line.emplace(std::string(id), csv_.line());
    if (!fresh)
      problem(csv_.field_offset(layout_.case_id),
              fmt::format("duplicate case id '{}' (first on line {}): each case appears once", id, it->second));
  }
}

std::optional<model::Inspection> CsvReader::read(CaseDetail detail) {
  const std::size_t before = errors_.count();
  if (!csv_.next()) {
    if (csv_.error()) parser_error();
    else whole_file("empty file: expected a header row (case_id, the key question ids 2.1.1 to 2.4.3, any "
                    "attributes) and one row per case");
    return std::nullopt;
  }
  if (!header()) return std::nullopt;
  model::Inspection inspection;
  inspection.file = source_.name();
  inspection.cases = model::CaseSet(rules_.question_slots());
  inspection.counts.questions.assign(rules_.question_slots(), {});
  inspection.counts.present = layout_.present;
  if (detail == CaseDetail::Cases) {
    StoreCases sink(inspection.cases, layout_);
    inspection.rows_read = rows(sink, inspection.counts);
    parser_error();
  } else {
    CountOnly sink;
    inspection.rows_read = rows(sink, inspection.counts);
    parser_error();
    inspection.has_cases = false;
    if (!sink.repeated().empty()) confirm_duplicates(sink.repeated());
  }
  if (errors_.count() == before && inspection.rows_read == 0)
    whole_file("no cases: the file has a header row but no case rows");
  if (errors_.count() != before) return std::nullopt;
  return inspection;
}

}  // namespace

std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               util::Diagnostics& errors, CaseDetail detail) {
  return CsvReader(source, rules, errors).read(detail);
}

}  // namespace pdurate::readers
