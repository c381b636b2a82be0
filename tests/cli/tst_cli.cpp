// The real binary through QProcess: each exit code of the contract, the JSON output, the QR PNG
// read back with ZXing, password sources, profiles, and the sandbox command's lifecycle.

#include "qrdecode.h"
#include "testsupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using TestSupport::ProcessResult;
using TestSupport::runDesk;

namespace {

const QString Password = QStringLiteral("demo");

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set"); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_environment = TestSupport::isolatedEnvironment(m_home->path());
        m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), Password);
        m_sandbox = TestSupport::startSandbox();
    }
    void cleanup() { m_sandbox.reset(); }

    void helpAndVersionExitZero()
    {
        const ProcessResult help = runDesk({QStringLiteral("--help")}, m_environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(text(help.out).contains(QLatin1String("initialize")));
        QVERIFY(help.err.isEmpty());
        const ProcessResult version = runDesk({QStringLiteral("--version")}, m_environment);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(text(version.out).contains(QStringLiteral(ENROLMENT_DESK_VERSION)));
    }

    void usageErrorIsExitTwoWithOneLine()
    {
        const ProcessResult result =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--bogus")}, m_environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
    }

    void jsonOutputIsOneObject()
    {
        const QString sessionId = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");
        const ProcessResult result =
            initialize({QStringLiteral("--json"), QStringLiteral("--session-id"), sessionId,
                        QStringLiteral("--lang"), QStringLiteral("de-DE")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QCOMPARE(object.keys(),
                 QStringList({QStringLiteral("expiresAt"), QStringLiteral("sessionId"),
                              QStringLiteral("webEnrolmentUrl")}));
        QCOMPARE(object.value(QStringLiteral("sessionId")).toString(), sessionId);
        const QUrl link(object.value(QStringLiteral("webEnrolmentUrl")).toString());
        QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("lang")), QStringLiteral("de-DE"));
        QVERIFY(QUrlQuery(link).hasQueryItem(QStringLiteral("token")));
        const QDateTime expires = QDateTime::fromString(
            object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expires) > 3500);
        QCOMPARE(m_sandbox->sessionCount(), 1);
    }

    void expiryIsNullWithoutToken()
    {
        const ProcessResult result =
            initialize({QStringLiteral("--json"), QStringLiteral("--external-id"),
                        QStringLiteral("sandbox:no-token")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out)
                    .object()
                    .value(QStringLiteral("expiresAt"))
                    .isNull());
    }

    void textOutputIsReadable()
    {
        const ProcessResult result = initialize({});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(text(result.out).contains(QLatin1String("Link:")));
        QVERIFY(text(result.out).contains(QLatin1String("Expires:")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("credentials refused") << "sandbox:http=401" << 3;
        QTest::newRow("forbidden") << "sandbox:http=403" << 3;
        QTest::newRow("server error") << "sandbox:http=500" << 4;
        QTest::newRow("rate limited") << "sandbox:http=429 sandbox:retry-after=5" << 4;
        QTest::newRow("wrong session id") << "sandbox:wrong-session-id" << 6;
        QTest::newRow("malformed json") << "sandbox:malformed-json" << 6;
        QTest::newRow("empty body") << "sandbox:empty-body" << 6;
        QTest::newRow("foreign link") << "sandbox:foreign-link" << 6;
        QTest::newRow("plain http link") << "sandbox:plain-http-link" << 6;
        QTest::newRow("missing link") << "sandbox:missing-link" << 6;
    }
    void exitCodes()
    {
        QFETCH(QString, externalId);
        QFETCH(int, exitCode);
        const ProcessResult result = initialize({QStringLiteral("--external-id"), externalId});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(text(result.err).startsWith(QLatin1String("enrolment-desk initialize: ")));
    }

    void timeoutIsExitFive()
    {
        const ProcessResult result =
            initialize({QStringLiteral("--timeout"), QStringLiteral("1"),
                        QStringLiteral("--external-id"), QStringLiteral("sandbox:slow=60")});
        QCOMPARE(result.exitCode, 5);
    }

    void unreachableIsExitFive()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const ProcessResult result =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--api-url"), url,
                     QStringLiteral("--username"), QStringLiteral("demo"),
                     QStringLiteral("--return-url"), QStringLiteral("https://bank.example/done")},
                    m_environment);
        QCOMPARE(result.exitCode, 5);
    }

    void invalidInputIsExitTwoAndNothingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("digit in name")
            << QStringList{QStringLiteral("--first-name"),    QStringLiteral("J0hn"),
                           QStringLiteral("--last-name"),     QStringLiteral("Doe"),
                           QStringLiteral("--date-of-birth"), QStringLiteral("1990-01-01")}
            << QStringLiteral("First name");
        QTest::newRow("missing last name")
            << QStringList{QStringLiteral("--first-name"), QStringLiteral("John")}
            << QStringLiteral("Last name is required");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--first-name"),
                                                 QStringLiteral("John"),
                                                 QStringLiteral("--last-name"),
                                                 QStringLiteral("Doe"),
                                                 QStringLiteral("--date-of-birth"),
                                                 QStringLiteral("2023-02-29")}
                                  << QStringLiteral("not a real calendar date");
        QTest::newRow("bad session id")
            << QStringList{QStringLiteral("--session-id"), QStringLiteral("nope")}
            << QStringLiteral("Session ID");
        QTest::newRow("bad theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("dark blue")}
            << QStringLiteral("Web theme");
    }
    void invalidInputIsExitTwoAndNothingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const ProcessResult result = initialize(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(text(result.err).contains(messagePart), result.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 0);
    }

    void missingPasswordIsExitTwo()
    {
        m_environment.remove(QStringLiteral("ENROLMENT_DESK_PASSWORD"));
        const ProcessResult result = initialize({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(text(result.err).contains(QLatin1String("--password-stdin")));
        QCOMPARE(m_sandbox->sessionCount(), 0);
    }

    void passwordFromStandardInput()
    {
        // Standard input wins over the environment variable.
        m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("wrong"));
        const QStringList arguments = connectionArguments(QStringLiteral("initialize"))
                                      << QStringLiteral("--password-stdin")
                                      << QStringLiteral("--return-url")
                                      << QStringLiteral("https://bank.example/done");
        const ProcessResult result = runDesk(arguments, m_environment, "demo\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const ProcessResult empty = runDesk(arguments, m_environment, "");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(text(empty.err).contains(QLatin1String("standard input")));
        QCOMPARE(m_sandbox->sessionCount(), 1);
    }

    void wrongPasswordIsExitThreeAndNeverPrinted()
    {
        const QString secret = QStringLiteral("hunter2-very-secret");
        m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), secret);
        const ProcessResult result = initialize({});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!text(result.out + result.err).contains(secret));
    }

    void plainHttpToRemoteHostIsRefused()
    {
        const ProcessResult result =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--api-url"),
                     QStringLiteral("http://platform.example.com"), QStringLiteral("--username"),
                     QStringLiteral("demo"), QStringLiteral("--return-url"),
                     QStringLiteral("https://bank.example/done")},
                    m_environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(text(result.err).contains(QLatin1String("https")));
    }

    void qrPngDecodesToTheExactLink()
    {
        const QString png = m_home->filePath(QStringLiteral("link.png"));
        const ProcessResult result =
            initialize({QStringLiteral("--json"), QStringLiteral("--qr-png"), png,
                        QStringLiteral("--lang"), QStringLiteral("sk-SK")});
        QCOMPARE(result.exitCode, 0);
        const QString link = QJsonDocument::fromJson(result.out)
                                 .object()
                                 .value(QStringLiteral("webEnrolmentUrl"))
                                 .toString();
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(TestSupport::decodeQr(image), link);
    }

    void qrPngIntoMissingFolderIsRefusedBeforeSending()
    {
        const ProcessResult result = initialize(
            {QStringLiteral("--qr-png"), m_home->filePath(QStringLiteral("no/such/dir/x.png"))});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(m_sandbox->sessionCount(), 0);
    }

    void qrTerminalDrawsHalfBlocks()
    {
        const ProcessResult result = initialize({QStringLiteral("--qr-terminal")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(text(result.out).contains(QChar(0x2580)) ||
                text(result.out).contains(QChar(0x2584)));
    }

    void statusBeforeAndAfterTheDecision()
    {
        const QString id = createdSessionId({});
        ProcessResult result =
            runDesk(connectionArguments(QStringLiteral("status")) << id << QStringLiteral("--json"),
                    m_environment);
        QCOMPARE(result.exitCode, 0);
        QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(object.value(QStringLiteral("decision")).isNull());
        QCOMPARE(object.value(QStringLiteral("sessionId")).toString(), id);

        QVERIFY(m_sandbox->finishSession(id, Sandbox::Outcome::Medium));
        result =
            runDesk(connectionArguments(QStringLiteral("status")) << id << QStringLiteral("--json"),
                    m_environment);
        QCOMPARE(result.exitCode, 0);
        object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(),
                 QStringLiteral("WAITING_FOR_MANUAL_APPROVE"));
        const QJsonObject decision = object.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("level")).toString(), QStringLiteral("MEDIUM"));
        QVERIFY(decision.value(QStringLiteral("score")).isDouble());
        const QJsonObject verifications =
            decision.value(QStringLiteral("verifications")).toObject();
        QVERIFY(!verifications.isEmpty());
        for (const QJsonValue& factor : verifications)
            QVERIFY(factor.toObject().contains(QStringLiteral("level")));
    }

    void statusWaitsUntilFinal()
    {
        const QString id = createdSessionId(
            {QStringLiteral("--external-id"), QStringLiteral("sandbox:complete=LOW@2")});
        const ProcessResult result =
            runDesk(connectionArguments(QStringLiteral("status"))
                        << id << QStringLiteral("--wait") << QStringLiteral("--interval")
                        << QStringLiteral("1") << QStringLiteral("--json"),
                    m_environment);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(),
                 QStringLiteral("AUTO_REJECTED"));
        QCOMPARE(object.value(QStringLiteral("decision"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString(),
                 QStringLiteral("LOW"));
        QVERIFY(text(result.err).contains(QLatin1String("PENDING")));
    }

    void statusOfUnknownSessionIsExitFour()
    {
        const ProcessResult result =
            runDesk(connectionArguments(QStringLiteral("status"))
                        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"),
                    m_environment);
        QCOMPARE(result.exitCode, 4);
        QVERIFY(text(result.err).contains(QLatin1String("404")));
    }

    void profileSuppliesTheConnection()
    {
        {
            QSettings settings(
                m_home->filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")),
                QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/qa/baseUrl"),
                              m_sandbox->baseUrl().toString());
            settings.setValue(QStringLiteral("profiles/qa/username"), QStringLiteral("demo"));
            settings.setValue(QStringLiteral("profiles/qa/returnUrl"),
                              QStringLiteral("https://bank.example/done"));
            settings.setValue(QStringLiteral("profiles/qa/timeoutSeconds"),
                              QStringLiteral("banana"));
        }
        const ProcessResult result =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--profile"),
                     QStringLiteral("qa"), QStringLiteral("--json")},
                    m_environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(text(result.err).contains(QLatin1String("timeoutSeconds")),
                 result.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 1);

        const ProcessResult unknown = runDesk(
            {QStringLiteral("initialize"), QStringLiteral("--profile"), QStringLiteral("prod")},
            m_environment);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(text(unknown.err).contains(QLatin1String("qa")));
    }

    void sandboxCommandServesAndStopsOnSigterm()
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(TestSupport::desktopBinary(), {QStringLiteral("sandbox")});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(10000));
        const QUrl base(QString::fromUtf8(process.readLine()).trimmed());
        QCOMPARE(base.scheme(), QStringLiteral("http"));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);

        const ProcessResult result = runDesk(
            {QStringLiteral("initialize"), QStringLiteral("--api-url"), base.toString(),
             QStringLiteral("--username"), QStringLiteral("demo"), QStringLiteral("--return-url"),
             QStringLiteral("https://bank.example/done"), QStringLiteral("--json")},
            m_environment);
        QCOMPARE(result.exitCode, 0);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void sandboxOnTakenPortFails()
    {
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_sandbox->baseUrl().port());
        const ProcessResult result =
            runDesk({QStringLiteral("sandbox"), QStringLiteral("--listen"), listen}, m_environment,
                    {}, 10000);
        QCOMPARE(result.exitCode, 5);
        QVERIFY(!result.err.isEmpty());
    }

    void demoRunsToADecision()
    {
        const ProcessResult result =
            runDesk({QStringLiteral("demo"), QStringLiteral("--finish")}, m_environment, {}, 30000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(text(result.out).contains(QLatin1String("AUTO_APPROVED")), result.out.constData());
        QVERIFY(text(result.err).contains(QLatin1String("DEMO")));
    }

private:
    QStringList connectionArguments(const QString& command) const
    {
        return {command, QStringLiteral("--api-url"), m_sandbox->baseUrl().toString(),
                QStringLiteral("--username"), QStringLiteral("demo")};
    }
    ProcessResult initialize(const QStringList& extra)
    {
        return runDesk(connectionArguments(QStringLiteral("initialize"))
                           << QStringLiteral("--return-url")
                           << QStringLiteral("https://bank.example/done") << extra,
                       m_environment);
    }
    QString createdSessionId(const QStringList& extra)
    {
        const ProcessResult result = initialize(QStringList{QStringLiteral("--json")} << extra);
        if (result.exitCode != 0)
            QTest::qFail(
                qPrintable(QStringLiteral("initialize failed: ") + QString::fromUtf8(result.err)),
                __FILE__, __LINE__);
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(QStringLiteral("sessionId"))
            .toString();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
