#pragma once
// The command line as a pure function from arguments to what to run. Nothing here reads the
// environment, the settings or standard input; that happens when the command runs.

#include "domain/enrolmentrequest.h"

#include <QDate>
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
    bool recordHistory = true; // --no-history: scripts that need no record skip the write
};

struct StatusCommand {
    ConnectionOptions connection;
    QString sessionId;
    bool json = false;
    bool wait = false;
    int intervalSeconds = 60;
};

// Lists the session history (History::SessionLog) of this user, newest first.
struct HistoryCommand {
    QString externalIdContains;
    std::optional<QDate> from; // creation day in local time, inclusive
    std::optional<QDate> to;   // inclusive
    bool json = false;
    int limit = 1000;
};

struct SandboxCommand {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
    // PEM files; both set: serve HTTPS. Read when the command runs, not while parsing.
    QString tlsCertificatePath;
    QString tlsKeyPath;
};

// A headless walk through the whole flow against an in-process sandbox.
struct DemoCommand {
    bool finishAutomatically = false; // the sandbox completes the session itself (for scripts)
};

// Start the window (staff desk), optionally against the built-in sandbox.
struct GuiCommand {
    bool demo = false;
    bool kiosk = false; // the full-screen self-service kiosk instead of the staff window
};

// Stores the kiosk's admin PIN, read from standard input (never a flag), as a salted hash.
struct KioskPinCommand {
    QString systemFile; // write into this ini file instead of the user's settings
    bool print = false; // print the settings line "pinHash=..." instead of writing it
};

// Checks what a desk needs, one line per check (checkcommand.cpp): the active profile or this one.
struct CheckCommand {
    QString profile;
};

struct ShowText {
    QString text; // help or version, printed to standard output, exit 0
};

struct UsageProblem {
    QString message; // one line for standard error, exit 2
};

using Command =
    std::variant<GuiCommand, InitializeCommand, StatusCommand, HistoryCommand, SandboxCommand,
                 DemoCommand, KioskPinCommand, CheckCommand, ShowText, UsageProblem>;

// arguments includes the program name first, as QCoreApplication::arguments() gives it.
Command parseCommandLine(const QStringList& arguments);

// `check`'s arguments (the program name first), in checkcommand.cpp beside the command.
Command parseCheck(const QStringList& arguments);

// Splits "HOST:PORT", "[v6]:PORT" or ":PORT"; nothing when malformed.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString& text);

} // namespace Cli
