# Installing and packaging: the data files beside the executables (packaging/CMakeLists.txt) and
# CPack's Debian package and tarball of the same install tree. packaging/build-deb builds both
# (cpack -G "DEB;TGZ" in build/package) and checks what they hold.
option(ENROLMENT_PACKAGING "Fail the configure step when a tool that packages need is missing" OFF)

add_subdirectory(packaging)

set(CPACK_PACKAGE_NAME "enrolment-desk")
set(CPACK_PACKAGE_VENDOR "Enrolment Desk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# The Debian package's Maintainer is whoever builds it, as for dch: packaging/build-deb passes
# DEBFULLNAME and DEBEMAIL. The project has no homepage yet, so the package names none.
set(ENROLMENT_PACKAGE_MAINTAINER "" CACHE STRING
    "Maintainer of the Debian package, as 'Full Name <address>' (packaging/build-deb sets it)")
if(ENROLMENT_PACKAGING AND NOT ENROLMENT_PACKAGE_MAINTAINER)
    message(FATAL_ERROR "ENROLMENT_PACKAGE_MAINTAINER is empty: set DEBFULLNAME and DEBEMAIL for "
                        "packaging/build-deb (who builds the package maintains it)")
endif()
set(CPACK_PACKAGE_CONTACT "${ENROLMENT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "staff-assisted identity onboarding desk")
# Lines of at most 80 columns, as Debian's control files want them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Enrolment Desk creates identity enrolment sessions on a verification platform\n"
    "for applicants who are with a member of staff, shows the applicant's link as a\n"
    "QR code and follows the session until the platform decides.\n"
    "\n"
    "It runs as a staff window, as a locked-down kiosk (with a systemd user unit\n"
    "and an X session), and as a command line for scripts, with a built-in sandbox\n"
    "platform for demonstrations and tests.")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# The tarball holds the same tree as the Debian package, from usr/ down: unpack it with -C into a
# root of your choice.
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY OFF)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # enrolment-desk_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The shared libraries the executables link are found by dpkg-shlibdeps. It cannot see the Qt
# plugins, which are loaded at run time: the SQLite driver of the session history, and the SVG
# image and icon engines for the SVG icons (the window icon, themed icons). The xcb platform plugin
# and the TLS backend come with libqt6gui6 and libqt6network6, which the executables link.
# QtKeychain opens libsecret with dlopen(), so dpkg-shlibdeps cannot see it either: without it
# every keychain call fails.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# Qt's own words (standard buttons, context menus) in German and Slovak; the program's own
# translations are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Passwords go to a Secret Service (or KWallet) when one runs; without one the window says so.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | libkf5wallet-bin")

include(CPack)
