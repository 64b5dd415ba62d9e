# The hardening Debian builds its own packages with (dpkg-buildflags, hardening=+all), for every
# target of the normal build, so that the packages CPack makes carry it too:
#   -D_FORTIFY_SOURCE=2          checked variants of memcpy, sprintf, read... (needs -O1 or more,
#                                so not in Debug builds)
#   -fstack-protector-strong     a canary in every function with arrays or address-taken locals
#   -fstack-clash-protection     stack growth probed page by page
#   -fcf-protection              Intel CET (x86 only)
#   -Wformat -Werror=format-security
#   PIE, -Wl,-z,relro -Wl,-z,now read-only relocations resolved at start
# tests/packaging/debs.sh checks the packaged programs with hardening-check (devscripts).
# Off in sanitizer and fuzzer builds: ASan replaces the fortified functions itself.
option(NV_HARDENING "Build with the hardening flags of Debian packages" ON)

include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(NV_HARDENING AND NOT NV_SANITIZE AND NOT NV_BUILD_FUZZERS)
    add_compile_options(
        "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>"
        -fstack-protector-strong -fstack-clash-protection
        -Wformat -Werror=format-security)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
        add_compile_options(-fcf-protection)
    endif()
    if(NOT APPLE)
        add_link_options(-Wl,-z,relro -Wl,-z,now)
    endif()
endif()
