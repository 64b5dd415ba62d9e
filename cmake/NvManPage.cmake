# Manual pages made from the programs' own --help and --version by help2man at build time, so
# they never drift from the programs. Without help2man (or gzip) the build goes on without
# them and says so; the packaging test checks that the packages hold them.
#
#   nv_add_man_page(<target> DESCRIPTION <one line> COMPONENT <component>
#                   [HELP_WRAPPER <script>] [INCLUDE <file.h2m>])
#
# DESCRIPTION is the NAME line ("nv-relay - <DESCRIPTION>"). HELP_WRAPPER is a script that
# help2man runs instead of the program when the program's help needs rearranging for it; it
# finds the program in $NV_MAN_PROGRAM. INCLUDE adds hand-written sections (SEE ALSO, ...).
# The page is installed gzipped to share/man/man1 in COMPONENT.
# NV_MAN_DATE_EPOCH (seconds) dates the pages; the release date keeps them reproducible.

find_program(NV_HELP2MAN help2man)
find_program(NV_GZIP gzip)
if(NOT NV_HELP2MAN OR NOT NV_GZIP)
    message(STATUS "help2man or gzip not found: no manual pages (Debian: apt install help2man)")
endif()

function(nv_add_man_page target)
    cmake_parse_arguments(M "" "DESCRIPTION;COMPONENT;HELP_WRAPPER;INCLUDE" "" ${ARGN})
    if(NOT M_DESCRIPTION OR NOT M_COMPONENT)
        message(FATAL_ERROR "nv_add_man_page(${target}): DESCRIPTION and COMPONENT are required")
    endif()
    if(NOT NV_HELP2MAN OR NOT NV_GZIP OR NOT TARGET ${target})
        return()
    endif()
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/man)
    set(page ${dir}/${target}.1)
    set(program $<TARGET_FILE:${target}>)
    set(depends ${target})
    if(M_HELP_WRAPPER)
        set(program ${M_HELP_WRAPPER})
        list(APPEND depends ${M_HELP_WRAPPER})
    endif()
    set(include)
    if(M_INCLUDE)
        set(include --include=${M_INCLUDE})
        list(APPEND depends ${M_INCLUDE})
    endif()
    # No display, no user settings: the programs only print their help and version here. The
    # pages are English whatever the build machine's language: Qt takes LANGUAGE even under
    # LC_ALL=C, so it is unset.
    add_custom_command(
        OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_MESSAGES LANG=C.UTF-8
                LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                SOURCE_DATE_EPOCH=${NV_MAN_DATE_EPOCH}
                NV_MAN_PROGRAM=$<TARGET_FILE:${target}>
                ${NV_HELP2MAN} --no-info --section=1 --name=${M_DESCRIPTION}
                ${include}
                --output=${page} ${program}
        COMMAND ${NV_GZIP} -9nf ${page}
        DEPENDS ${depends}
        COMMENT "Manual page ${target}(1)"
        VERBATIM)
    add_custom_target(${target}-man ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${M_COMPONENT})
endfunction()
