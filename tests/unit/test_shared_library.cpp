// util::load_library and library_symbol: a library found by its SONAME gives its functions; a
// missing library or function throws LibraryMissing naming it.
#include <ostream>

#include <doctest/doctest.h>

#include <string>

#include "pdurate/util/shared_library.hpp"

using pdurate::util::LibraryMissing;
using pdurate::util::library_symbol;
using pdurate::util::load_library;

TEST_CASE("a library loaded by its SONAME gives its functions") {
  void* libm = load_library("libm.so.6", "to test");
  const auto cbrt_of = reinterpret_cast<double (*)(double)>(library_symbol(libm, "libm.so.6", "cbrt"));
  CHECK(cbrt_of(27.0) == doctest::Approx(3.0));
  // The same handle again: loaded once for the process.
  CHECK(load_library("libm.so.6", "to test") == libm);
}

TEST_CASE("a missing library or function is named in the message") {
  try {
    load_library("libpdurate-no-such-library.so.9", "to read .xlsx workbooks");
    FAIL("no exception");
  } catch (const LibraryMissing& e) {
    const std::string message = e.what();
    CHECK(message.find("cannot load libpdurate-no-such-library.so.9, which pdu-rate needs to read .xlsx workbooks: ") == 0);
    CHECK(message.find("No such file") != std::string::npos);  // dlerror()'s reason
  }
  void* libm = load_library("libm.so.6", "to test");
  try {
    library_symbol(libm, "libm.so.6", "pdurate_no_such_function");
    FAIL("no exception");
  } catch (const LibraryMissing& e) {
    CHECK(std::string(e.what()).find("libm.so.6 has no function pdurate_no_such_function: ") == 0);
  }
}
