// pdu-rate's version, as the build states it (CMakeLists.txt, project VERSION).
#pragma once

#include <string_view>

namespace pdurate::util {

std::string_view version();  // e.g. "0.1.0"

}  // namespace pdurate::util
