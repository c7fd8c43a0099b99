// A shared library loaded when it is first needed (dlopen by its SONAME) rather than at
// start-up: libzip and libxlsxwriter pull in OpenSSL's libcrypto, whose loading and relocation
// were a third of a plain CSV run's start-up (README, "Development").
#pragma once

#include <stdexcept>
#include <string>

namespace pdurate::util {

// The library could not be loaded or lacks a function: the installation is broken (the
// package depends on the library). The message names the library and says what dlerror() said.
struct LibraryMissing : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The library `soname` (e.g. "libzip.so.4"), loaded (never unloaded: keep the handle); `purpose` says what
// pdu-rate needs it for ("to read .xlsx workbooks"). Throws LibraryMissing.
void* load_library(const char* soname, const char* purpose);

// The address of `name` in the library that load_library gave. Throws LibraryMissing.
void* library_symbol(void* library, const char* soname, const char* name);

}  // namespace pdurate::util
