#include "commandline.h"

#include "api/apiconnection.h"
#include "config/profile.h"
#include "domain/displaytext.h"
#include "domain/linkoptions.h"
#include "domain/sessionid.h"
#include "domain/validation.h"
#include "kiosk/pin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandLine)
};

const QString ProgramName = QStringLiteral("enrolment-desk");
constexpr int MaxHistoryLimit = 100000;

QString overviewText()
{
    return Text::tr("Enrolment Desk %1: staff-assisted identity onboarding.\n"
                    "\n"
                    "Usage:\n"
                    "  %2                        open the staff window\n"
                    "  %2 --demo                 open the staff window against the built-in "
                    "sandbox\n"
                    "  %2 --kiosk [--demo]       open the self-service kiosk (full screen)\n"
                    "  %2 initialize [options]   create a session and print its link\n"
                    "  %2 status SESSION_ID      print the session's status (and decision when "
                    "final)\n"
                    "  %2 history [options]      list the sessions created here, newest first\n"
                    "  %2 sandbox [options]      run the local sandbox until interrupted\n"
                    "  %2 demo                   walk through a session in the terminal, against "
                    "the sandbox\n"
                    "  %2 kiosk-pin --set        store the kiosk's admin PIN, read from standard "
                    "input\n"
                    "  %2 check [--profile NAME] check the settings, profile, keychain and "
                    "platform\n"
                    "\n"
                    "Run '%2 COMMAND --help' for the options of a command.\n"
                    "\n"
                    "Exit codes: 0 success; 2 invalid usage or input (nothing was sent), or a "
                    "local file that\n"
                    "cannot be used; 3 credentials refused; 4 other HTTP error; 5 network, TLS "
                    "failure or timeout;\n"
                    "6 reply rejected.\n")
        .arg(QStringLiteral(ENROLMENT_DESK_VERSION), ProgramName);
}

QString versionText()
{
    return QStringLiteral("%1 %2 (Qt %3)\n")
        .arg(ProgramName, QStringLiteral(ENROLMENT_DESK_VERSION), QString::fromLatin1(qVersion()));
}

QCommandLineOption valueOption(const QString& name, const QString& description,
                               const QString& valueName)
{
    return QCommandLineOption(name, description, valueName);
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        valueOption(QStringLiteral("api-url"),
                    Text::tr("Base URL of the platform; API paths are appended to it."),
                    QStringLiteral("URL")),
        valueOption(QStringLiteral("username"), Text::tr("API username."), QStringLiteral("NAME")),
        valueOption(QStringLiteral("profile"),
                    Text::tr("Take the connection settings from this profile; flags override it."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("allowed-link-host"),
                    Text::tr("A host the enrolment link may point to besides the API host "
                             "(repeatable; *.example.com for subdomains)."),
                    QStringLiteral("HOST")),
        valueOption(QStringLiteral("timeout"),
                    Text::tr("Seconds to wait for each reply (1 to 600, default 30)."),
                    QStringLiteral("SECONDS")),
        QCommandLineOption(QStringLiteral("password-stdin"),
                           Text::tr("Read the API password from the first line of standard "
                                    "input. Otherwise ENROLMENT_DESK_PASSWORD is used.")),
    });
}

QString commandHelp(const QCommandLineParser& parser, const QString& usage, const QString& about)
{
    // Qt's option table, under our own usage line. The heading is Qt's word in the user's
    // language (qtbase's translation), so it is looked up the way Qt writes it.
    static const char* const QtParserContext = "QCommandLineParser";
    QString table = parser.helpText();
    const int optionsAt = table.indexOf(QCoreApplication::translate(QtParserContext, "Options:"));
    if (optionsAt > 0)
        table = table.mid(optionsAt);
    return Text::tr("Usage: %1 %2").arg(ProgramName, usage) + QLatin1Char('\n') + about +
           QStringLiteral("\n\n") + table;
}

