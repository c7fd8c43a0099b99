# Builds the man page from doc/pdu-rate.1.md: pandoc (with man_page.lua for dashes and code
# blocks), then a fix to pandoc 2.17's roff that `mandoc -T lint -W warning` (a test) reports,
# then a copy compressed for installation.
# Usage: cmake -DPANDOC=... -DGZIP=... -DINPUT=pdu-rate.1.md -DOUTPUT=pdu-rate.1 -DVERSION=x.y.z -P man_page.cmake
execute_process(
  COMMAND ${PANDOC} -s -f markdown-smart -t man -M "footer=pdu-rate ${VERSION}"
          --lua-filter ${CMAKE_CURRENT_LIST_DIR}/man_page.lua ${INPUT}
  OUTPUT_VARIABLE roff
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pandoc failed on ${INPUT}")
endif()
# A paragraph macro straight after a heading does nothing but draw a warning.
string(REGEX REPLACE "(\n\\.S[HS] [^\n]*)\n\\.PP\n" "\\1\n" roff "${roff}")
file(WRITE ${OUTPUT}.tmp "${roff}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
set(INPUT ${OUTPUT})
set(OUTPUT ${OUTPUT}.gz)
include(${CMAKE_CURRENT_LIST_DIR}/gzip.cmake)
