/* Writes a CSV file of cases (no quoted fields) as a workbook with libxlsxwriter: the
 * cases-libxlsxwriter.xlsx of make_cases.py, which compiles and runs it.
 *   usage: make_cases CASES.csv OUTPUT.xlsx */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s CASES.csv OUTPUT.xlsx\n", argv[0]);
    return 2;
  }
  FILE* in = fopen(argv[1], "r");
  if (!in) {
    perror(argv[1]);
    return 1;
  }
  lxw_workbook* wb = workbook_new(argv[2]);
  lxw_doc_properties properties = {0};
  properties.created = 1709596800; /* 2024-03-05 00:00 UTC: the same bytes each run */
  workbook_set_properties(wb, &properties);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Cases");
  char line[65536];
  for (lxw_row_t row = 0; fgets(line, sizeof line, in); row++) {
    line[strcspn(line, "\r\n")] = '\0';
    lxw_col_t col = 0;
    for (char *field = line, *comma;; field = comma + 1, col++) {
      comma = strchr(field, ',');
      if (comma) *comma = '\0';
      if (*field) worksheet_write_string(ws, row, col, field, NULL);
      if (!comma) break;
    }
  }
  fclose(in);
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