std::optional<int> boundedInt(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Runs the parser; a usage problem when it fails or positional arguments are off.
std::optional<UsageProblem> parseWith(QCommandLineParser& parser, const QStringList& arguments,
                                      int positionalCount, const QString& command)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments))
        return UsageProblem{
            QStringLiteral("%1 %2: %3")
                .arg(ProgramName, command, Domain::shownValue(parser.errorText(), 160))};
    if (parser.isSet(QStringLiteral("help")))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > positionalCount)
        return UsageProblem{
            Text::tr("%1 %2: unexpected argument “%3”.")
                .arg(ProgramName, command, Domain::shownValue(positional.at(positionalCount)))};
    if (positional.size() < positionalCount)
        return UsageProblem{
            Text::tr("%1 %2: missing argument. See '%1 %2 --help'.").arg(ProgramName, command)};
    return std::nullopt;
}

std::optional<UsageProblem> readConnection(const QCommandLineParser& parser,
                                           ConnectionOptions& connection, const QString& command)
{
    connection.apiUrl = parser.value(QStringLiteral("api-url"));
    connection.username = parser.value(QStringLiteral("username"));
    connection.profile = parser.value(QStringLiteral("profile"));
    connection.allowedLinkHosts = parser.values(QStringLiteral("allowed-link-host"));
    connection.passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        connection.timeoutSeconds =
            boundedInt(parser.value(QStringLiteral("timeout")), Config::MinTimeoutSeconds,
                       Config::MaxTimeoutSeconds);
        if (!connection.timeoutSeconds)
            return UsageProblem{
                Text::tr("%1 %2: --timeout must be a whole number of seconds "
                         "from %3 to %4, not “%5”.")
                    .arg(ProgramName, command)
                    .arg(Config::MinTimeoutSeconds)
                    .arg(Config::MaxTimeoutSeconds)
                    .arg(Domain::shownValue(parser.value(QStringLiteral("timeout"))))};
    }
    return std::nullopt;
}

