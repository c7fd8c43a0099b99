#include "readers/xlsx/sheet_rows.hpp"

#include <fmt/format.h>
#include <vector>

#include "readers/xlsx/cell_ref.hpp"
#include "readers/xlsx/cell_text.hpp"
#include "readers/xlsx/workbook_data.hpp"
#include "readers/xlsx/xml_stream.hpp"
#include "readers/xlsx/zip_archive.hpp"

namespace pdurate::readers::xlsx {
namespace {

// A cell's `t=`.
enum class CellType { Number, Shared, Inline, FormulaString, Boolean, Error, IsoDate };

std::optional<CellType> cell_type(std::string_view t) {
  if (t == "n") return CellType::Number;
  if (t == "s") return CellType::Shared;
  if (t == "inlineStr") return CellType::Inline;
  if (t == "str") return CellType::FormulaString;
  if (t == "b") return CellType::Boolean;
  if (t == "e") return CellType::Error;
  if (t == "d") return CellType::IsoDate;
  return std::nullopt;
}

// A style or string index; SIZE_MAX for anything else (no table is that long).
std::size_t parse_index(std::string_view text) {
  if (text.empty() || text.size() > 12) return SIZE_MAX;
  std::size_t n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return SIZE_MAX;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  return n;
}

// Writers do not pad values, but XML that was pretty-printed has spaces and line breaks.
std::string_view trim(std::string_view v) {
  const std::size_t begin = v.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  return v.substr(begin, v.find_last_not_of(" \t\r\n") - begin + 1);
}

// Where a cell's text is: in the shared strings table or a constant (`external`), or in the
// row's own buffer at `offset` (which may move as the row grows).
struct Span {
  const char* external = nullptr;
  std::size_t offset = 0;
  std::size_t length = 0;
};

}  // namespace

class SheetRows::Reader : public XmlHandler {
 public:
  Reader(std::shared_ptr<const WorkbookData> data, const std::string& part);
  explicit Reader(Problem problem) : error(std::move(problem)) {}
  bool next();
  std::uint64_t consumed() const { return stream_ ? stream_->consumed() : 0; }
  std::uint64_t declared() const { return stream_ ? stream_->declared() : 0; }

  // What SheetRows shows: the row given, its cells (valid until the next row is read), a problem.
  std::size_t row_number = 0;
  std::vector<std::string_view> cells;
  std::optional<Problem> error;

  void start(std::string_view name, const char* const* attributes) override;
  void end(std::string_view name) override;
  void text(std::string_view text) override;

 private:
  enum State { Outside, SheetData, Row, Cell, Value, Formula, InlineString, Run, InlineText };
  void start_row(const char* const* attributes);
  void end_row();
  void start_cell(const char* const* attributes);
  bool cell_column(std::optional<std::string_view> r);
  void end_cell();
  bool cell_text(Span& span);
  bool number_text(Span& span);
  bool shared_text(Span& span);
  bool boolean_text(Span& span);
  void append_text(std::string& to, std::string_view text);
  void problem(std::size_t row, std::size_t column, std::string message) { fail({row, column, std::move(message)}); }
  std::string here() const { return cell_name(row_, column_); }

  std::shared_ptr<const WorkbookData> data_;
  std::optional<ZipArchive> archive_;
  std::optional<XmlStream> stream_;
  bool done_ = false;
  State state_ = Outside;
  bool in_run_ = false;         // InlineText: inside a run (else directly in <is>)
  std::size_t skip_ = 0;        // depth inside elements skipped

  std::size_t row_ = 0;         // the row being read
  std::size_t last_row_ = 0;    // the row before it
  std::string text_;            // the row's own text: inline strings, numbers, ...
  std::vector<Span> spans_;     // one a column, up to the last non-empty cell

