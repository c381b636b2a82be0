// The real binary against a raw socket server that misbehaves (issue-level regressions of the
// command line): credentials are sent as given or refused, a creation is never sent twice and is
// in the history before it leaves (read back by a fresh process), framing and compression are
// checked, a timeout is one line, nothing the platform writes can drive the terminal, and no
// link is printed that is not a result.

#include "rawhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using TestSupport::ProcessResult;
using TestSupport::RawAnswer;
using TestSupport::RawHttpServer;
using TestSupport::runDesk;

namespace {

const QString SessionId = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");
const QString OtherSessionId = QStringLiteral("0b7c2f9e-1111-4222-8333-944455556666");

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An unsigned-looking compact JWT with these claims (the desk never checks the signature).
QByteArray token(const QByteArray& claims)
{
    return base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64Url(claims) + ".c2lnbmF0dXJl";
}

QByteArray tokenFor(const QString& sessionId, qint64 exp)
{
    return token(R"({"sessionId":")" + sessionId.toLatin1() + R"(","nbf":)" +
                 QByteArray::number(exp - 3600) + R"(,"exp":)" + QByteArray::number(exp) + "}");
}

QByteArray createdBody(const QUrl& server, const QByteArray& linkTail = "abc",
                       qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600)
{
    return R"({"sessionId":")" + SessionId.toLatin1() + R"(","webEnrolmentUrl":")" +
           server.toString().toLatin1() + "/web-enrolment/?token=" + linkTail +
           R"(","accessToken":")" + tokenFor(SessionId, exp) + "\"}";
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set"); }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_environment = TestSupport::isolatedEnvironment(m_home->path());
        m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
    }

    // Item 1.
    void credentialsInTheAddressAreRefused();
    void credentialsInAProfileAddressAreRefused();
    void unsendableUsernamesAreRefused_data();
    void unsendableUsernamesAreRefused();
    void passwordFromStandardInputIsSentAsGivenOrRefused_data();
    void passwordFromStandardInputIsSentAsGivenOrRefused();
    void exactPasswordIsSent();
    void echoedPasswordIsNotPrinted();
    // Item 2, with issue 13 item 5: recorded before it leaves, read back by a fresh process.
    void lostReplyIsNeverResentAndStaysInTheHistory_data();
    void lostReplyIsNeverResentAndStaysInTheHistory();
    // Items 3, 5, 7.
    void untrustworthyRepliesAreExitSix_data();
    void untrustworthyRepliesAreExitSix();
    // Item 6.
    void timeoutIsOneLine();
    void interruptedWaitIsRecordedAsCancelled();
    // Item 8.
    void platformTextCannotDriveTheTerminal();
    void echoedValuesStayOnOneShortLine_data();
    void echoedValuesStayOnOneShortLine();
    // Items 9 and 10.
    void noLinkIsPrintedThatIsNoResult_data();
    void noLinkIsPrintedThatIsNoResult();
    // Item 11.
    void localInputThatIsRefused_data();
    void localInputThatIsRefused();
    // Item 12.
    void historyLeftReadableByOthersIsTightened();

