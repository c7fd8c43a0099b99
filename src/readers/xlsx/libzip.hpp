// libzip's functions, loaded on first use rather than linked: see util/shared_library.hpp.
// Call them as libzip().zip_fread(...); the types are those of <zip.h>.
#pragma once

#include <zip.h>

namespace pdurate::readers::xlsx {

// Every libzip function the reader calls (zip_archive.cpp).
#define PDURATE_LIBZIP_FUNCTIONS(X)                                                                          \
  X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_error_code_zip) X(zip_source_buffer_create) \
  X(zip_source_free) X(zip_open_from_source) X(zip_discard) X(zip_get_num_entries) X(zip_name_locate)        \
  X(zip_stat_index) X(zip_fopen_index) X(zip_fread) X(zip_fclose) X(zip_file_get_error) X(zip_get_error)     \
  X(zip_error_clear)

struct Libzip {
#define PDURATE_LIBZIP_POINTER(name) decltype(&::name) name;
  PDURATE_LIBZIP_FUNCTIONS(PDURATE_LIBZIP_POINTER)
#undef PDURATE_LIBZIP_POINTER
};

// libzip, loaded by the first call (thread-safe). Throws util::LibraryMissing when it cannot be.
const Libzip& libzip();

}  // namespace pdurate::readers::xlsx
