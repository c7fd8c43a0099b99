#include "pdurate/readers/case_csv.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pdurate/ascii.hpp"
#include "pdurate/hash.hpp"
#include "pdurate/readers/answer_tally.hpp"
#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/csv_parser.hpp"
#include "pdurate/readers/fingerprint_set.hpp"
#include "pdurate/readers/limits.hpp"
#include "pdurate/readers/text_position.hpp"

namespace pdurate::readers {
namespace {

// Collects a file's diagnostics, keeping the first kMaxErrorsPerFile in file order and
// counting the rest, so a file of a million bad rows costs no more memory than one of a hundred.
class ErrorSink {
 public:
  explicit ErrorSink(const std::string& file) : file_(file) {}
  void add(TextPosition p, std::string message) {
    ++count_;
    kept_.push_back({{file_, p.line, p.column}, std::move(message)});
    if (kept_.size() > 2 * kMaxErrorsPerFile) trim();
  }
  void whole_file(std::string message) {
    ++count_;
    kept_.push_back({{file_, 0, 0}, std::move(message)});
  }
  std::size_t count() const { return count_; }
  void finish(Diagnostics& errors) {
    trim();
    for (auto& d : kept_) errors.add(std::move(d.where), std::move(d.message));
    if (count_ > kept_.size())
      errors.add({file_, 0, 0}, fmt::format("{} more problems not listed", count_ - kept_.size()));
  }

 private:
  void trim() {
    std::stable_sort(kept_.begin(), kept_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
    });
    if (kept_.size() > kMaxErrorsPerFile) kept_.resize(kMaxErrorsPerFile);
  }
  const std::string& file_;
  std::vector<Diagnostic> kept_;
  std::size_t count_ = 0;
};

struct Layout {
  std::size_t case_id = 0;
  // For each CSV column: which question or attribute it feeds.
  struct Slot {
    enum Kind { CaseId, Question, Attribute } kind = Attribute;
    std::size_t index = 0;
  };
  std::vector<Slot> slots;
  std::vector<std::string> attributes;
  std::vector<bool> present;  // per question
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

std::optional<Layout> read_header(const CsvParser& csv, const rules::Rules& rules, ErrorSink& sink) {
  if (csv.size() > kMaxColumns) {
    sink.add({csv.line(), 1}, fmt::format("{} columns: at most {} are read (case_id, the key questions and "
                                          "attributes); is this a CSV file of cases?", csv.size(), kMaxColumns));
    return std::nullopt;
  }
  bool has_case_id = false;
  for (std::size_t i = 0; i < csv.size(); ++i)
    has_case_id = has_case_id || std::holds_alternative<CaseIdColumn>(classify_column(rules, trim(csv.field(i))));
  if (!has_case_id) {
    no_case_id(csv, sink);
    return std::nullopt;
  }
  Layout layout;
  layout.present.assign(rules.question_slots(), false);
  std::optional<std::size_t> case_id;
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
      layout.present[q->question] = true;
      layout.slots.push_back({Layout::Slot::Question, q->question});
    } else {
      const auto& attribute = std::get<AttributeColumn>(column).name;
      if (std::find(layout.attributes.begin(), layout.attributes.end(), attribute) != layout.attributes.end()) {
        sink.add(where, fmt::format("column '{}' appears twice", attribute));
        ok = false;
      }
      layout.slots.push_back({Layout::Slot::Attribute, layout.attributes.size()});
      layout.attributes.push_back(attribute);
    }
  }
  if (!ok) return std::nullopt;
  layout.case_id = *case_id;
  return layout;
}

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
    const std::uint64_t h = hash_id(id);
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

