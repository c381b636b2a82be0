#pragma once
// Starts the window program (enrolment-desk-gui), which is installed next to the headless one,
// passes the arguments on, and returns its exit code.

#include <QStringList>

namespace GuiLauncher {

inline constexpr char GuiProgramName[] = "enrolment-desk-gui";

// Needs a QCoreApplication. Returns the window program's exit code, or 1 with a message on
// standard error when it cannot be started.
int runWindowProgram(const QStringList& arguments);

} // namespace GuiLauncher