  std::size_t column_ = 0;      // the cell being read
  std::size_t next_column_ = 0; // where a cell without r= is
  CellType type_ = CellType::Number;
  std::size_t style_ = 0;
  bool formula_ = false, value_seen_ = false;
  std::size_t text_start_ = 0;  // where the cell's inline text starts in text_
  std::string value_;           // the cell's <v>
};

SheetRows::Reader::Reader(std::shared_ptr<const WorkbookData> data, const std::string& part) : data_(std::move(data)) {
  // An archive of its own (the directory is read again): the cursor may outlive the Workbook,
  // and cursors of one workbook share no state.
  Problem problem;
  archive_ = ZipArchive::open(data_->bytes, data_->limits, problem);
  auto entry = archive_ ? archive_->entry(part, problem) : std::nullopt;
  if (entry) stream_.emplace(std::move(*entry), *this);
  else error = std::move(problem);
}

bool SheetRows::Reader::next() {
  if (error || done_) return false;
  switch (stream_->run()) {
    case XmlStream::Status::Suspended: return true;  // at the end of a row with cells
    case XmlStream::Status::Finished: done_ = true; return false;
    case XmlStream::Status::Failed: break;
  }
  error = stream_->problem();
  return false;
}

void SheetRows::Reader::start(std::string_view name, const char* const* attributes) {
  if (skip_ > 0) return void(++skip_);
  switch (state_) {
    case Outside:
      if (name == "sheetData") state_ = SheetData;
      return;  // what is around sheetData is not followed
    case SheetData:
      if (name == "row") return start_row(attributes);
      break;
    case Row:
      if (name == "c") return start_cell(attributes);
      break;
    case Cell:
      if (name == "v" || name == "f" || name == "is") {
        value_seen_ = value_seen_ || name == "v";
        formula_ = formula_ || name == "f";
        state_ = name == "v" ? Value : name == "f" ? Formula : InlineString;
        return;
      }
      break;
    case InlineString:
    case Run:
      if (name == "r" && state_ == InlineString) {
        state_ = Run;
        return;
      }
      if (name == "t") {
        in_run_ = state_ == Run;
        state_ = InlineText;
        return;
      }
      break;
    default: break;
  }
  ++skip_;  // anything else, with all it holds (<extLst>, <rPh>, ...)
}

void SheetRows::Reader::end(std::string_view) {
  if (skip_ > 0) return void(--skip_);
  switch (state_) {
    case Outside: return;
    case SheetData: state_ = Outside; return;
    case Row: return end_row();
    case Cell: return end_cell();
    case Value: case Formula: case InlineString: state_ = Cell; return;
    case Run: state_ = InlineString; return;
    case InlineText: state_ = in_run_ ? Run : InlineString; return;
  }
}

void SheetRows::Reader::text(std::string_view text) {
  if (skip_ > 0) return;
  if (state_ == Value) append_text(value_, text);
  else if (state_ == InlineText) append_text(text_, text);
}

void SheetRows::Reader::append_text(std::string& to, std::string_view text) {
  const std::size_t held = &to == &value_ ? value_.size() : text_.size() - text_start_;
  if (held + text.size() <= data_->limits.cell_bytes) {
    to.append(text);
    return;
  }
  problem(row_, column_, fmt::format("{} holds more than {} of text, more than any cell of a case sheet: is it the "
                                     "right sheet?", here(), byte_count(data_->limits.cell_bytes)));
}

void SheetRows::Reader::start_row(const char* const* attributes) {
  std::size_t number = last_row_ + 1;
  if (const auto r = attribute(attributes, "r")) {
    const auto parsed = parse_row_number(*r);
    if (!parsed || *parsed > kExcelRows)
      return problem(0, SIZE_MAX, fmt::format("{} has a row numbered \"{:.40}\" after row {}, {}: {}", stream_->part(), *r,
                                              last_row_, parsed ? "past Excel's last row, 1048576" : "which is not a row number", kDamaged));
    number = *parsed;
  }
  if (number <= last_row_)
    return problem(number, SIZE_MAX, fmt::format("row {} comes after row {}, out of order: {}", number, last_row_, kDamaged));
  if (number > kExcelRows)
    return problem(0, SIZE_MAX, fmt::format("{} has more than Excel's 1048576 rows: {}", stream_->part(), kDamaged));
  row_ = number;
  state_ = Row;
  text_.clear();
  spans_.clear();
  next_column_ = 0;
}

void SheetRows::Reader::end_row() {
  state_ = SheetData;
  last_row_ = row_;
  if (spans_.empty()) return;  // no non-empty cell: not a row to give
  cells.resize(spans_.size());
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    cells[i] = {s.external ? s.external : text_.data() + s.offset, s.length};
  }
  row_number = row_;
  suspend();
}

void SheetRows::Reader::start_cell(const char* const* attributes) {
  std::optional<std::string_view> r, t;
  style_ = 0;
  for (auto a = attributes; *a; a += 2) {
    if (a[0][0] == '\0' || a[0][1] != '\0') continue;  // r, t and s have one letter (and no prefix)
    if (a[0][0] == 'r') r = a[1];
    else if (a[0][0] == 't') t = a[1];
    else if (a[0][0] == 's') style_ = parse_index(a[1]);
  }
  if (!cell_column(r)) return;
  const auto type = t ? cell_type(*t) : CellType::Number;
  if (!type) return problem(row_, column_, fmt::format("{} has an unknown type \"{:.40}\": {}", here(), *t, kDamaged));
  type_ = *type;
  formula_ = value_seen_ = false;
  value_.clear();
  text_start_ = text_.size();
  state_ = Cell;
}