// The rows after the header: every check, then the sink. Returns the number of data rows.
template <class Sink>
std::size_t read_rows(CsvParser& csv, const SourceText& source, const rules::Rules& rules, const Layout& layout,
                      Sink& sink, model::Tallies& counts, ErrorSink& errors) {
  const std::size_t columns = layout.slots.size();
  // The question columns, in file order, counted by an AnswerTally (its column k is
  // question_columns[k]); its column list is padded to whole fours with copies of the first.
  struct QuestionColumn {
    std::size_t column, question;
  };
  std::vector<QuestionColumn> question_columns;
  for (std::size_t i = 0; i < columns; ++i)
    if (layout.slots[i].kind == Layout::Slot::Question) question_columns.push_back({i, layout.slots[i].index});
  AnswerTally tally(question_columns.size());
  std::vector<std::size_t> tally_columns(tally.padded(), question_columns.empty() ? 0 : question_columns[0].column);
  for (std::size_t k = 0; k < question_columns.size(); ++k) tally_columns[k] = question_columns[k].column;

  std::size_t rows = 0;
  std::size_t released = 0;
  const std::size_t header_end = csv.consumed();
  while (csv.next()) {
    if (rows == kMaxRows) {
      errors.add({csv.line(), 1}, fmt::format("more than {} rows: split the cases over several files", kMaxRows));
      break;
    }
    if (++rows == 1000) {
      // Expect as many rows as the first thousand's average length says.
      const std::size_t length = std::max<std::size_t>((csv.consumed() - header_end) / rows, 1);
      sink.expect((source.text().size() - header_end) / length);
    }
    // Bulk input: drop the pages already read from memory, so resident memory stays flat; and
    // estimate the rows again from all read so far, in case the first thousand misled.
    if (csv.consumed() - released >= (std::size_t{2} << 20)) {
      source.release_before(csv.consumed());
      released = csv.consumed();
      if (rows >= 1000) sink.expect(rows + (source.text().size() - released) * rows / (released - header_end));
    }
    if (csv.size() != columns) {
      if (csv.size() > columns)
        errors.add(csv.position(csv.field_offset(columns)),
                   fmt::format("row has {} fields but the header has {}: remove the extra fields or quote a field "
                               "that contains a comma", csv.size(), columns));
      else
        errors.add(csv.position(csv.record_end()),
                   fmt::format("row has {} fields but the header has {}: every row needs a value in every column",
                               csv.size(), columns));
      continue;
    }
    const auto id = trim(csv.field(layout.case_id));
    if (id.empty()) {
      errors.add(csv.position(csv.field_offset(layout.case_id)), "empty case_id: every case needs a unique id");
      continue;
    }
    // A duplicate's answers are still checked, so every problem of the row is reported.
    const std::size_t first = sink.add(id, csv.line());
    if (first != 0)
      errors.add(csv.position(csv.field_offset(layout.case_id)),
                 fmt::format("duplicate case id '{}' (first on line {}): each case appears once", id, first));
    // Counted as they are read: any error discards every count, so a bad row needs no undoing.
    ++counts.cases;
    const auto fields = csv.fields();
    // Two instances of the decoder: nearly every row of bulk input is plain, and its fields
    // then need no check each.
    const bool unanswered = fields.plain() ? tally.add([&](std::size_t k) {
      const std::size_t c = tally_columns[k];
      return model::raw_answer_key(fields.plain_head(c), fields.plain_size(c));
    }) : tally.add([&](std::size_t k) {
      const std::size_t c = tally_columns[k];
      return model::raw_answer_key(fields.head(c), fields.size(c));
    });
    if (unanswered || Sink::wants_answers) {
      for (std::size_t k = 0; k < question_columns.size(); ++k) {
        const auto [column, question] = question_columns[k];
        const unsigned code = model::answer_code(fields.head(column), fields.size(column));
        auto answer = static_cast<model::Answer>(code);
        if (code == 3) {  // not an answer; spaces around one are rare, so trimmed only here
          const auto raw = csv.field(column);
          const auto a = model::parse_answer(trim(raw));
          if (!a) {
            errors.add(csv.position(csv.field_offset(column)), bad_answer_message(rules, question, id, trim(raw)));
            continue;
          }
          tally.count(k, *a);
          answer = *a;
        }
        if (first == 0) sink.answer(question, answer);
      }
    }
    if (first != 0) continue;
    if constexpr (Sink::wants_attributes)
      for (std::size_t i = 0; i < columns; ++i)
        if (layout.slots[i].kind == Layout::Slot::Attribute) sink.attribute(layout.slots[i].index, trim(csv.field(i)));
  }
  for (std::size_t k = 0; k < question_columns.size(); ++k) {
    const auto [yes, no, not_applicable] = tally.counts(k);
    counts.questions[question_columns[k].question] = {yes, no, not_applicable};
  }
  return rows;
}

// The second pass of CountOnly: each id whose hash repeated is compared exactly; a true repeat
// is reported where it stands, with the line of its first occurrence.
void confirm_duplicates(const SourceText& source, const Layout& layout, const std::unordered_set<std::uint64_t>& repeated,
                        ErrorSink& errors) {
  std::unordered_map<std::string, std::size_t> first_line;
  CsvParser csv(source.text());
  csv.next();  // the header
  while (csv.next()) {
    if (csv.size() != layout.slots.size()) continue;
    const auto id = trim(csv.field(layout.case_id));
    if (id.empty() || !repeated.count(hash_id(id))) continue;
    auto [it, fresh] = first_line.emplace(std::string(id), csv.line());
    if (!fresh)
      errors.add(csv.position(csv.field_offset(layout.case_id)),
                 fmt::format("duplicate case id '{}' (first on line {}): each case appears once", id, it->second));
  }
}

}  // namespace

std::optional<model::Inspection> read_case_csv(const SourceText& source, const rules::Rules& rules,
                                               Diagnostics& diagnostics, CaseDetail detail) {
  const std::string& file = source.name();
  ErrorSink errors(file);
  model::Inspection inspection;
  inspection.file = file;
  inspection.cases = model::CaseSet(rules.question_slots());
  inspection.counts.questions.assign(rules.question_slots(), {});

  CsvParser csv(source.text());
  if (!csv.next()) {
    if (auto e = csv.error()) errors.add(csv.position(e->offset), e->message);
    else errors.whole_file("empty file: expected a header row (case_id, the key question ids 2.1.1 to 2.4.3, "
                           "any attributes) and one row per case");
    errors.finish(diagnostics);
    return std::nullopt;
  }
  auto layout = read_header(csv, rules, errors);
  if (!layout) {
    errors.finish(diagnostics);
    return std::nullopt;
  }
  inspection.counts.present = layout->present;

  if (detail == CaseDetail::Cases) {
    StoreCases sink(inspection.cases, *layout);
    inspection.rows_read = read_rows(csv, source, rules, *layout, sink, inspection.counts, errors);
  } else {
    CountOnly sink;
    inspection.rows_read = read_rows(csv, source, rules, *layout, sink, inspection.counts, errors);
    inspection.has_cases = false;
    if (!sink.repeated().empty()) confirm_duplicates(source, *layout, sink.repeated(), errors);
  }
  if (auto e = csv.error()) errors.add(csv.position(e->offset), e->message);
  if (errors.count() == 0 && inspection.rows_read == 0)
    errors.whole_file("no cases: the file has a header row but no case rows");
  if (errors.count() != 0) {
    errors.finish(diagnostics);
    return std::nullopt;
  }
  return inspection;
}

}  // namespace pdurate::readers
