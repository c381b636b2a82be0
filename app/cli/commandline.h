#pragma once
// The command line as a pure function from arguments to what to run. Nothing here reads the
// environment, the settings or standard input; that happens when the command runs.

#include "domain/enrolmentrequest.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Cli {

struct ConnectionOptions {
    QString apiUrl;
    QString username;
    QString profile;
    QStringList allowedLinkHosts;
    std::optional<int> timeoutSeconds;
    bool passwordFromStdin = false;
};

struct InitializeCommand {
    ConnectionOptions connection;
    Domain::EnrolmentRequestInput request; // returnUrl may be empty: the profile's is used
    QString language;
    bool json = false;
    QString qrPngPath;
    bool qrTerminal = false;
};

struct StatusCommand {
    ConnectionOptions connection;
    QString sessionId;
    bool json = false;
    bool wait = false;
    int intervalSeconds = 60;
};

struct SandboxCommand {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
};

// A headless walk through the whole flow against an in-process sandbox.
struct DemoCommand {
    bool finishAutomatically = false; // the sandbox completes the session itself (for scripts)
};

// Start the window (staff desk), optionally against the built-in sandbox.
struct GuiCommand {
    bool demo = false;
};

struct ShowText {
    QString text; // help or version, printed to standard output, exit 0
};

struct UsageProblem {
    QString message; // one line for standard error, exit 2
};

using Command = std::variant<GuiCommand, InitializeCommand, StatusCommand, SandboxCommand,
                             DemoCommand, ShowText, UsageProblem>;

// arguments includes the program name first, as QCoreApplication::arguments() gives it.
Command parseCommandLine(const QStringList& arguments);

// Splits "HOST:PORT", "[v6]:PORT" or ":PORT"; nothing when malformed.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString& text);

} // namespace Cli
