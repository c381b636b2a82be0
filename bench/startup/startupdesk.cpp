// Start-up benchmark: the staff window through Ui::runDeskApplication, exactly as
// enrolment-desk-gui starts it after its command line, quitting once the window is on screen.
// Runs the --demo path by default; --no-demo starts the plain window on the user's settings and
// keychain (give it an empty XDG_CONFIG_HOME).

#include "deskapplication.h"
#include "shownclock.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char* argv[])
{
    Ui::DeskStartOptions options;
    options.whenShown = [] {
        reportShown();
        QCoreApplication::quit();
    };
    options.demo = !(argc > 1 && std::strcmp(argv[1], "--no-demo") == 0);
    return Ui::runDeskApplication(argc, argv, options);
}
