// libxlsxwriter's functions, loaded on first use rather than linked: see
// util/shared_library.hpp. Call them as lxw().worksheet_write_string(...); the types are those
// of <xlsxwriter.h>.
#pragma once

#include <xlsxwriter.h>

namespace pdurate::report::xlsx {

// Every libxlsxwriter function the report's workbooks call.
#define PDURATE_LXW_FUNCTIONS(X)                                                                                   \
  X(lxw_strerror) X(workbook_new_opt) X(workbook_set_properties) X(workbook_add_worksheet) X(workbook_add_format) \
  X(workbook_add_chart) X(workbook_close)                                                                          \
  X(worksheet_write_string) X(worksheet_write_number) X(worksheet_set_column) X(worksheet_set_row)                \
  X(worksheet_add_table) X(worksheet_autofilter) X(worksheet_data_validation_range) X(worksheet_freeze_panes)     \
  X(worksheet_repeat_rows) X(worksheet_set_landscape) X(worksheet_set_paper) X(worksheet_fit_to_pages)            \
  X(worksheet_insert_chart_opt)                                                                                    \
  X(format_set_bold) X(format_set_italic) X(format_set_font_size) X(format_set_bg_color) X(format_set_bottom)     \
  X(format_set_align) X(format_set_text_wrap) X(format_set_num_format)                                            \
  X(chart_add_series) X(chart_series_set_categories) X(chart_series_set_values) X(chart_series_set_name)          \
  X(chart_series_set_points) X(chart_series_set_labels) X(chart_series_set_labels_num_format)                     \
  X(chart_title_set_name) X(chart_title_set_name_font) X(chart_legend_set_position) X(chart_axis_set_min)         \
  X(chart_axis_set_max) X(chart_axis_set_major_unit) X(chart_axis_set_num_format) X(chart_axis_set_reverse)

struct Libxlsxwriter {
#define PDURATE_LXW_POINTER(name) decltype(&::name) name;
  PDURATE_LXW_FUNCTIONS(PDURATE_LXW_POINTER)
#undef PDURATE_LXW_POINTER
};

// libxlsxwriter, loaded by the first call (thread-safe). Throws util::LibraryMissing when it
// cannot be.
const Libxlsxwriter& lxw();

}  // namespace pdurate::report::xlsx
