# Install rules and the Debian package (README, "Install"). Included when PDURATE_INSTALL is on
# (pdu-rate the top-level project), as fmt gates its own.
include(GNUInstallDirs)

install(TARGETS pdu-rate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pdu-rate/rules)
# Where bash-completion looks for a command's completion (`pkg-config --variable=completionsdir
# bash-completion` is /usr/share/bash-completion/completions on Debian): the file is named
# after the command, and loaded the first time it is completed.
install(FILES completions/pdu-rate DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
if(TARGET pdurate-man)
  install(FILES ${PDURATE_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Documents: the README, doc/*.md but the man page's source, the JSON schemas, the copyright.
file(GLOB pdurate_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/doc/*.md)
list(FILTER pdurate_docs EXCLUDE REGEX "/pdu-rate\\.1\\.md$")
install(FILES README.md ${pdurate_docs} packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY doc/schema DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian changelog belongs in the package only: CPack's DEB run sets PDURATE_DEBIAN_PACKAGE
# (cmake/cpack_options.cmake), a plain `cmake --install` does not.
set(PDURATE_DEBIAN_CHANGELOG ${PROJECT_BINARY_DIR}/changelog.Debian.gz)
add_custom_command(
  OUTPUT ${PDURATE_DEBIAN_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -DGZIP=${PDURATE_GZIP} -DINPUT=${PROJECT_SOURCE_DIR}/packaging/debian/changelog
          -DOUTPUT=${PDURATE_DEBIAN_CHANGELOG} -P ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
add_custom_target(pdurate-debian-changelog ALL DEPENDS ${PDURATE_DEBIAN_CHANGELOG})
install(CODE "if(PDURATE_DEBIAN_PACKAGE)
  file(INSTALL \"${PDURATE_DEBIAN_CHANGELOG}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}\")
endif()")

set(CPACK_PACKAGE_NAME pdu-rate)
set(CPACK_PACKAGE_VENDOR "pdu-rate maintainers")
set(CPACK_PACKAGE_CONTACT "pdu-rate maintainers <maintainers@users.noreply.r-seed-17b7e959.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "rating calculator for HM Inspectorate of Probation inspections")
# Lines under 80 characters (lintian); "." separates paragraphs.
set(CPACK_PACKAGE_DESCRIPTION
    "pdu-rate rates a probation inspection the way HM Inspectorate of
Probation rates a Probation Delivery Unit (PDU): from the inspectors'
Yes/No/N/A judgement for every case on every key question (an Excel
workbook, a CSV file or an inspection YAML file) it prints each
standard's rating, the score and the overall rating, with every count
behind them.
.
It explains ratings, answers what-if questions, breaks results down by
case attribute, estimates sampling error, checks a regression suite of
inspections against recorded expectations (with JUnit output for CI)
and compares rule sets.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY pdu-rate)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries' packages (libfmt9, libyaml-cpp0.7, libexpat1, libstdc++6, ...), found by
# dpkg-shlibdeps from dpkg-dev.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... and the two that pdu-rate loads with dlopen when it first reads or writes a workbook, which
# dpkg-shlibdeps cannot see: the versions it gave from their symbols files (Debian 12) when they
# were linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libzip4 (>= 1.0), libxlsxwriter4 (>= 1.1.4)")
# The package's files are root's, whoever builds it.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/cmake/cpack_options.cmake)
include(CPack)
