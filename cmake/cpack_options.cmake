# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): the DEB package also installs
# the Debian changelog (cmake/install.cmake).
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_CUSTOM_INSTALL_VARIABLES "PDURATE_DEBIAN_PACKAGE=ON")
endif()
