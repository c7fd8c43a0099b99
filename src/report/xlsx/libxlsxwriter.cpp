#include "report/xlsx/libxlsxwriter.hpp"

#include "pdurate/util/shared_library.hpp"

namespace pdurate::report::xlsx {

const Libxlsxwriter& lxw() {
  static const Libxlsxwriter functions = [] {
    constexpr const char* kSoname = "libxlsxwriter.so.4";  // Debian 12's libxlsxwriter4
    void* library = util::load_library(kSoname, "to write .xlsx workbooks");
    Libxlsxwriter loaded;
#define PDURATE_LXW_RESOLVE(name) \
  loaded.name = reinterpret_cast<decltype(loaded.name)>(util::library_symbol(library, kSoname, #name));
    PDURATE_LXW_FUNCTIONS(PDURATE_LXW_RESOLVE)
#undef PDURATE_LXW_RESOLVE
    return loaded;
  }();
  return functions;
}

}  // namespace pdurate::report::xlsx
