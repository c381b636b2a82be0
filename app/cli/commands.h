#pragma once
// The headless commands. Each returns the process exit code (exitcodes.h) and writes results to
// environment.out, problems to environment.err.

#include "clienvironment.h"
#include "commandline.h"

namespace Cli {

int runInitialize(const InitializeCommand& command, CliEnvironment& environment);
int runStatus(const StatusCommand& command, CliEnvironment& environment);
// Runs until SIGINT or SIGTERM.
int runSandbox(const SandboxCommand& command, CliEnvironment& environment);
int runDemo(const DemoCommand& command, CliEnvironment& environment);

// "enrolment-desk initialize: <message>" on standard error.
void reportProblem(CliEnvironment& environment, const QString& command, const QString& message);

} // namespace Cli