bool SheetRows::Reader::cell_column(std::optional<std::string_view> r) {
  std::size_t column = next_column_;
  if (r) {
    const auto ref = parse_cell_ref(*r);
    if (!ref) {
      problem(row_, SIZE_MAX, fmt::format("row {} has a cell named \"{:.40}\", which is not a cell reference: {}", row_, *r, kDamaged));
      return false;
    }
    column = ref->column;
  }
  if (column >= kExcelColumns) {
    problem(row_, SIZE_MAX, fmt::format("row {} has a cell past Excel's last column, XFD: {}", row_, kDamaged));
    return false;
  }
  if (column < next_column_) {
    problem(row_, column, fmt::format("{} comes after {} in row {}, out of order: {}", cell_name(row_, column),
                                      cell_name(row_, next_column_ - 1), row_, kDamaged));
    return false;
  }
  column_ = column;
  next_column_ = column + 1;
  return true;
}

void SheetRows::Reader::end_cell() {
  state_ = Row;
  const bool saved = value_seen_ && (!value_.empty() || type_ == CellType::FormulaString);
  if (formula_ && !saved && type_ != CellType::Inline)
    return problem(row_, column_, fmt::format("{} holds a formula with no saved value (the program that wrote the file "
                                              "does not calculate formulas): open the workbook in Excel or LibreOffice "
                                              "and save it", here()));
  if (type_ != CellType::Inline) text_.resize(text_start_);  // drop an <is> in a cell of another type
  Span span{nullptr, text_start_, 0};
  if (!cell_text(span)) return;
  if (span.length == 0) return text_.resize(text_start_);
  if (column_ >= data_->limits.columns)
    return problem(row_, column_, fmt::format("{} is past column {}, the last of the {} columns read: delete or move "
                                              "what is beyond it", here(), column_name(data_->limits.columns - 1),
                                              data_->limits.columns));
  spans_.resize(column_ + 1);
  spans_[column_] = span;
}

// The cell's text, by its type: in the table of shared strings, a constant, or text_.
bool SheetRows::Reader::cell_text(Span& span) {
  switch (type_) {
    case CellType::Number: return number_text(span);
    case CellType::Shared: return shared_text(span);
    case CellType::Boolean: return boolean_text(span);
    case CellType::Inline: unescape_xstring(text_, text_start_); break;
    case CellType::FormulaString:
      unescape_xstring(value_, 0);
      text_.append(value_);
      break;
    case CellType::Error: text_.append(value_); break;
    case CellType::IsoDate: append_iso_date(value_, text_); break;
  }
  span.length = text_.size() - text_start_;
  return true;
}

bool SheetRows::Reader::shared_text(Span& span) {
  const std::string_view index_text = trim(value_);
  const std::size_t index = parse_index(index_text);
  const auto& strings = data_->strings;
  if (index < strings.size()) span = {strings[index].data(), 0, strings[index].size()};
  if (index < strings.size() || index_text.empty()) return true;
  problem(row_, column_, fmt::format("{} refers to shared string \"{:.40}\", but the workbook has {} shared strings "
                                     "(numbered from 0): {}", here(), value_, strings.size(), kDamaged));
  return false;
}

bool SheetRows::Reader::boolean_text(Span& span) {
  static constexpr std::string_view kTrue = "TRUE", kFalse = "FALSE";
  const std::string_view v = trim(value_);
  if (v == "1" || v == "true") span = {kTrue.data(), 0, kTrue.size()};
  else if (v == "0" || v == "false") span = {kFalse.data(), 0, kFalse.size()};
  else if (!v.empty()) {
    problem(row_, column_, fmt::format("{} holds \"{:.40}\" where TRUE (1) or FALSE (0) belongs: {}", here(), value_, kDamaged));
    return false;
  }
  return true;
}

bool SheetRows::Reader::number_text(Span& span) {
  if (!value_.empty() && !append_number(value_, data_->styles.kind(style_), data_->date1904, text_)) {
    problem(row_, column_, fmt::format("{} holds \"{:.40}\" where a number belongs: {}", here(), value_, kDamaged));
    return false;
  }
  span.length = text_.size() - text_start_;
  return true;
}

SheetRows::SheetRows(std::shared_ptr<const WorkbookData> data, const std::string& part)
    : reader_(std::make_unique<Reader>(std::move(data), part)) {}
SheetRows::SheetRows(Problem problem) : reader_(std::make_unique<Reader>(std::move(problem))) {}
SheetRows::~SheetRows() = default;
SheetRows::SheetRows(SheetRows&&) noexcept = default;
SheetRows& SheetRows::operator=(SheetRows&&) noexcept = default;

bool SheetRows::next() { return reader_ && reader_->next(); }
std::size_t SheetRows::row_number() const { return reader_ ? reader_->row_number : 0; }
std::size_t SheetRows::size() const { return reader_ ? reader_->cells.size() : 0; }
std::string_view SheetRows::cell(std::size_t column) const { return reader_->cells[column]; }
std::uint64_t SheetRows::consumed() const { return reader_ ? reader_->consumed() : 0; }
std::uint64_t SheetRows::declared() const { return reader_ ? reader_->declared() : 0; }

const std::optional<Problem>& SheetRows::error() const {
  static const std::optional<Problem> kNone;
  return reader_ ? reader_->error : kNone;
}

}  // namespace pdurate::readers::xlsx
