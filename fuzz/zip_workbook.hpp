// Zips a fuzz input's XML into a workbook of one sheet, so that mutations of the XML reach the
// sheet readers without breaking the zip around them (fuzz_xlsx, fuzz_case_xlsx). The input is
// the sheet's XML, then (after a NUL byte) its shared strings' and (after another) its styles'.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zip.h>

#include "check.hpp"

namespace fuzz {

// The entries, stored, in a zip archive made in memory.
inline std::string zip_of(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  FUZZ_CHECK(archive);
  zip_source_keep(buffer);
  for (const auto& [name, text] : entries) {
    const zip_int64_t i = zip_file_add(archive, name.c_str(), zip_source_buffer(archive, text.data(), text.size(), 0), 0);
    FUZZ_CHECK(i >= 0);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
  }
  FUZZ_CHECK(zip_close(archive) == 0);
  zip_stat_t stat;
  FUZZ_CHECK(zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0);
  std::string bytes(stat.size, '\0');
  FUZZ_CHECK(zip_source_read(buffer, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

// A workbook of one sheet, its shared strings and styles from the input's NUL-separated parts.
inline std::string workbook_around(std::string_view xml) {
  std::vector<std::string> parts;
  for (std::size_t at = 0; parts.size() < 3;) {
    const std::size_t nul = std::min(xml.find('\0', at), xml.size());
    parts.emplace_back(xml.substr(at, nul - at));
    at = std::min(nul + 1, xml.size());
  }
  const std::string rel = R"(<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)";
  return zip_of({{"xl/workbook.xml", R"(<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>)"},
                 {"xl/_rels/workbook.xml.rels", "<Relationships>" + rel + R"(worksheet" Target="worksheets/sheet1.xml" Id="rId1"/>)" +
                                                    rel + R"(sharedStrings" Target="sharedStrings.xml" Id="rId2"/>)" +
                                                    rel + R"(styles" Target="styles.xml" Id="rId3"/></Relationships>)"},
                 {"xl/worksheets/sheet1.xml", parts[0]},
                 {"xl/sharedStrings.xml", parts[1].empty() ? "<sst/>" : parts[1]},
                 {"xl/styles.xml", parts[2].empty() ? "<styleSheet/>" : parts[2]}});
}

// The workbook an input stands for: its XML zipped when it starts with '<', else the input.
inline std::string workbook_bytes(std::string_view input) {
  return !input.empty() && input[0] == '<' ? workbook_around(input) : std::string(input);
}

}  // namespace fuzz
