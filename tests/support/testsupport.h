#pragma once
// Small helpers shared by the test executables.

#include <QString>

namespace TestSupport {
// Path of the built enrolment-desk binary (set by CTest in ENROLMENT_DESK_BINARY).
QString desktopBinary();
} // namespace TestSupport