private:
    QStringList initializeArguments(const QUrl& server, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("initialize"),
                           QStringLiteral("--api-url"),
                           server.toString(),
                           QStringLiteral("--username"),
                           QStringLiteral("demo"),
                           QStringLiteral("--return-url"),
                           QStringLiteral("https://bank.example/done"),
                           QStringLiteral("--session-id"),
                           SessionId}
               << extra;
    }
    QString historyPath() const
    {
        return m_home->filePath(QStringLiteral("data/EnrolmentDesk/enrolment-desk/history.sqlite"));
    }
    // The history as a fresh process reads it.
    QJsonArray historyFromAFreshProcess()
    {
        const ProcessResult result =
            runDesk({QStringLiteral("history"), QStringLiteral("--json")}, m_environment);
        if (result.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(QStringLiteral("sessions"))
            .toArray();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

void TestCliHostile::credentialsInTheAddressAreRefused()
{
    RawHttpServer server({RawAnswer::bytes("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic "
                                           "realm=\"x\"\r\nContent-Length: 0\r\n\r\n")});
    QUrl address = server.url();
    address.setUserInfo(QStringLiteral("user:pw-in-argument"));
    QStringList arguments = initializeArguments(server.url());
    arguments[2] = address.toString();
    const ProcessResult result = runDesk(arguments, m_environment);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(!result.err.contains("pw-in-argument"), result.err.constData());
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::credentialsInAProfileAddressAreRefused()
{
    RawHttpServer server(
        {RawAnswer::json(200, createdBody(QUrl(QStringLiteral("http://127.0.0.1"))))});
    QUrl address = server.url();
    address.setUserInfo(QStringLiteral("user:pw-in-settings"));
    {
        // A hand-edited settings file: the Profiles dialog itself refuses such an address.
        QSettings settings(
            m_home->filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")),
            QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/qa/baseUrl"), address.toString());
        settings.setValue(QStringLiteral("profiles/qa/username"), QStringLiteral("demo"));
        settings.setValue(QStringLiteral("profiles/qa/returnUrl"),
                          QStringLiteral("https://bank.example/done"));
    }
    const ProcessResult result =
        runDesk({QStringLiteral("initialize"), QStringLiteral("--profile"), QStringLiteral("qa")},
                m_environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(!result.err.contains("pw-in-settings"), result.err.constData());
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::unsendableUsernamesAreRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("colon") << QStringLiteral("demo:admin");
    QTest::newRow("newline") << QStringLiteral("demo\nX-Evil: 1");
    QTest::newRow("escape") << QStringLiteral("demo\x1b[2J");
}

void TestCliHostile::unsendableUsernamesAreRefused()
{
    QFETCH(QString, username);
    RawHttpServer server({RawAnswer::json(200, "{}")});
    QStringList arguments = initializeArguments(server.url());
    arguments[4] = username;
    const ProcessResult result = runDesk(arguments, m_environment);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!result.err.contains('\x1b'));
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::passwordFromStandardInputIsSentAsGivenOrRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("not UTF-8") << QByteArray("pass\xff\xfeword\n");
    QTest::newRow("NUL") << QByteArray("pass\0word\n", 10);
    QTest::newRow("longer than 65,535 bytes") << QByteArray(70000, 'p') + '\n';
    QTest::newRow("control character") << QByteArray("pass\x01word\n");
}

void TestCliHostile::passwordFromStandardInputIsSentAsGivenOrRefused()
{
    QFETCH(QByteArray, input);
    RawHttpServer server({RawAnswer::json(200, createdBody(QUrl()))});
    const ProcessResult result =
        runDesk(initializeArguments(server.url(), {QStringLiteral("--password-stdin")}),
                m_environment, input);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::exactPasswordIsSent()
{
    const QByteArray password = "p\xc3\xa4ss w\xc3\xb6rd \xe2\x9c\x93 " + QByteArray(60000, 'x');
    RawHttpServer server(
        {RawAnswer::json(200, createdBody(QUrl(QStringLiteral("http://127.0.0.1"))))});
    const ProcessResult result =
        runDesk(initializeArguments(server.url(), {QStringLiteral("--password-stdin")}),
                m_environment, password + "\r\n");
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(server.requests().constFirst().contains("Basic " + ("demo:" + password).toBase64()));
    Q_UNUSED(result);
}

void TestCliHostile::echoedPasswordIsNotPrinted()
{
    const QByteArray password = "Sup3r-s3cret";
    m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QString::fromLatin1(password));
    const QByteArray basic = ("demo:" + password).toBase64();
    RawHttpServer server({RawAnswer::json(400, "{\"message\":\"login demo/" + password +
                                                   " refused, header Basic " + basic + "\"}")});
    const ProcessResult result = runDesk(initializeArguments(server.url()), m_environment);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("refused"), result.err.constData());
    QVERIFY2(!result.err.contains(password), result.err.constData());
    QVERIFY2(!result.err.contains(basic), result.err.constData());
}

void TestCliHostile::lostReplyIsNeverResentAndStaysInTheHistory_data()
{
    QTest::addColumn<bool>("closeAfterRead");
    QTest::newRow("garbage status line") << false;
    QTest::newRow("close after reading") << true;
}

void TestCliHostile::lostReplyIsNeverResentAndStaysInTheHistory()
{
    QFETCH(bool, closeAfterRead);
    RawHttpServer server(
        {closeAfterRead ? RawAnswer::closeAfterRead() : RawAnswer::bytes("GARBAGE\r\n\r\n")});
    const ProcessResult result =
        runDesk(initializeArguments(server.url(),
                                    {QStringLiteral("--external-id"), QStringLiteral("CASE-9")}),
                m_environment);
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(text(result.err).contains(SessionId), result.err.constData());
    QVERIFY2(text(result.err).contains(QLatin1String("reply lost")), result.err.constData());

    const QJsonArray sessions = historyFromAFreshProcess();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    QCOMPARE(session.value(QStringLiteral("sessionId")).toString(), SessionId);
    QCOMPARE(session.value(QStringLiteral("externalId")).toString(), QStringLiteral("CASE-9"));
    QCOMPARE(session.value(QStringLiteral("outcome")).toString(), QStringLiteral("reply-lost"));
}

void TestCliHostile::untrustworthyRepliesAreExitSix_data()
{
    QTest::addColumn<QByteArray>("response");
    const QByteArray json = createdBody(QUrl(QStringLiteral("http://127.0.0.1")));
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    QTest::newRow("length larger than the body")
        << head + "Content-Length: " + QByteArray::number(json.size() + 100) + "\r\n\r\n" + json;
    QTest::newRow("two different lengths")
        << head + "Content-Length: " + QByteArray::number(json.size()) +
               "\r\nContent-Length: " + QByteArray::number(json.size() + 3) + "\r\n\r\n" + json +
               "   ";
    QTest::newRow("gzip that is not gzip")
        << head + "Content-Encoding: gzip\r\nContent-Length: 8\r\n\r\nnot gzip";
    const QByteArray duplicate =
        R"({"sessionId":")" + OtherSessionId.toLatin1() + "\"," + json.mid(1);
    QTest::newRow("two sessionIds")
        << head + "Content-Length: " + QByteArray::number(duplicate.size()) + "\r\n\r\n" +
               duplicate;
    const QByteArray foreign = R"({"sessionId":")" + SessionId.toLatin1() +
                               R"(","webEnrolmentUrl":"http://127.0.0.1/web-enrolment/?token=a",)"
                               R"("accessToken":")" +
                               tokenFor(OtherSessionId, QDateTime::currentSecsSinceEpoch() + 3600) +
                               "\"}";
    QTest::newRow("token of another session")
        << head + "Content-Length: " + QByteArray::number(foreign.size()) + "\r\n\r\n" + foreign;
}

