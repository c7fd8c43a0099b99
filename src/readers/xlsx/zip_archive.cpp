#include "readers/xlsx/zip_archive.hpp"

#include <fmt/format.h>

#include "readers/xlsx/libzip.hpp"

namespace pdurate::readers::xlsx {
namespace {

// libzip's words for an error code, e.g. "Not a zip archive".
std::string zip_message(zip_error_t& error) {
  std::string message = libzip().zip_error_strerror(&error);
  libzip().zip_error_fini(&error);
  return message;
}

// What a file that libzip cannot open is, judged by its first bytes, and what to do.
std::string not_a_zip(std::string_view bytes, int code, std::string libzip) {
  if (bytes.empty()) return "an empty file, not an Excel workbook: save the workbook from Excel as .xlsx";
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4))
    return "an old-format .xls workbook or a password-protected one, not an .xlsx file: "
           "in Excel, remove any password and save it as Excel Workbook (.xlsx)";
  if (code == ZIP_ER_NOZIP && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return "a truncated or damaged .xlsx file: its zip archive has no directory at its end; copy or save the file again";
  if (code == ZIP_ER_NOZIP)
    return "not an Excel workbook: it is not a zip archive, as .xlsx files are; save it from Excel as Excel Workbook (.xlsx)";
  return fmt::format("a damaged .xlsx file: its zip archive cannot be read ({}); copy or save the file again", libzip);
}

// Why an entry is not read, or "". Spreadsheet programs store or deflate; any other method
// (bzip2, LZMA, ...) is refused before libzip's decompressor for it sees the data, and so is
// encryption.
std::string refusal(zip_t* archive, zip_uint64_t index, std::string_view part) {
  zip_stat_t stat;
  if (libzip().zip_stat_index(archive, index, 0, &stat) != 0) return "";
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    return fmt::format("{} is encrypted: save the workbook without a password", part);
  if ((stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
    return fmt::format("{} is compressed with zip method {}, which spreadsheet programs do not use: open the workbook "
                       "in Excel or LibreOffice and save it again", part, stat.comp_method);
  return "";
}

}  // namespace

void ZipEntry::Close::operator()(zip_file* file) const { libzip().zip_fclose(file); }
void ZipArchive::Discard::operator()(zip* archive) const { libzip().zip_discard(archive); }

ZipEntry::ZipEntry(zip_file* file, std::string part, std::uint64_t limit, std::uint64_t declared)
    : file_(file), part_(std::move(part)), limit_(limit), declared_(declared) {}

std::optional<std::size_t> ZipEntry::read(char* buffer, std::size_t size, Problem& problem) {
  // One byte past the limit is asked for, so that reaching it exactly is not an error.
  const std::uint64_t left = limit_ - read_;
  const std::size_t wanted = left < size ? static_cast<std::size_t>(left) + 1 : size;
  const zip_int64_t n = libzip().zip_fread(file_.get(), buffer, wanted);
  if (n < 0) {
    problem = {0, SIZE_MAX, fmt::format("{} is damaged ({}): copy or save the file again", part_,
                                        libzip().zip_error_strerror(libzip().zip_file_get_error(file_.get())))};
    return std::nullopt;
  }
  read_ += static_cast<std::uint64_t>(n);
  if (read_ > limit_) {
    problem = {0, SIZE_MAX, fmt::format("{} expands to more than {}: is it a zip bomb? If the workbook is real, "
                                        "split the sheet or save it as CSV", part_, byte_count(limit_))};
    return std::nullopt;
  }
  return static_cast<std::size_t>(n);
}

ZipArchive::ZipArchive(zip* archive, const Limits& limits) : zip_(archive), limits_(limits) {}

std::optional<ZipArchive> ZipArchive::open(std::string_view bytes, const Limits& limits, Problem& problem) {
  if (bytes.empty()) {  // libzip opens it as an archive with no entries
    problem = {0, SIZE_MAX, not_a_zip(bytes, ZIP_ER_NOZIP, "")};
    return std::nullopt;
  }
  zip_error_t error;
  libzip().zip_error_init(&error);
  zip_source_t* source = libzip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? libzip().zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) libzip().zip_source_free(source);
    const int code = libzip().zip_error_code_zip(&error);
    problem = {0, SIZE_MAX, not_a_zip(bytes, code, zip_message(error))};
    return std::nullopt;
  }
  libzip().zip_error_fini(&error);
  ZipArchive opened(archive, limits);
  if (static_cast<std::uint64_t>(libzip().zip_get_num_entries(archive, 0)) > limits.entries) {
    problem = {0, SIZE_MAX, fmt::format("the file's zip archive has more than {} entries, which no workbook needs: "
                                        "is it a zip bomb? If the workbook is real, save its sheet as CSV",
                                        limits.entries)};
    return std::nullopt;
  }
  return opened;
}

std::int64_t ZipArchive::locate(std::string_view part) const {
  const std::string name(part);
  // The exact name first: libzip finds it by hash; ignoring case it compares every name.
  const zip_int64_t exact = libzip().zip_name_locate(zip_.get(), name.c_str(), 0);
  return exact >= 0 ? exact : libzip().zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE);
}

bool ZipArchive::contains(std::string_view part) const { return locate(part) >= 0; }

std::optional<ZipEntry> ZipArchive::entry(std::string_view part, Problem& problem) const {
  const std::int64_t index = locate(part);
  if (index < 0) {
    problem = {0, SIZE_MAX, fmt::format("the workbook has no {}: {}", part, kDamaged)};
    return std::nullopt;
  }
  if (std::string refused = refusal(zip_.get(), static_cast<zip_uint64_t>(index), part); !refused.empty()) {
    problem = {0, SIZE_MAX, std::move(refused)};
    return std::nullopt;
  }
  zip_file_t* file = libzip().zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    problem = {0, SIZE_MAX, fmt::format("{} cannot be read ({}): copy or save the file again", part,
                                        libzip().zip_error_strerror(libzip().zip_get_error(zip_.get())))};
    libzip().zip_error_clear(zip_.get());
    return std::nullopt;
  }
  zip_stat_t stat;
  const bool sized = libzip().zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
                     (stat.valid & ZIP_STAT_SIZE);
  return ZipEntry(file, std::string(part), limits_.part_bytes, sized ? stat.size : 0);
}

}  // namespace pdurate::readers::xlsx
