# Where things are installed, relative to the prefix (GNU layout: bin/, share/, lib/...).
include(GNUInstallDirs)

# Plugins of the console (the embedded browser). A program finds them relative to its own
# folder (applicationDirPath() + "/../" + NV_INSTALL_PLUGINDIR), so an unpacked package or
# any prefix works without RPATH or environment variables.
set(NV_INSTALL_PLUGINDIR ${CMAKE_INSTALL_LIBDIR}/nv-console/plugins)

# The compiled translations (nv-console_<lang>.qm), found the same way.
set(NV_INSTALL_TRANSLATIONDIR ${CMAKE_INSTALL_DATADIR}/nv-console/translations)
