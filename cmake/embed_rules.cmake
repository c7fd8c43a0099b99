# Writes OUTPUT, a C++ source defining pdurate::rules::default_rules_text() from INPUT.
# Run as: cmake -DINPUT=... -DOUTPUT=... -DNAME=... -P embed_rules.cmake
file(READ "${INPUT}" text)
set(delim "pdurate_rules")
string(FIND "${text}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delim}\"")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${NAME} by cmake/embed_rules.cmake: do not edit.
#include \"pdurate/rules/default_rules.hpp\"

namespace pdurate::rules {

std::string_view default_rules_name() { return \"${NAME}\"; }

std::string_view default_rules_text() {
  static constexpr std::string_view text = R\"${delim}(${text})${delim}\";
  return text;
}

}  // namespace pdurate::rules
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
