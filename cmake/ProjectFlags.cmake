# One INTERFACE target carries the language standard, warnings and Qt's safety defines, so every
# target of the project is built the same way.
include(GNUInstallDirs)

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(enrolment_flags INTERFACE)
target_compile_features(enrolment_flags INTERFACE cxx_std_17)
if(MSVC)
    target_compile_options(enrolment_flags INTERFACE /W4 /permissive-)
    if(ENROLMENT_WARNINGS_AS_ERRORS)
        target_compile_options(enrolment_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(enrolment_flags INTERFACE -Wall -Wextra -Wpedantic)
    if(ENROLMENT_WARNINGS_AS_ERRORS)
        target_compile_options(enrolment_flags INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(enrolment_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ENROLMENT_DESK_VERSION="${PROJECT_VERSION}")

include(${CMAKE_CURRENT_LIST_DIR}/Sanitizers.cmake)

# Hardening, as Debian's dpkg-buildflags gives it (with hardening=+all): fortified libc calls, the
# stack protector, format checks, full RELRO and position-independent executables. GCC and Clang
# only; the linker flags only for ELF linkers (not Apple's ld64, not MSVC's link, whose defaults
# already give ASLR and /GS). _FORTIFY_SOURCE needs optimisation and clashes with the sanitizers, so
# debug and sanitizer builds go without it.
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(enrolment_flags INTERFACE
        -fstack-protector-strong -Wformat -Werror=format-security)
    if(NOT ENROLMENT_SANITIZERS AND NOT ENROLMENT_BUILD_FUZZERS)
        # -U first: some compilers (Ubuntu's, Gentoo's) already define it.
        set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
        target_compile_options(enrolment_flags INTERFACE
            "$<${optimised}:-U_FORTIFY_SOURCE>" "$<${optimised}:-D_FORTIFY_SOURCE=2>")
    endif()
    if(NOT APPLE AND NOT WIN32)
        target_link_options(enrolment_flags INTERFACE "LINKER:-z,relro" "LINKER:-z,now")
    endif()
endif()

# Names the given Qt libraries first among an executable's shared libraries. The dynamic loader
# looks every symbol up in that order, and nearly all that Qt and the programs look up at start
# live in Qt Core (and Gui and Widgets for the window): listed after Sql, HttpServer, Network and
# QtKeychain, each lookup first tried those. Measured with perf on the staff window: 8% less time
# in the loader (bench/cold-start).
#   enrolment_look_up_first(target Qt6::Core Qt6::Gui ...)
function(enrolment_look_up_first target)
    if(APPLE OR WIN32)
        return() # GNU ld's options; other platforms' loaders search differently
    endif()
    set(libraries)
    foreach(library IN LISTS ARGN)
        list(APPEND libraries $<TARGET_FILE:${library}>)
    endforeach()
    target_link_options(${target} PRIVATE
        "LINKER:--push-state,--no-as-needed" ${libraries} "LINKER:--pop-state")
endfunction()
