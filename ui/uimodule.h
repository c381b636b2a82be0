#pragma once
// The widget library's entry point; the staff window arrives with the GUI.

namespace Ui {
// True when the platform plugin can show windows (not the case on a headless server).
bool canShowWindows();
} // namespace Ui
