// Reads every cell of every sheet of a workbook with the .xlsx reader (src/readers/xlsx/), for
// bench/xlsx to time; with --print, writes each row as "sheet!row: cell|cell|..." instead.
//   pdurate-xlsx-read [--print] FILE.xlsx
#include <cstdio>
#include <string>
#include <string_view>

#include "pdurate/readers/source_text.hpp"
#include "readers/xlsx/workbook.hpp"

using namespace pdurate;

int main(int argc, char** argv) {
  const bool print = argc == 3 && std::string_view(argv[1]) == "--print";
  if (argc != 2 && !print) {
    std::fprintf(stderr, "usage: pdurate-xlsx-read [--print] FILE.xlsx\n");
    return 2;
  }
  util::Diagnostics errors;
  const auto source = readers::SourceText::open(argv[argc - 1], errors);
  if (!source) return 1;
  readers::xlsx::Problem problem;
  const auto workbook = readers::xlsx::Workbook::open(source->text(), problem);
  if (!workbook) return std::fprintf(stderr, "%s\n", problem.message.c_str()), 1;
  std::size_t rows = 0, cells = 0, bytes = 0;
  for (std::size_t s = 0; s < workbook->sheets().size(); ++s) {
    auto sheet = workbook->rows(s);
    while (sheet.next()) {
      ++rows;
      if (print) std::printf("%s!%zu:", workbook->sheets()[s].name.c_str(), sheet.row_number());
      for (std::size_t c = 0; c < sheet.size(); ++c) {
        const std::string_view cell = sheet.cell(c);
        cells += !cell.empty();
        bytes += cell.size();
        if (print) std::printf("%s%.*s", c ? "|" : " ", static_cast<int>(cell.size()), cell.data());
      }
      if (print) std::printf("\n");
    }
    if (const auto& e = sheet.error()) {
      std::fprintf(stderr, "%s: row %zu, column %zu: %s\n", workbook->sheets()[s].name.c_str(), e->row, e->column,
                   e->message.c_str());
      return 1;
    }
  }
  if (!print) std::printf("%zu rows, %zu non-empty cells, %zu bytes of text\n", rows, cells, bytes);
  return 0;
}