void TestCliHostile::untrustworthyRepliesAreExitSix()
{
    QFETCH(QByteArray, response);
    for (int attempt = 0; attempt < 4; ++attempt) {
        RawHttpServer server({RawAnswer::bytes(response)});
        const ProcessResult result = runDesk(initializeArguments(server.url()), m_environment);
        QCOMPARE(result.exitCode, 6);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(text(result.err).contains(SessionId));
    }
}

void TestCliHostile::timeoutIsOneLine()
{
    RawHttpServer server({RawAnswer::silence()});
    const ProcessResult result = runDesk(
        initializeArguments(server.url(), {QStringLiteral("--timeout"), QStringLiteral("1")}),
        m_environment);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.count('\n') == 1, result.err.constData());
    QVERIFY(!result.err.contains("QIODevice"));
    QCOMPARE(historyFromAFreshProcess().at(0).toObject().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("reply-lost")));
}

void TestCliHostile::interruptedWaitIsRecordedAsCancelled()
{
    RawHttpServer server({RawAnswer::silence()});
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(TestSupport::desktopBinary(), initializeArguments(server.url()));
    QVERIFY(process.waitForStarted(10000));
    // Ctrl+C once the request has arrived, while the platform "thinks".
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, TestSupport::EventTimeoutMs);
    ::kill(pid_t(process.processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, TestSupport::EventTimeoutMs);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(text(err).contains(SessionId), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(historyFromAFreshProcess().at(0).toObject().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("cancelled")));
}

