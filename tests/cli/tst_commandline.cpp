// The command-line parser as a pure function: every command, every flag, every usage problem.

#include "cli/commandline.h"

#include <QTest>

using namespace Cli;

namespace {

Command parse(const QStringList& arguments)
{
    return parseCommandLine(QStringList{QStringLiteral("enrolment-desk")} + arguments);
}

QString problemOf(const Command& command)
{
    const auto* problem = std::get_if<UsageProblem>(&command);
    return problem ? problem->message : QString();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsOpensTheWindow()
    {
        const Command command = parse({});
        QVERIFY(std::holds_alternative<GuiCommand>(command));
        QVERIFY(!std::get<GuiCommand>(command).demo);
        QVERIFY(std::get<GuiCommand>(parse({QStringLiteral("--demo")})).demo);
        QVERIFY(!std::get<GuiCommand>(command).kiosk);
    }

    void kioskWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("demo");
        QTest::newRow("kiosk") << QStringList{QStringLiteral("--kiosk")} << false;
        QTest::newRow("kiosk demo")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--demo")} << true;
        QTest::newRow("demo kiosk")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--kiosk")} << true;
    }
    void kioskWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, demo);
        const Command command = parse(arguments);
        QVERIFY2(std::holds_alternative<GuiCommand>(command), qPrintable(problemOf(command)));
        QVERIFY(std::get<GuiCommand>(command).kiosk);
        QCOMPARE(std::get<GuiCommand>(command).demo, demo);
    }

    void kioskPinOptions()
    {
        const auto set = std::get<KioskPinCommand>(
            parse({QStringLiteral("kiosk-pin"), QStringLiteral("--set")}));
        QVERIFY(set.systemFile.isEmpty());
        QVERIFY(!set.print);
        const auto print = std::get<KioskPinCommand>(parse(
            {QStringLiteral("kiosk-pin"), QStringLiteral("--print"), QStringLiteral("--set")}));
        QVERIFY(print.print);
        const auto system = std::get<KioskPinCommand>(
            parse({QStringLiteral("kiosk-pin"), QStringLiteral("--set"),
                   QStringLiteral("--system-file"), QStringLiteral("/etc/xdg/x.conf")}));
        QCOMPARE(system.systemFile, QStringLiteral("/etc/xdg/x.conf"));
        const Command help = parse({QStringLiteral("kiosk-pin"), QStringLiteral("--help")});
        QVERIFY(std::get<ShowText>(help).text.contains(QLatin1String("--system-file")));
        // A PIN typed on the command line is refused without being repeated.
        for (const QString& misplaced :
             {QStringLiteral("1234"), QStringLiteral("--1234"), QStringLiteral("--pin=1234")}) {
            const QString message =
                problemOf(parse({QStringLiteral("kiosk-pin"), QStringLiteral("--set"), misplaced}));
            QVERIFY(!message.isEmpty());
            QVERIFY2(!message.contains(QLatin1String("1234")), qPrintable(message));
        }
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Exit codes");
        QTest::newRow("--version")
            << QStringList{QStringLiteral("--version")} << QStringLiteral(ENROLMENT_DESK_VERSION);
        QTest::newRow("initialize --help")
            << QStringList{QStringLiteral("initialize"), QStringLiteral("--help")}
            << QStringLiteral("--date-of-birth");
        QTest::newRow("status --help")
            << QStringList{QStringLiteral("status"), QStringLiteral("--help")}
            << QStringLiteral("--interval");
        QTest::newRow("sandbox --help")
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("--help")}
            << QStringLiteral("--listen");
        QTest::newRow("history --help")
            << QStringList{QStringLiteral("history"), QStringLiteral("--help")}
            << QStringLiteral("--external-id");
        QTest::newRow("demo --help")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
            << QStringLiteral("--finish");
    }
    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Command command = parse(arguments);
        QVERIFY(std::holds_alternative<ShowText>(command));
        QVERIFY2(std::get<ShowText>(command).text.contains(expected),
                 qPrintable(std::get<ShowText>(command).text));
    }

    void initializeOptions()
    {
        const Command command = parse({QStringLiteral("initialize"),
                                       QStringLiteral("--api-url"),
                                       QStringLiteral("https://platform.example"),
                                       QStringLiteral("--username"),
                                       QStringLiteral("bank"),
                                       QStringLiteral("--allowed-link-host"),
                                       QStringLiteral("a.example"),
                                       QStringLiteral("--allowed-link-host"),
                                       QStringLiteral("*.b.example"),
                                       QStringLiteral("--timeout"),
                                       QStringLiteral("12"),
                                       QStringLiteral("--password-stdin"),
                                       QStringLiteral("--first-name"),
                                       QStringLiteral("José"),
                                       QStringLiteral("--last-name"),
                                       QStringLiteral("Núñez"),
                                       QStringLiteral("--additional-names"),
                                       QStringLiteral("María"),
                                       QStringLiteral("--date-of-birth"),
                                       QStringLiteral("1990-04-23"),
                                       QStringLiteral("--skip-integrity-check"),
                                       QStringLiteral("--external-id"),
                                       QStringLiteral("CASE 7"),
                                       QStringLiteral("--theme"),
                                       QStringLiteral("white"),
                                       QStringLiteral("--return-url"),
                                       QStringLiteral("https://bank.example/done"),
                                       QStringLiteral("--session-id"),
                                       QStringLiteral("AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE"),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("de-DE"),
                                       QStringLiteral("--json"),
                                       QStringLiteral("--qr-png"),
                                       QStringLiteral("/tmp/x.png")});
        QVERIFY2(std::holds_alternative<InitializeCommand>(command),
                 qPrintable(problemOf(command)));
        const auto& c = std::get<InitializeCommand>(command);
        QCOMPARE(c.connection.apiUrl, QStringLiteral("https://platform.example"));
        QCOMPARE(c.connection.username, QStringLiteral("bank"));
        QCOMPARE(c.connection.allowedLinkHosts,
                 QStringList({QStringLiteral("a.example"), QStringLiteral("*.b.example")}));
        QCOMPARE(c.connection.timeoutSeconds, std::optional<int>(12));
        QVERIFY(c.connection.passwordFromStdin);
        QCOMPARE(c.request.applicant.firstName, QStringLiteral("José"));
        QCOMPARE(c.request.applicant.lastName, QStringLiteral("Núñez"));
        QCOMPARE(c.request.applicant.additionalNames, QStringLiteral("María"));
        QCOMPARE(c.request.applicant.dateOfBirth, QStringLiteral("1990-04-23"));
        QVERIFY(c.request.applicant.skipIntegrityCheck);
        QCOMPARE(c.request.externalId, QStringLiteral("CASE 7"));
        QCOMPARE(c.request.theme, QStringLiteral("white"));
        QCOMPARE(c.request.returnUrl, QStringLiteral("https://bank.example/done"));
        QCOMPARE(c.request.sessionId, QStringLiteral("AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE"));
        QCOMPARE(c.language, QStringLiteral("de-DE"));
        QVERIFY(c.json);
        QCOMPARE(c.qrPngPath, QStringLiteral("/tmp/x.png"));
        QVERIFY(!c.qrTerminal);
        QVERIFY(c.recordHistory);
        const Command quiet = parse({QStringLiteral("initialize"), QStringLiteral("--no-history")});
        QVERIFY(!std::get<InitializeCommand>(quiet).recordHistory);
    }

    void statusOptions()
    {
        const Command command = parse(
            {QStringLiteral("status"), QStringLiteral("{AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE}"),
             QStringLiteral("--wait"), QStringLiteral("--interval"), QStringLiteral("1"),
             QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("qa")});
        QVERIFY2(std::holds_alternative<StatusCommand>(command), qPrintable(problemOf(command)));
        const auto& c = std::get<StatusCommand>(command);
        QCOMPARE(c.sessionId, QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"));
        QVERIFY(c.wait);
        QVERIFY(c.json);
        QCOMPARE(c.intervalSeconds, 1);
        QCOMPARE(c.connection.profile, QStringLiteral("qa"));
        QCOMPARE(
            std::get<StatusCommand>(parse({QStringLiteral("status"),
                                           QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")}))
                .intervalSeconds,
            60);
    }

    void sandboxOptions()
    {
        const Command command =
            parse({QStringLiteral("sandbox"), QStringLiteral("--listen"),
                   QStringLiteral("[::1]:8123"), QStringLiteral("--username"), QStringLiteral("qa"),
                   QStringLiteral("--password"), QStringLiteral("secret")});
        QVERIFY2(std::holds_alternative<SandboxCommand>(command), qPrintable(problemOf(command)));
        const auto& c = std::get<SandboxCommand>(command);
        QCOMPARE(c.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(c.port, quint16(8123));
        QCOMPARE(c.username, QStringLiteral("qa"));
        QCOMPARE(c.password, QStringLiteral("secret"));
        const auto defaults = std::get<SandboxCommand>(parse({QStringLiteral("sandbox")}));
        QCOMPARE(defaults.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(defaults.port, quint16(0));
    }

    void historyOptions()
    {
        const Command command = parse({QStringLiteral("history"), QStringLiteral("--external-id"),
                                       QStringLiteral("CASE-17"), QStringLiteral("--from"),
                                       QStringLiteral("2024-02-29"), QStringLiteral("--to"),
                                       QStringLiteral("2024-03-01"), QStringLiteral("--limit"),
                                       QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(std::holds_alternative<HistoryCommand>(command), qPrintable(problemOf(command)));
        const auto& c = std::get<HistoryCommand>(command);
        QCOMPARE(c.externalIdContains, QStringLiteral("CASE-17"));
        QCOMPARE(c.from, std::optional<QDate>(QDate(2024, 2, 29)));
        QCOMPARE(c.to, std::optional<QDate>(QDate(2024, 3, 1)));
        QCOMPARE(c.limit, 5);
        QVERIFY(c.json);
        const auto defaults = std::get<HistoryCommand>(parse({QStringLiteral("history")}));
        QVERIFY(defaults.externalIdContains.isEmpty() && !defaults.from && !defaults.to);
        QCOMPARE(defaults.limit, 1000);
        QVERIFY(!defaults.json);
        // One day is a valid range.
        QVERIFY(std::holds_alternative<HistoryCommand>(parse(
            {QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-05-01"),
             QStringLiteral("--to"), QStringLiteral("2024-05-01")})));
    }

    void listenAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << "127.0.0.1:8123" << true << "127.0.0.1" << 8123;
        QTest::newRow("any port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
        QTest::newRow("only port") << ":9000" << true << "127.0.0.1" << 9000;
        QTest::newRow("localhost") << "localhost:9000" << true << "127.0.0.1" << 9000;
        QTest::newRow("v6") << "[::1]:80" << true << "::1" << 80;
        QTest::newRow("all interfaces") << "0.0.0.0:8080" << true << "0.0.0.0" << 8080;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0;
        QTest::newRow("port not a number") << "127.0.0.1:http" << false << "" << 0;
        QTest::newRow("host name") << "example.com:80" << false << "" << 0;
        QTest::newRow("negative") << "127.0.0.1:-1" << false << "" << 0;
    }
    void listenAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto parsed = parseListenAddress(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->first, QHostAddress(host));
            QCOMPARE(int(parsed->second), port);
        }
    }

    void usageProblems_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        auto row = [](const char* name, QStringList arguments, const char* part) {
            QTest::newRow(name) << arguments << QString::fromUtf8(part);
        };
        row("unknown command", {QStringLiteral("frobnicate")}, "unknown command");
        row("unknown top-level option", {QStringLiteral("--frobnicate")}, "unknown option");
        row("unknown option", {QStringLiteral("initialize"), QStringLiteral("--frobnicate")},
            "frobnicate");
        row("missing value", {QStringLiteral("initialize"), QStringLiteral("--timeout")},
            "timeout");
        row("timeout not a number",
            {QStringLiteral("initialize"), QStringLiteral("--timeout"), QStringLiteral("soon")},
            "--timeout");
        row("timeout zero",
            {QStringLiteral("initialize"), QStringLiteral("--timeout"), QStringLiteral("0")},
            "--timeout");
        row("password flag",
            {QStringLiteral("initialize"), QStringLiteral("--password"), QStringLiteral("x")},
            "never accepted as a flag");
        row("password= flag",
            {QStringLiteral("status"), QStringLiteral("--password=x"),
             QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")},
            "never accepted as a flag");
        row("unknown lang",
            {QStringLiteral("initialize"), QStringLiteral("--lang"), QStringLiteral("xx-XX")},
            "jp-JP");
        row("json and terminal qr",
            {QStringLiteral("initialize"), QStringLiteral("--json"),
             QStringLiteral("--qr-terminal")},
            "--qr-png");
        row("skip without applicant",
            {QStringLiteral("initialize"), QStringLiteral("--skip-integrity-check")},
            "applicant data");
        row("extra argument", {QStringLiteral("initialize"), QStringLiteral("extra")}, "extra");
        row("status without id", {QStringLiteral("status")}, "missing argument");
        row("status bad id", {QStringLiteral("status"), QStringLiteral("12345")},
            "not a session ID");
        row("status two ids",
            {QStringLiteral("status"), QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"),
             QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ef")},
            "unexpected argument");
        row("interval zero",
            {QStringLiteral("status"), QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"),
             QStringLiteral("--interval"), QStringLiteral("0")},
            "--interval");
        row("listen malformed",
            {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("nowhere")},
            "HOST:PORT");
        row("sandbox username colon",
            {QStringLiteral("sandbox"), QStringLiteral("--username"), QStringLiteral("a:b")},
            "':'");
        row("demo extra", {QStringLiteral("demo"), QStringLiteral("now")}, "now");
        row("kiosk twice", {QStringLiteral("--kiosk"), QStringLiteral("--kiosk")},
            "unknown option");
        row("kiosk and more", {QStringLiteral("--kiosk"), QStringLiteral("--fullscreen")},
            "unknown option");
        row("kiosk-pin without --set", {QStringLiteral("kiosk-pin")}, "--set");
        row("kiosk-pin as argument",
            {QStringLiteral("kiosk-pin"), QStringLiteral("--set"), QStringLiteral("1234")},
            "standard input");
        row("kiosk-pin as flag",
            {QStringLiteral("kiosk-pin"), QStringLiteral("--set"), QStringLiteral("--pin=1234")},
            "standard input");
        row("kiosk-pin empty system file",
            {QStringLiteral("kiosk-pin"), QStringLiteral("--set"), QStringLiteral("--system-file"),
             QString()},
            "--system-file");
        row("kiosk-pin print and system file",
            {QStringLiteral("kiosk-pin"), QStringLiteral("--set"), QStringLiteral("--print"),
             QStringLiteral("--system-file"), QStringLiteral("x.conf")},
            "cannot be combined");
        const auto history = [](const char* option, const char* value) {
            return QStringList{QStringLiteral("history"), QString::fromLatin1(option),
                               QString::fromLatin1(value)};
        };
        row("history impossible date", history("--from", "2023-02-29"), "--from");
        row("history slashes", history("--to", "2024/01/01"), "--to");
        row("history short date", history("--from", "2024-1-1"), "YYYY-MM-DD");
        row("history not a date", history("--to", "yesterday"), "yesterday");
        row("history reversed range",
            history("--from", "2024-05-02")
                << QStringLiteral("--to") << QStringLiteral("2024-05-01"),
            "is after");
        row("history limit zero", history("--limit", "0"), "--limit");
        row("history limit not a number", history("--limit", "all"), "--limit");
        row("history extra", {QStringLiteral("history"), QStringLiteral("CASE-17")}, "CASE-17");
    }
    void usageProblems()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const QString message = problemOf(parse(arguments));
        QVERIFY2(!message.isEmpty(), "expected a usage problem");
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "a usage problem is one line");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
