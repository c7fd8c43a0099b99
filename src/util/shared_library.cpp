#include "pdurate/util/shared_library.hpp"

#include <dlfcn.h>

namespace pdurate::util {
namespace {

std::string last_error() {
  const char* error = dlerror();
  return error ? error : "no reason given";
}

}  // namespace

void* load_library(const char* soname, const char* purpose) {
  // RTLD_NOW: a missing function is reported here, once, rather than in the middle of a file.
  void* library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!library)
    throw LibraryMissing(std::string("cannot load ") + soname + ", which pdu-rate needs " + purpose + ": " +
                         last_error() + " (pdu-rate's package depends on it: reinstall that)");
  return library;
}

void* library_symbol(void* library, const char* soname, const char* name) {
  dlerror();  // clears an earlier error
  void* address = dlsym(library, name);
  if (!address)
    throw LibraryMissing(std::string(soname) + " has no function " + name + ": " + last_error() +
                         " (an older version? pdu-rate's package depends on the version it needs: reinstall that)");
  return address;
}

}  // namespace pdurate::util
