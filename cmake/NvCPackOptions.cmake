# Read by cpack for each generator when it runs (CPACK_PROJECT_CONFIG_FILE).

if(CPACK_GENERATOR STREQUAL "DEB")
    # CPack puts the project's summary in front of every component's description; each Debian
    # package has its own summary, the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION.
    set(CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
