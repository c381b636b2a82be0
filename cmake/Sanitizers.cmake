# Sanitizer and fuzzing builds (presets "asan" and "fuzz"). Everything is off by default, so the
# normal presets build exactly as before.
#
#   ENROLMENT_SANITIZERS     a -fsanitize= list applied to every target of the project,
#                            e.g. "address,undefined"; empty (the default) for none.
#   ENROLMENT_BUILD_FUZZERS  builds the libFuzzer targets in fuzz/ (clang only); the project code
#                            is then compiled with -fsanitize=fuzzer-no-link for coverage feedback
#                            and only the fuzz executables link libFuzzer's main.

set(ENROLMENT_SANITIZERS "" CACHE STRING
    "Comma-separated -fsanitize= list for every target (e.g. address,undefined); empty for none")
option(ENROLMENT_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(ENROLMENT_SANITIZERS)
    add_compile_options(-fsanitize=${ENROLMENT_SANITIZERS} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${ENROLMENT_SANITIZERS})
    if(ENROLMENT_SANITIZERS MATCHES "undefined")
        # A UBSan finding stops the program, so a test or fuzzer cannot run past it unnoticed.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()

if(ENROLMENT_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ENROLMENT_BUILD_FUZZERS needs clang (libFuzzer); configure with the "
                            "\"fuzz\" preset, which sets CMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
