#pragma once
// Small helpers shared by the test executables: the built binary, a sandbox on loopback, and a
// way to run the binary while this process keeps serving.

#include "api/apiconnection.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace TestSupport {

// Path of the built enrolment-desk binary (set by CTest in ENROLMENT_DESK_BINARY).
QString desktopBinary();

// A sandbox listening on a free loopback port, with demo/demo credentials.
std::unique_ptr<Sandbox::SandboxServer> startSandbox(Sandbox::SandboxOptions options = {});

// A connection to that sandbox with its credentials and short timeouts/retry delays for tests.
Api::ApiConnection sandboxConnection(const Sandbox::SandboxServer& sandbox);

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

// Runs the binary while this process's event loop keeps running (so an in-process sandbox can
// answer it). The environment gets an empty config home so no real settings are read.
ProcessResult runDesk(const QStringList& arguments,
                      const QProcessEnvironment& environment = QProcessEnvironment(),
                      const QByteArray& standardInput = {}, int timeoutMs = 30000);

// An environment with HOME/XDG dirs inside a temporary folder owned by the caller.
QProcessEnvironment isolatedEnvironment(const QString& folder);

} // namespace TestSupport