Command parseInitialize(const QStringList& arguments)
{
    const QString command = QStringLiteral("initialize");
    QCommandLineParser parser;
    parser.addHelpOption();
    addConnectionOptions(parser);
    parser.addOptions({
        valueOption(QStringLiteral("first-name"), Text::tr("Applicant's first (given) name."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("last-name"), Text::tr("Applicant's last (family) name."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("additional-names"),
                    Text::tr("Applicant's middle or additional names."), QStringLiteral("NAMES")),
        valueOption(QStringLiteral("date-of-birth"), Text::tr("Applicant's date of birth."),
                    QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("skip-integrity-check"),
                           Text::tr("Do not compare the applicant's data with the document.")),
        valueOption(QStringLiteral("external-id"),
                    Text::tr("Your case or customer number (up to %1 characters).")
                        .arg(Domain::MaxExternalIdLength),
                    QStringLiteral("TEXT")),
        valueOption(QStringLiteral("theme"), Text::tr("Web enrolment theme, e.g. white."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("return-url"),
                    Text::tr("Page the applicant's phone shows after finishing."),
                    QStringLiteral("URL")),
        valueOption(QStringLiteral("session-id"), Text::tr("Use this GUID instead of a fresh one."),
                    QStringLiteral("GUID")),
        valueOption(QStringLiteral("lang"),
                    Text::tr("Language of the web flow, e.g. de-DE (adds lang= to the link)."),
                    QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("json"),
                           Text::tr("Print one JSON object: sessionId, webEnrolmentUrl, "
                                    "expiresAt.")),
        valueOption(QStringLiteral("qr-png"), Text::tr("Also write the link as a QR code PNG."),
                    QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("qr-terminal"),
                           Text::tr("Also draw the QR code in the terminal.")),
        QCommandLineOption(QStringLiteral("no-history"),
                           Text::tr("Do not record the session in the local history.")),
    });
    if (auto problem = parseWith(parser, arguments, 0, command))
        return *problem;
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(parser, QStringLiteral("initialize [options]"),
                                    Text::tr("Creates an enrolment session and prints its link."))};

    InitializeCommand result;
    if (auto problem = readConnection(parser, result.connection, command))
        return *problem;
    Domain::EnrolmentRequestInput& request = result.request;
    request.applicant.firstName = parser.value(QStringLiteral("first-name"));
    request.applicant.lastName = parser.value(QStringLiteral("last-name"));
    request.applicant.additionalNames = parser.value(QStringLiteral("additional-names"));
    request.applicant.dateOfBirth = parser.value(QStringLiteral("date-of-birth"));
    request.applicant.skipIntegrityCheck = parser.isSet(QStringLiteral("skip-integrity-check"));
    request.externalId = parser.value(QStringLiteral("external-id"));
    request.theme = parser.value(QStringLiteral("theme"));
    request.returnUrl = parser.value(QStringLiteral("return-url"));
    request.sessionId = parser.value(QStringLiteral("session-id"));
    result.language = parser.value(QStringLiteral("lang"));
    result.json = parser.isSet(QStringLiteral("json"));
    result.qrPngPath = parser.value(QStringLiteral("qr-png"));
    result.qrTerminal = parser.isSet(QStringLiteral("qr-terminal"));
    result.recordHistory = !parser.isSet(QStringLiteral("no-history"));

    if (request.applicant.skipIntegrityCheck && request.applicant.isEmpty())
        return UsageProblem{Text::tr("%1 initialize: --skip-integrity-check only applies with "
                                     "applicant data (--first-name, --last-name, "
                                     "--date-of-birth).")
                                .arg(ProgramName)};
    if (!result.language.isEmpty() && !Domain::isWebLanguage(result.language)) {
        QStringList codes;
        for (const Domain::WebLanguage& language : Domain::webLanguages())
            codes.append(language.code);
        return UsageProblem{Text::tr("%1 initialize: unknown --lang “%2”; use one of %3.")
                                .arg(ProgramName, Domain::shownValue(result.language),
                                     codes.join(QStringLiteral(", ")))};
    }
    if (result.json && result.qrTerminal)
        return UsageProblem{Text::tr("%1 initialize: --qr-terminal cannot be combined with "
                                     "--json (standard output then carries only the JSON object); "
                                     "use --qr-png FILE.")
                                .arg(ProgramName)};
    return result;
}

Command parseStatus(const QStringList& arguments)
{
    const QString command = QStringLiteral("status");
    QCommandLineParser parser;
    parser.addHelpOption();
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SESSION_ID"), Text::tr("The session's GUID."));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("json"),
                           Text::tr("Print one JSON object: sessionId, status, decision.")),
        QCommandLineOption(QStringLiteral("wait"),
                           Text::tr("Ask again until the status is final.")),
        valueOption(QStringLiteral("interval"),
                    Text::tr("Seconds between status requests with --wait (default 60, as the "
                             "platform asks; at least 1)."),
                    QStringLiteral("SECONDS")),
    });
    if (auto problem = parseWith(parser, arguments, 1, command))
        return *problem;
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(parser, QStringLiteral("status SESSION_ID [options]"),
                                    Text::tr("Prints a session's status, and its decision once "
                                             "results are readable."))};

    StatusCommand result;
    if (auto problem = readConnection(parser, result.connection, command))
        return *problem;
    const QString given = parser.positionalArguments().constFirst();
    const auto sessionId = Domain::normalizeSessionId(given);
    if (!sessionId)
        return UsageProblem{Text::tr("%1 status: “%2” is not a session ID (a GUID such as "
                                     "ad90c821-e5ea-4385-be5b-4fc9f9ea24ee).")
                                .arg(ProgramName, Domain::shownValue(given))};
    result.sessionId = *sessionId;
    result.json = parser.isSet(QStringLiteral("json"));
    result.wait = parser.isSet(QStringLiteral("wait"));
    if (parser.isSet(QStringLiteral("interval"))) {
        const auto interval =
            boundedInt(parser.value(QStringLiteral("interval")), Config::MinPollIntervalSeconds,
                       Config::MaxPollIntervalSeconds);
        if (!interval)
            return UsageProblem{
                Text::tr("%1 status: --interval must be a whole number of "
                         "seconds from %2 to %3, not “%4”.")
                    .arg(ProgramName)
                    .arg(Config::MinPollIntervalSeconds)
                    .arg(Config::MaxPollIntervalSeconds)
                    .arg(Domain::shownValue(parser.value(QStringLiteral("interval"))))};
        result.intervalSeconds = *interval;
    }
    return result;
}

