#pragma once
// The window program after its command line: the application object and its identity, the
// demo's sandbox and settings (or the user's settings and keychain), the staff window or the
// kiosk, the event loop. enrolment-desk-gui runs it; bench/startup runs the very same path to time
// start-up.

#include <functional>

namespace Ui {

struct DeskStartOptions {
    bool demo = false;
    // The full-screen self-service kiosk instead of the staff window (with demo: against the
    // sandbox, with the demo PIN 2468).
    bool kiosk = false;
    // Runs once the window has been exposed and painted (the start-up benchmarks stop there).
    std::function<void()> whenShown;
};

// Creates the QApplication from argc and argv and runs it; returns the exit code.
int runDeskApplication(int& argc, char** argv, const DeskStartOptions& options);

} // namespace Ui
