# Packages made by CPack from the normal build: "cpack" in the build folder, or
# "cmake --build build --target package". Debian packages on Linux, a drag-and-drop disk image
# on macOS, an NSIS installer on Windows (the last two are configured, not yet built).
#
# One package per install component (NV_PACKAGE_COMPONENTS / NV_PACKAGE_NAMES):
#   console -> nv-console  the window, its desktop integration and manual page. The
#                          embedded-browser plugin joins it: install(TARGETS <plugin> LIBRARY
#                          DESTINATION ${NV_INSTALL_PLUGINDIR} COMPONENT console).
#   cli     -> nv-cli      nv-cli, nv-sandbox (and nv-relay: install(TARGETS nv-relay RUNTIME
#                          DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli) plus its
#                          nv_add_man_page()), their manual pages, bash completion and the
#                          command line's catalogue (nv-cli_<lang>.qm; the programs carry a
#                          compiled copy of the window's, for the core's messages); no desktop
#                          needed, for servers. nv-cli's graphics module (nv-cli-graphics, in
#                          NV_INSTALL_PLUGINDIR: the PDF report and the offscreen browser's
#                          application, the only parts of nv-cli that use Qt GUI) joins it.
# Every install() names its component; anything else is left out of the packages.
#
# The project's own libraries are static, so the programs need only system libraries and run
# from any prefix (no RPATH, no LD_LIBRARY_PATH). Dependencies on those libraries are computed
# from the binaries (dpkg-shlibdeps); only what Qt loads at run time by name is listed below.

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR ${NV_VENDOR})
set(CPACK_PACKAGE_CONTACT ${NV_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/NvCPackOptions.cmake)
set(CPACK_PACKAGE_HOMEPAGE_URL ${NV_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "NV Console")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/copyright.txt) # NSIS, DMG, WiX
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL ${NV_PACKAGE_COMPONENTS})
set(CPACK_COMPONENT_CONSOLE_DISPLAY_NAME "NV Console")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "The console window: runs and explains the Number Verification flow, with the embedded browser and the request log.")
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "Command-line tools")
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "nv-cli runs the flow from scripts; nv-sandbox serves the operator sandbox.")

# --- Debian ----------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # nv-cli_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${NV_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${NV_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME nv-console)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them: the SQLite driver (request log),
# the SVG image and icon plugins (the window icon).
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# A Secret Service keeps client secrets once the window closes; without one they stay in memory.
# Qt's own strings (standard dialogs, text field menus) in the window's language.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "nv-cli")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
    "desktop test console for the CAMARA Number Verification API
NV Console runs the CAMARA Number Verification flow step by step: the
network-authenticated authorize redirect in an embedded browser, the code
exchange for tokens and the verify call. It records every HTTP exchange in a
redacted request log keyed by correlation id, keeps client secrets in the
system keychain, explains operator errors and ships a built-in operator
sandbox, so it also runs offline.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME nv-cli)
# The SQLite driver is loaded at run time (request log). nv-cli does not link the embedded
# browser: its module (lib/nv-console/plugins, with Qt WebEngine as its dependencies) is in the
# nv-console package, and the suggestion below is how a server gets --browser offscreen.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own strings (QCommandLineParser's errors and --help line) in the programs' language.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "nv-console")
set(CPACK_DEBIAN_CLI_DESCRIPTION
    "command-line tools for the CAMARA Number Verification API
nv-cli runs the CAMARA Number Verification flow (authorize, token, verify)
from scripts, with JSON output and exit codes, and reads the request log.
nv-sandbox serves a fake mobile operator on loopback for curl, other clients
and CI jobs. No desktop is needed.")

# --- macOS and Windows (planned; not built here) ---------------------------------------------
# The generators' own settings are in NvCPackOptions.cmake, read when cpack runs, so that
# "cpack -G NSIS" can be tried from any host. Here: what the build itself must do differently.
if(APPLE AND TARGET nv-console)
    # NV Console.app; install(TARGETS nv-console ... BUNDLE DESTINATION .) puts it at the top.
    set_target_properties(nv-console PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_GUI_IDENTIFIER ${NV_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "NV Console"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    if(TARGET nv-console)
        set_target_properties(nv-console PROPERTIES WIN32_EXECUTABLE ON) # no console window
    endif()
    set(CPACK_GENERATOR NSIS)
endif()
set(CPACK_PACKAGE_EXECUTABLES nv-console "NV Console") # start menu entry (NSIS)

# Qt's own deployment copies the Qt libraries and plugins next to the program (macOS, Windows;
# Debian has them as packages).
if((APPLE OR WIN32) AND TARGET nv-console AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET nv-console FILENAME_VARIABLE nv_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${nv_deploy_script} COMPONENT console)
endif()

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