// A strict YYYY-MM-DD calendar date.
std::optional<QDate> isoDate(const QString& text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Command parseHistory(const QStringList& arguments)
{
    const QString command = QStringLiteral("history");
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        valueOption(QStringLiteral("external-id"),
                    Text::tr("Only sessions whose external ID contains this text (ignoring "
                             "case)."),
                    QStringLiteral("TEXT")),
        valueOption(QStringLiteral("from"),
                    Text::tr("Only sessions created on or after this day (local time)."),
                    QStringLiteral("YYYY-MM-DD")),
        valueOption(QStringLiteral("to"),
                    Text::tr("Only sessions created on or before this day (local time)."),
                    QStringLiteral("YYYY-MM-DD")),
        valueOption(QStringLiteral("limit"),
                    Text::tr("Show at most this many sessions (1 to %1, default 1000).")
                        .arg(MaxHistoryLimit),
                    QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("json"),
                           Text::tr("Print one JSON object: {\"sessions\": [...]}.")),
    });
    if (auto problem = parseWith(parser, arguments, 0, command))
        return *problem;
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(parser, QStringLiteral("history [options]"),
                                    Text::tr("Lists the sessions this user created, newest "
                                             "first, from the session history (no names or "
                                             "links are kept)."))};
    HistoryCommand result;
    result.externalIdContains = parser.value(QStringLiteral("external-id"));
    result.json = parser.isSet(QStringLiteral("json"));
    for (const QString& name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const auto date = isoDate(parser.value(name));
        if (!date)
            return UsageProblem{
                Text::tr("%1 history: --%2 must be a date as YYYY-MM-DD, not "
                         "“%3”.")
                    .arg(ProgramName, name, Domain::shownValue(parser.value(name)))};
        (name == QLatin1String("from") ? result.from : result.to) = date;
    }
    if (result.from && result.to && *result.from > *result.to)
        return UsageProblem{Text::tr("%1 history: --from %2 is after --to %3.")
                                .arg(ProgramName, result.from->toString(Qt::ISODate),
                                     result.to->toString(Qt::ISODate))};
    if (parser.isSet(QStringLiteral("limit"))) {
        const auto limit = boundedInt(parser.value(QStringLiteral("limit")), 1, MaxHistoryLimit);
        if (!limit)
            return UsageProblem{
                Text::tr("%1 history: --limit must be a whole number from 1 to "
                         "%2, not “%3”.")
                    .arg(ProgramName)
                    .arg(MaxHistoryLimit)
                    .arg(Domain::shownValue(parser.value(QStringLiteral("limit"))))};
        result.limit = *limit;
    }
    return result;
}

