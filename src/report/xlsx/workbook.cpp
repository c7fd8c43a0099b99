#include "report/xlsx/workbook.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <map>
#include <stdlib.h>  // mkdtemp

#include "pdurate/report/formats.hpp"
#include "report/xlsx/libxlsxwriter.hpp"

namespace pdurate::report::xlsx {
namespace {

// Excel's limit on a cell's text.
constexpr std::size_t kCellTextMax = 32767;

lxw_row_t row_of(std::size_t row) { return static_cast<lxw_row_t>(row); }
lxw_col_t col_of(std::size_t col) { return static_cast<lxw_col_t>(col); }

// A private directory under TMPDIR (or /tmp) for the workbook and libxlsxwriter's own files.
std::filesystem::path make_private_dir() {
  std::error_code ec;
  auto base = std::filesystem::temp_directory_path(ec);
  if (ec) base = "/tmp";
  std::string pattern = (base / "pdu-rate-xlsx-XXXXXX").string();
  if (!::mkdtemp(pattern.data()))
    throw Error(fmt::format("cannot make the workbook: {} (creating a temporary directory in {})", std::strerror(errno),
                            base.string()));
  return pattern;
}

}  // namespace

void Sheet::text(std::size_t row, std::size_t col, std::string_view text, Style style) {
  const std::string cell = truncated(text, kCellTextMax);
  lxw().worksheet_write_string(sheet_, row_of(row), col_of(col), cell.c_str(), book_.format(style));
  if (style == Style::Title || style == Style::Subtitle) return;  // they run across the empty cells beside
  widths_.see(col, cell);
  if (style == Style::Wrap) wrapped_.push_back({row, col, display_length(cell)});
}

void Sheet::number(std::size_t row, std::size_t col, double value, Style style) {
  lxw().worksheet_write_number(sheet_, row_of(row), col_of(col), value, book_.format(style));
  // As shown: "45.6%" for a percentage, else the shortest form.
  widths_.see(col, style == Style::Percent   ? fmt::format("{:.1f}%", 100 * value)
                   : style == Style::Decimal ? fmt::format("{:.2f}", value)
                                             : fmt::format("{}", value));
}

void Sheet::fraction(std::size_t row, std::size_t col, std::optional<double> value) {
  if (value) number(row, col, *value, Style::Percent);
}

void Sheet::header(std::size_t row, const std::vector<std::string>& headings) {
  // A long heading over short figures wraps rather than widening its column.
  constexpr std::size_t kHeadingWidth = 12;
  for (std::size_t c = 0; c < headings.size(); ++c) {
    lxw().worksheet_write_string(sheet_, row_of(row), col_of(c), headings[c].c_str(), book_.format(Style::Header));
    const auto length = display_length(headings[c]);
    widths_.see_length(c, std::min(length, kHeadingWidth));
    wrapped_.push_back({row, c, length});
  }
}

void Sheet::table(std::string_view name, const std::vector<std::string>& headings, std::size_t rows) {
  if (rows == 0 || headings.empty()) return;
  std::vector<std::string> names = headings;
  std::vector<lxw_table_column> columns(names.size());
  std::vector<lxw_table_column*> pointers;
  for (std::size_t i = 0; i < names.size(); ++i) {
    columns[i].header = names[i].data();
    pointers.push_back(&columns[i]);
  }
  pointers.push_back(nullptr);
  std::string table_name(name);
  lxw_table_options options{};
  options.name = table_name.data();
  options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
  options.style_type_number = 2;
  options.columns = pointers.data();
  lxw().worksheet_add_table(sheet_, row_of(0), col_of(0), row_of(rows), col_of(names.size() - 1), &options);
}

void Sheet::freeze(std::size_t rows, std::size_t cols) {
  lxw().worksheet_freeze_panes(sheet_, row_of(rows), col_of(cols));
  // Printed, every page repeats the headings (the last row frozen).
  if (rows > 0) lxw().worksheet_repeat_rows(sheet_, row_of(rows - 1), row_of(rows - 1));
}

void Sheet::set_widths() {
  for (std::size_t c = 0; c < widths_.columns(); ++c)
    if (const double width = widths_.width(c); width > 0)
      lxw().worksheet_set_column(sheet_, col_of(c), col_of(c), width, nullptr);
  std::map<std::size_t, std::size_t> lines;  // by row, of its tallest wrapped cell
  for (const auto& w : wrapped_) {
    auto& l = lines[w.row];
    l = std::max(l, wrapped_lines(w.length, widths_.width(w.col)));
  }
  constexpr double kLineHeight = 15;  // points, of the default 11-point font
  for (const auto& [row, n] : lines)
    if (n > 1) lxw().worksheet_set_row(sheet_, row_of(row), kLineHeight * static_cast<double>(n), nullptr);
}

Workbook::Workbook() : dir_(make_private_dir()), file_(dir_ / "workbook.xlsx") {
  std::string tmpdir = dir_.string();
  lxw_workbook_options options{};
  options.tmpdir = tmpdir.data();
  book_ = lxw().workbook_new_opt(file_.c_str(), &options);
  if (!book_) {
    remove_files();
    throw Error("cannot make the workbook: out of memory");
  }
  make_formats();
}

Workbook::~Workbook() {
  if (book_) lxw().workbook_close(book_);  // frees it; the file, if any, goes with the directory
  remove_files();
}

void Workbook::remove_files() noexcept {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void Workbook::make_formats() {
  // Every cell at the top of its row, so that a row made tall for wrapped text reads across.
  auto add = [&](Style style) {
    lxw_format* f = formats_[static_cast<std::size_t>(style)] = lxw().workbook_add_format(book_);
    lxw().format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
  };
  add(Style::Plain);
  lxw().format_set_bold(add(Style::Bold));
  lxw_format* title = add(Style::Title);
  lxw().format_set_bold(title);
  lxw().format_set_font_size(title, 14);
  lxw().format_set_italic(add(Style::Subtitle));
  lxw_format* header = add(Style::Header);
  lxw().format_set_bold(header);
  lxw().format_set_bg_color(header, 0xD9E2F3);
  lxw().format_set_bottom(header, LXW_BORDER_THIN);
  lxw().format_set_text_wrap(header);
  lxw().format_set_num_format(add(Style::Integer), "0");
  lxw().format_set_num_format(add(Style::Percent), "0.0%");
  lxw().format_set_num_format(add(Style::Decimal), "0.00");
  lxw().format_set_text_wrap(add(Style::Wrap));
}

Sheet& Workbook::add_sheet(std::string_view wanted) {
  names_.push_back(sheet_name(wanted, names_));
  lxw_worksheet* sheet = lxw().workbook_add_worksheet(book_, names_.back().c_str());
  if (!sheet) throw Error(fmt::format("cannot make the workbook: libxlsxwriter refused the sheet '{}'", names_.back()));
  // Printed (or saved as PDF): A4 landscape, every column on the page.
  lxw().worksheet_set_landscape(sheet);
  lxw().worksheet_set_paper(sheet, 9);
  lxw().worksheet_fit_to_pages(sheet, 1, 0);
  return sheets_.emplace_back(*this, sheet, names_.back());
}

void Workbook::properties(const std::string& title, const std::string& subject) {
  std::string t = truncated(title, 255), s = truncated(subject, 255), author = "pdu-rate";
  lxw_doc_properties p{};
  p.title = t.data();
  p.subject = s.data();
  p.author = author.data();
  lxw().workbook_set_properties(book_, &p);
}

std::string Workbook::bytes() {
  for (auto& sheet : sheets_) sheet.set_widths();
  const lxw_error error = lxw().workbook_close(book_);
  book_ = nullptr;
  if (error != LXW_NO_ERROR)
    throw Error(
        fmt::format("cannot make the workbook: {} (writing it in {})", lxw().lxw_strerror(error), dir_.string()));
  std::ifstream in(file_, std::ios::binary);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw Error(fmt::format("cannot make the workbook: cannot read {} back", file_.string()));
  remove_files();
  return out;
}

}  // namespace pdurate::report::xlsx
