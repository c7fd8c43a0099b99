/* Writes libxlsxwriter.xlsx, the fixture table of make_fixtures.py, with libxlsxwriter (C).
 * Not built by CMake: run once, by hand, and commit the output.
 *   cc make_libxlsxwriter.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/make_libxlsxwriter
 *   /tmp/make_libxlsxwriter tests/data/xlsx/libxlsxwriter.xlsx */
#include <stdio.h>
#include <xlsxwriter.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUTPUT.xlsx\n", argv[0]);
    return 2;
  }
  lxw_workbook* wb = workbook_new(argv[1]);
  lxw_doc_properties properties = {0};
  properties.created = 1709596800; /* 2024-03-05 00:00 UTC: the same bytes each run */
  workbook_set_properties(wb, &properties);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Cases");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);

  const char* header[] = {"case_id", "case_type", "2.1.1", "2.1.2", "2.1.3"};
  for (int c = 0; c < 5; c++) worksheet_write_string(ws, 0, c, header[c], NULL);
  const char* row2[] = {"C001", "Community", "Yes", "No", "N/A"};
  for (int c = 0; c < 5; c++) worksheet_write_string(ws, 1, c, row2[c], NULL);
  worksheet_write_number(ws, 2, 0, 1002, NULL);
  worksheet_write_string(ws, 2, 1, "Licence", NULL);
  worksheet_write_string(ws, 2, 2, "No", NULL);
  worksheet_write_string(ws, 2, 3, "  Yes  ", NULL);
  worksheet_write_string(ws, 2, 4, "Yes", NULL);
  worksheet_write_string(ws, 3, 0, "C003", NULL);
  lxw_rich_string_tuple cus = {bold, "Cus"}, tody = {NULL, "tody"};
  lxw_rich_string_tuple* custody[] = {&cus, &tody, NULL};
  worksheet_write_rich_string(ws, 3, 1, custody, NULL);
  worksheet_write_string(ws, 3, 2, "N/A", NULL);
  worksheet_write_string(ws, 3, 4, "No", NULL);
  worksheet_write_string(ws, 4, 0, "C004", NULL);
  lxw_datetime day = {2024, 3, 5, 0, 0, 0};
  worksheet_write_datetime(ws, 4, 1, &day, date);
  worksheet_write_boolean(ws, 4, 2, 1, NULL);
  worksheet_write_string(ws, 4, 3, "Yes", NULL);
  worksheet_write_formula_num(ws, 4, 4, "=1+2", NULL, 3);
  worksheet_write_string(ws, 5, 0, "C005", NULL);
  worksheet_write_string(ws, 5, 1, "Community", NULL);
  worksheet_write_string(ws, 5, 2, "Yes", NULL);
  worksheet_write_formula_str(ws, 5, 3, "=\"N\"&\"o\"", NULL, "No");
  worksheet_write_number(ws, 5, 4, 0.1, NULL);

  lxw_worksheet* notes = workbook_add_worksheet(wb, "Notes");
  lxw_format* stamp = workbook_add_format(wb);
  format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
  lxw_format* clock = workbook_add_format(wb);
  format_set_num_format(clock, "hh:mm");
  worksheet_write_string(notes, 0, 0, "note", NULL);
  worksheet_write_string(notes, 0, 1, "when", NULL);
  worksheet_write_string(notes, 1, 0, "reviewed", NULL);
  lxw_datetime reviewed = {2024, 3, 5, 14, 30, 0};
  worksheet_write_datetime(notes, 1, 1, &reviewed, stamp);
  worksheet_write_string(notes, 3, 0, "time", NULL);
  lxw_datetime time = {0, 0, 0, 14, 30, 0};
  worksheet_write_datetime(notes, 3, 1, &time, clock);
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