Command parseSandbox(const QStringList& arguments)
{
    const QString command = QStringLiteral("sandbox");
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        valueOption(QStringLiteral("listen"),
                    Text::tr("Address to listen on (default 127.0.0.1 and a free port)."),
                    QStringLiteral("HOST:PORT")),
        valueOption(QStringLiteral("username"), Text::tr("Username it accepts (default demo)."),
                    QStringLiteral("NAME")),
        valueOption(QStringLiteral("password"),
                    Text::tr("Password it accepts (default demo). A test credential, not a "
                             "real one."),
                    QStringLiteral("PASSWORD")),
        valueOption(QStringLiteral("tls-cert"),
                    Text::tr("Serve HTTPS with this PEM certificate (needs --tls-key); clients "
                             "must trust its issuer."),
                    QStringLiteral("FILE")),
        valueOption(QStringLiteral("tls-key"),
                    Text::tr("The certificate's PEM private key, not encrypted."),
                    QStringLiteral("FILE")),
    });
    if (auto problem = parseWith(parser, arguments, 0, command))
        return *problem;
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(parser, QStringLiteral("sandbox [options]"),
                                    Text::tr("Runs the local sandbox platform until SIGINT or "
                                             "SIGTERM. Its base URL is the first line of "
                                             "standard output."))};
    SandboxCommand result;
    if (parser.isSet(QStringLiteral("listen"))) {
        const auto listen = parseListenAddress(parser.value(QStringLiteral("listen")));
        if (!listen)
            return UsageProblem{
                Text::tr("%1 sandbox: --listen must be HOST:PORT, e.g. "
                         "127.0.0.1:8123 or [::1]:8123, not “%2”.")
                    .arg(ProgramName, Domain::shownValue(parser.value(QStringLiteral("listen"))))};
        result.address = listen->first;
        result.port = listen->second;
    }
    if (parser.isSet(QStringLiteral("username")))
        result.username = parser.value(QStringLiteral("username"));
    if (parser.isSet(QStringLiteral("password")))
        result.password = parser.value(QStringLiteral("password"));
    if (result.username.isEmpty() || result.username.contains(QLatin1Char(':')))
        return UsageProblem{Text::tr("%1 sandbox: --username must be non-empty and cannot "
                                     "contain ':'.")
                                .arg(ProgramName)};
    result.tlsCertificatePath = parser.value(QStringLiteral("tls-cert"));
    result.tlsKeyPath = parser.value(QStringLiteral("tls-key"));
    if (result.tlsCertificatePath.isEmpty() != result.tlsKeyPath.isEmpty())
        return UsageProblem{Text::tr("%1 sandbox: --tls-cert and --tls-key go together (the "
                                     "certificate and its private key).")
                                .arg(ProgramName)};
    return result;
}

Command parseDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("finish"),
        Text::tr("Let the sandbox finish the session by itself after a few seconds.")));
    if (auto problem = parseWith(parser, arguments, 0, QStringLiteral("demo")))
        return *problem;
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(
            parser, QStringLiteral("demo [options]"),
            Text::tr("Starts the built-in sandbox, creates a session, prints its link and QR "
                     "code, and follows it until the sandbox decides. Nothing is verified."))};
    return DemoCommand{parser.isSet(QStringLiteral("finish"))};
}

