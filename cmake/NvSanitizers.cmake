# Sanitizer builds, each in a build folder of its own (scripts/run-sanitizer-tests,
# fuzz/run-fuzzers). Included before any target is defined, so every target gets the flags.
#
#   NV_SANITIZE=ON       AddressSanitizer + UndefinedBehaviorSanitizer on everything
#                        (float-cast-overflow too, which -fsanitize=undefined leaves out in GCC).
#   NV_BUILD_FUZZERS=ON  clang only: the same sanitizers plus libFuzzer's coverage
#                        instrumentation on every library, and the fuzz/ targets.
#
# UBSan findings are left recoverable at compile time so that the suppression file can name
# third-party libraries; the scripts make them fatal with UBSAN_OPTIONS=halt_on_error=1.
set(nv_sanitizers address,undefined,float-cast-overflow)
if(NV_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "NV_BUILD_FUZZERS needs clang (libFuzzer): "
                            "configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,${nv_sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${nv_sanitizers})
elseif(NV_SANITIZE)
    add_compile_options(-fsanitize=${nv_sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${nv_sanitizers})
endif()
