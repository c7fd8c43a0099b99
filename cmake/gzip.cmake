# gzip -9n INPUT > OUTPUT: -n leaves out the name and time stamp, so the result is reproducible
# (and what lintian expects of a Debian package's changelog and man page).
execute_process(COMMAND ${GZIP} -9n -c ${INPUT} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${INPUT}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