void TestCliHostile::platformTextCannotDriveTheTerminal()
{
    const QByteArray escape = "\\u001b]0;owned\\u0007\\u001b[2J\\u2028";
    RawHttpServer server(
        {RawAnswer::json(200, "{\"status\":\"PENDING" + escape + "\"}"),
         RawAnswer::json(200, R"({"status":"AUTO_APPROVED"})"),
         RawAnswer::json(200, "{\"decision\":{\"score\":90,\"level\":\"HIGH\"},\"verifications\":"
                              "{\"face" +
                                  escape + "\":{\"score\":90,\"level\":\"ODD" + escape + "\"}}}")});
    const QStringList arguments = {QStringLiteral("status"),     SessionId,
                                   QStringLiteral("--api-url"),  server.url().toString(),
                                   QStringLiteral("--username"), QStringLiteral("demo")};
    for (int run = 0; run < 2; ++run) {
        const ProcessResult result = runDesk(arguments, m_environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.out.contains('\x1b') && !result.out.contains('\x07') &&
                     !result.out.contains("\xe2\x80\xa8"),
                 result.out.constData());
        QVERIFY(!result.err.contains('\x1b'));
        QVERIFY2(result.out.contains("owned"), result.out.constData());
    }
    // --wait's progress line on standard error, too.
    RawHttpServer waiting({RawAnswer::json(200, "{\"status\":\"PENDING" + escape + "\"}"),
                           RawAnswer::json(200, R"({"status":"AUTO_REJECTED"})"),
                           RawAnswer::json(200, R"({"decision":{"score":1,"level":"LOW"}})")});
    QStringList waitArguments = arguments;
    waitArguments[3] = waiting.url().toString();
    waitArguments << QStringLiteral("--wait") << QStringLiteral("--interval")
                  << QStringLiteral("1");
    const ProcessResult waited = runDesk(waitArguments, m_environment);
    QVERIFY2(waited.exitCode == 0, waited.err.constData());
    QVERIFY2(waited.err.contains("owned"), waited.err.constData());
    QVERIFY2(!waited.err.contains('\x1b') && !waited.err.contains('\x07'), waited.err.constData());
}

void TestCliHostile::echoedValuesStayOnOneShortLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QStringList base = {QStringLiteral("initialize"), QStringLiteral("--username"),
                        QStringLiteral("demo"), QStringLiteral("--return-url"),
                        QStringLiteral("https://bank.example/done")};
    QTest::newRow("--timeout") << (QStringList(base) << QStringLiteral("--api-url")
                                                     << QStringLiteral("https://p.example")
                                                     << QStringLiteral("--timeout")
                                                     << QStringLiteral("5\n\x1b[2Jnext line"));
    QTest::newRow("--lang") << (QStringList(base)
                                << QStringLiteral("--api-url")
                                << QStringLiteral("https://p.example") << QStringLiteral("--lang")
                                << QStringLiteral("de\nsecond line") +
                                       QString(5000, QLatin1Char('x')));
    QTest::newRow("100,000-character --api-url")
        << (QStringList(base) << QStringLiteral("--api-url")
                              << QStringLiteral("ftp://") + QString(100000, QLatin1Char('a')) +
                                     QStringLiteral("\nx"));
    QTest::newRow("unknown command")
        << QStringList{QString(50000, QLatin1Char('c')) + QStringLiteral("\n")};
}