// Never repeats an argument in a message: a PIN typed where it does not belong stays unseen.
Command parseKioskPin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        QCommandLineOption(QStringLiteral("set"),
                           Text::tr("Read the new PIN (%1 to %2 digits) from the first line of "
                                    "standard input and store its salted hash.")
                               .arg(Kiosk::MinPinLength)
                               .arg(Kiosk::MaxPinLength)),
        valueOption(QStringLiteral("system-file"),
                    Text::tr("Write the hash into this settings file (e.g. "
                             "/etc/xdg/EnrolmentDesk/enrolment-desk.conf) instead of yours."),
                    QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("print"),
                           Text::tr("Print the settings line pinHash=... instead of writing it.")),
    });
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty())
        return UsageProblem{Text::tr("%1 kiosk-pin: unknown option or argument (not repeated "
                                     "here); the PIN is read from standard input, never from "
                                     "the command line. See '%1 kiosk-pin --help'.")
                                .arg(ProgramName)};
    if (parser.isSet(QStringLiteral("help")))
        return ShowText{commandHelp(parser, QStringLiteral("kiosk-pin --set [options]"),
                                    Text::tr("Stores the PIN that leaves the kiosk, as a salted "
                                             "PBKDF2 hash; the PIN itself is never stored."))};
    KioskPinCommand result;
    result.systemFile = parser.value(QStringLiteral("system-file"));
    result.print = parser.isSet(QStringLiteral("print"));
    if (!parser.isSet(QStringLiteral("set")))
        return UsageProblem{
            Text::tr("%1 kiosk-pin: say --set (the PIN is read from standard input).")
                .arg(ProgramName)};
    if (parser.isSet(QStringLiteral("system-file")) && result.systemFile.isEmpty())
        return UsageProblem{
            Text::tr("%1 kiosk-pin: --system-file needs a file path.").arg(ProgramName)};
    if (!result.systemFile.isEmpty() && result.print)
        return UsageProblem{Text::tr("%1 kiosk-pin: --print and --system-file cannot be combined.")
                                .arg(ProgramName)};
    return result;
}

// The window flags, each at most once and in any order: --demo, --kiosk.
std::optional<GuiCommand> windowFlags(const QStringList& flags)
{
    GuiCommand result;
    for (const QString& flag : flags) {
        bool* chosen = flag == QLatin1String("--demo")    ? &result.demo
                       : flag == QLatin1String("--kiosk") ? &result.kiosk
                                                          : nullptr;
        if (!chosen || *chosen)
            return std::nullopt;
        *chosen = true;
    }
    return result;
}

bool mentionsPasswordFlag(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--password") ||
            argument.startsWith(QLatin1String("--password=")))
            return true;
    }
    return false;
}

} // namespace

std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString& text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    QString host = text.left(colon);
    const auto port = boundedInt(text.mid(colon + 1), 0, 65535);
    if (!port || text.mid(colon + 1).trimmed() != text.mid(colon + 1))
        return std::nullopt;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    return std::make_pair(address, quint16(*port));
}

Command parseCommandLine(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return GuiCommand{};
    const QString& first = rest.constFirst();
    const QStringList commandArguments = QStringList{ProgramName} + rest.mid(1);

    if (first == QLatin1String("initialize") || first == QLatin1String("status")) {
        if (mentionsPasswordFlag(commandArguments))
            return UsageProblem{Text::tr("%1 %2: the password is never accepted as a flag (it "
                                         "would be visible to other users); use "
                                         "--password-stdin or ENROLMENT_DESK_PASSWORD.")
                                    .arg(ProgramName, first)};
        return first == QLatin1String("initialize") ? parseInitialize(commandArguments)
                                                    : parseStatus(commandArguments);
    }
    if (first == QLatin1String("history"))
        return parseHistory(commandArguments);
    if (first == QLatin1String("sandbox"))
        return parseSandbox(commandArguments);
    if (first == QLatin1String("demo"))
        return parseDemo(commandArguments);
    if (first == QLatin1String("kiosk-pin"))
        return parseKioskPin(commandArguments);
    if (first == QLatin1String("check"))
        return parseCheck(commandArguments);

    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help"))
        return ShowText{overviewText()};
    if (first == QLatin1String("--version") || first == QLatin1String("-v"))
        return ShowText{versionText()};
    if (const auto window = windowFlags(rest))
        return *window;
    if (first.startsWith(QLatin1Char('-')))
        return UsageProblem{Text::tr("%1: unknown option “%2”. See '%1 --help'.")
                                .arg(ProgramName, Domain::shownValue(rest.join(QLatin1Char(' '))))};
    return UsageProblem{Text::tr("%1: unknown command “%2”. Commands: initialize, status, "
                                 "history, sandbox, demo, kiosk-pin, check. See '%1 --help'.")
                            .arg(ProgramName, Domain::shownValue(first))};
}

} // namespace Cli
