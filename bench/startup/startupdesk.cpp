// Start-up benchmark: the staff window through Ui::runDeskApplication, exactly as
// enrolment-desk-gui starts it after its command line, quitting once the window is on screen.
// Runs the --demo path by default; --no-demo starts the plain window on the user's settings and
// keychain (give it an empty XDG_CONFIG_HOME).

#include "deskapplication.h"

#include <cstring>

int main(int argc, char* argv[])
{
    Ui::DeskStartOptions options;
    options.quitWhenShown = true;
    options.demo = !(argc > 1 && std::strcmp(argv[1], "--no-demo") == 0);
    return Ui::runDeskApplication(argc, argv, options);
}