void TestCliHostile::echoedValuesStayOnOneShortLine()
{
    QFETCH(QStringList, arguments);
    const ProcessResult result = runDesk(arguments, m_environment);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.size() < 600, result.err.left(600).constData());
    QVERIFY(!result.err.contains('\x1b'));
}

void TestCliHostile::noLinkIsPrintedThatIsNoResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    const QUrl local(QStringLiteral("http://127.0.0.1"));
    QTest::newRow("too long for a QR code")
        << createdBody(local, QByteArray(5000, 'a')) << QStringList{QStringLiteral("--qr-terminal")}
        << QStringLiteral("QR");
    QTest::newRow("lone surrogate")
        << createdBody(local, "a\\ud800b") << QStringList() << QStringLiteral("surrogate");
    QTest::newRow("already expired")
        << createdBody(local, "abc", QDateTime::currentSecsSinceEpoch() - 120) << QStringList()
        << QStringLiteral("already expired");
}

void TestCliHostile::noLinkIsPrintedThatIsNoResult()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    RawHttpServer server({RawAnswer::json(200, body)});
    const ProcessResult result = runDesk(initializeArguments(server.url(), extra), m_environment);
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(result.out.isEmpty(), result.out.left(300).constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(text(result.err).contains(expected, Qt::CaseInsensitive), result.err.constData());
    QVERIFY(text(result.err).contains(SessionId));
    QCOMPARE(historyFromAFreshProcess().at(0).toObject().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("reply-rejected")));
}

void TestCliHostile::localInputThatIsRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("apiUrlChange"); // 0: none, 1: a fragment, 2: a query
    QTest::newRow("right-to-left override")
        << QStringList{QStringLiteral("--external-id"), QStringLiteral("CASE-1\u202Eexe.cod")} << 0;
    QTest::newRow("isolate") << QStringList{QStringLiteral("--external-id"),
                                            QStringLiteral("CASE-\u20661")}
                             << 0;
    QTest::newRow("zero width space")
        << QStringList{QStringLiteral("--external-id"), QStringLiteral("CASE\u200B-1")} << 0;
    QTest::newRow("line separator")
        << QStringList{QStringLiteral("--external-id"), QStringLiteral("CASE\u2028-1")} << 0;
    QTest::newRow("return URL with user info")
        << QStringList{QStringLiteral("--return-url"),
                       QStringLiteral("https://bank.example@evil.example/")}
        << 0;
    QTest::newRow("api URL with a fragment") << QStringList() << 1;
    QTest::newRow("api URL with a query") << QStringList() << 2;
}

void TestCliHostile::localInputThatIsRefused()
{
    QFETCH(QStringList, extra);
    QFETCH(int, apiUrlChange);
    RawHttpServer server({RawAnswer::json(200, createdBody(QUrl()))});
    QStringList arguments = initializeArguments(server.url(), extra);
    if (apiUrlChange == 1)
        arguments[2] += QStringLiteral("/#frag");
    if (apiUrlChange == 2)
        arguments[2] += QStringLiteral("/?tenant=a");
    const ProcessResult result = runDesk(arguments, m_environment);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::historyLeftReadableByOthersIsTightened()
{
    QVERIFY(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QFile::setPermissions(historyPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup |
                                                     QFileDevice::ReadOther));
    RawHttpServer server(
        {RawAnswer::json(200, createdBody(QUrl(QStringLiteral("http://127.0.0.1"))))});
    const ProcessResult result = runDesk(initializeArguments(server.url()), m_environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(historyPath()) & others, QFileDevice::Permissions());
    QCOMPARE(historyFromAFreshProcess().size(), 1);
}

QTEST_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
