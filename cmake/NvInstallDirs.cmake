# Where things are installed, relative to the prefix (GNU layout: bin/, share/, lib/...).
include(GNUInstallDirs)

# Plugins of the console (the embedded browser). A program finds them relative to its own
# folder (applicationDirPath() + "/../" + NV_INSTALL_PLUGINDIR), so an unpacked package or
# any prefix works without RPATH or environment variables.
set(NV_INSTALL_PLUGINDIR ${CMAKE_INSTALL_LIBDIR}/nv-console/plugins)

# The compiled translations (nv-console_<lang>.qm), found the same way.
set(NV_INSTALL_TRANSLATIONDIR ${CMAKE_INSTALL_DATADIR}/nv-console/translations)

# A module of the programs (a Qt plugin that ModuleSearch finds and QPluginLoader loads): no
# "lib" prefix; hidden symbols, so the copies of static objects it carries never stand in for
# the program's own; written to the installed layout under the build folder, where programs
# that run from the build tree look; installed with the package of `component`.
function(nv_module target component)
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/${NV_INSTALL_PLUGINDIR})
    install(TARGETS ${target} LIBRARY DESTINATION ${NV_INSTALL_PLUGINDIR} COMPONENT ${component})
endfunction()
