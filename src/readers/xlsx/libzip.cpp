#include "readers/xlsx/libzip.hpp"

#include "pdurate/util/shared_library.hpp"

namespace pdurate::readers::xlsx {

const Libzip& libzip() {
  static const Libzip functions = [] {
    constexpr const char* kSoname = "libzip.so.4";  // Debian 12's libzip4
    void* library = util::load_library(kSoname, "to read .xlsx workbooks");
    Libzip loaded;
#define PDURATE_LIBZIP_RESOLVE(name) \
  loaded.name = reinterpret_cast<decltype(loaded.name)>(util::library_symbol(library, kSoname, #name));
    PDURATE_LIBZIP_FUNCTIONS(PDURATE_LIBZIP_RESOLVE)
#undef PDURATE_LIBZIP_RESOLVE
    return loaded;
  }();
  return functions;
}

}  // namespace pdurate::readers::xlsx
