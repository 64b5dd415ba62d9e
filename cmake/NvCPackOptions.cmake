# Read by cpack for each generator when it runs (CPACK_PROJECT_CONFIG_FILE).

if(CPACK_GENERATOR STREQUAL "DEB")
    # CPack puts the project's summary in front of every component's description; each Debian
    # package has its own summary, the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION.
    set(CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
endif()

if(CPACK_GENERATOR STREQUAL "DragNDrop")
    # One image with everything: NV Console.app, and bin/ with the command-line tools.
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    set(CPACK_DMG_VOLUME_NAME "NV Console ${CPACK_PACKAGE_VERSION}")
endif()

if(CPACK_GENERATOR STREQUAL "NSIS")
    # One installer; the window and the command-line tools are two choices in it.
    set(CPACK_NSIS_DISPLAY_NAME "NV Console")
    set(CPACK_NSIS_PACKAGE_NAME "NV Console")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\nv-console.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (nv-cli, nv-sandbox) on PATH
endif()
