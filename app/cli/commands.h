#pragma once
// The headless commands. Each returns the process exit code (exitcodes.h) and writes results to
// environment.out, problems to environment.err.

#include "clienvironment.h"
#include "commandline.h"

namespace Config {
class CredentialStore;
}

namespace Cli {

int runInitialize(const InitializeCommand& command, CliEnvironment& environment);
int runStatus(const StatusCommand& command, CliEnvironment& environment);
// Reads the history at History::SessionLog::defaultPath(); a missing file is an empty history.
int runHistory(const HistoryCommand& command, CliEnvironment& environment);
// Runs until SIGINT or SIGTERM.
int runSandbox(const SandboxCommand& command, CliEnvironment& environment);
int runDemo(const DemoCommand& command, CliEnvironment& environment);
// Reads the PIN from environment.in; writes its hash to environment.settings (unless the system
// settings lock kiosk/pinHash), to command.systemFile, or prints it.
int runKioskPin(const KioskPinCommand& command, CliEnvironment& environment);
// The password comes from ENROLMENT_DESK_PASSWORD, else from keychain (the window program passes
// the OS keychain; null: the keychain check fails).
int runCheck(const CheckCommand& command, CliEnvironment& environment,
             Config::CredentialStore* keychain);

// "enrolment-desk initialize: <message>" on standard error.
void reportProblem(CliEnvironment& environment, const QString& command, const QString& message);

} // namespace Cli
