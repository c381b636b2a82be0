// EnrolmentClient against the sandbox on loopback: the happy path and every scripted fault,
// each ending in the right ApiError kind; plus cancel, context lifetime, size cap and redirects
// against a raw socket server.

#include "api/enrolmentclient.h"
#include "api/transport.h"
#include "cannedserver.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Api::ApiError;
using Kind = Api::ApiError::Kind;

namespace {

Domain::EnrolmentRequest makeRequest(const QString& externalId = QString())
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = externalId;
    input.applicant = {QStringLiteral("John"), QStringLiteral("Doe"), QStringLiteral("Michael"),
                       QStringLiteral("2004-07-09"), false};
    return TEST_REQUEST(input);
}

} // namespace

using TestSupport::CannedServer;

class TestEnrolmentClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = TestSupport::startSandbox();
        m_client = std::make_unique<Api::EnrolmentClient>(
            &m_network, TestSupport::sandboxConnection(*m_sandbox));
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void initializeHappyPath()
    {
        const Domain::EnrolmentRequest request = makeRequest(QStringLiteral("case-42"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = initialize(request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        const Domain::CreatedSession& session = result.value();
        QCOMPARE(session.sessionId, request.sessionId());
        QCOMPARE(session.webEnrolmentUrl.host(), m_sandbox->baseUrl().host());
        QVERIFY(session.webEnrolmentUrl.query().startsWith(QLatin1String("token=")));
        QVERIFY(session.expiresAt.has_value());
        const qint64 lifetime = before.secsTo(*session.expiresAt);
        QVERIFY2(lifetime >= 3590 && lifetime <= 3610, qPrintable(QString::number(lifetime)));
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void initializeFaults_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("messagePart");

        auto row = [](const char* name, const char* directive, Kind kind, int status,
                      const char* part) {
            QTest::newRow(name) << QString::fromLatin1(directive) << int(kind) << status
                                << QString::fromLatin1(part);
        };
        row("401", "sandbox:http=401", Kind::AuthRefused, 401, "401");
        row("403", "sandbox:http=403", Kind::AuthRefused, 403, "403");
        row("429", "sandbox:http=429 sandbox:retry-after=7", Kind::Http, 429, "7 second");
        row("500", "sandbox:http=500", Kind::Http, 500, "500");
        row("503", "sandbox:http=503", Kind::Http, 503, "503");
        row("malformed", "sandbox:malformed-json", Kind::InvalidReply, 0, "not valid JSON");
        row("empty", "sandbox:empty-body", Kind::InvalidReply, 0, "empty");
        row("not json", "sandbox:not-json", Kind::InvalidReply, 0, "not valid JSON");
        row("wrong id", "sandbox:wrong-session-id", Kind::InvalidReply, 0, "another session");
        row("plain http", "sandbox:plain-http-link", Kind::InvalidReply, 0, "not https");
        row("foreign", "sandbox:foreign-link", Kind::InvalidReply, 0, "foreign.invalid");
        row("missing link", "sandbox:missing-link", Kind::InvalidReply, 0, "no enrolment link");
        row("bad directive", "sandbox:no-such-thing", Kind::Http, 400, "400");
    }

    void initializeFaults()
    {
        QFETCH(QString, externalId);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, messagePart);
        // The plain-http link points to an allowed host, so only its scheme can be refused.
        Api::ApiConnection connection = m_client->connection();
        connection.allowedLinkHosts = {QStringLiteral("links.sandbox.invalid")};
        m_client->setConnection(connection);

        const auto result = initialize(makeRequest(externalId));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind()), kind);
        QCOMPARE(result.error().httpStatus(), httpStatus);
        QVERIFY2(result.error().userMessage().contains(messagePart),
                 qPrintable(result.error().userMessage()));
    }

    void noTokenMeansUnknownExpiry()
    {
        const auto result = initialize(makeRequest(QStringLiteral("sandbox:no-token")));
        QVERIFY(result.ok());
        QVERIFY(!result.value().expiresAt.has_value());
    }

    void slowReplyTimesOut()
    {
        Api::ApiConnection connection = m_client->connection();
        connection.timeout = std::chrono::milliseconds(500);
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest(QStringLiteral("sandbox:slow=60")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Timeout);
    }

    void wrongCredentialsRefused()
    {
        Api::ApiConnection connection = m_client->connection();
        connection.password = QStringLiteral("not-the-password");
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::AuthRefused);
        QVERIFY(!result.error().userMessage().contains(QLatin1String("not-the-password")));
    }

    void closedPortIsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Api::ApiConnection connection = m_client->connection();
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Network);
    }

    void plainHttpToRemoteHostIsRefusedBeforeSending()
    {
        Api::ApiConnection connection = m_client->connection();
        connection.baseUrl = QUrl(QStringLiteral("http://platform.example.com"));
        m_client->setConnection(connection);
        const int before = m_sandbox->sessionCount();
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::InvalidInput);
        QVERIFY(result.error().userMessage().contains(QLatin1String("https")));
        QCOMPARE(m_sandbox->sessionCount(), before);
    }

    void statusAndDecisionAfterFinishing()
    {
        const Domain::EnrolmentRequest request = makeRequest();
        QVERIFY(initialize(request).ok());
        auto status = readStatus(request.sessionId());
        QVERIFY(status.ok());
        QCOMPARE(status.value().kind(), Domain::SessionStatus::Kind::Pending);

        QVERIFY(m_sandbox->finishSession(request.sessionId(), Sandbox::Outcome::High));
        status = readStatus(request.sessionId());
        QVERIFY(status.ok());
        QCOMPARE(status.value().kind(), Domain::SessionStatus::Kind::AutoApproved);

        const auto decision =
            TestSupport::waitForResult<Domain::Decision>([&](QObject* context, auto callback) {
                m_client->decisionResults(request.sessionId(), context, callback);
            });
        QVERIFY(decision.ok());
        QCOMPARE(decision.value().level, Domain::Level::High);
        QVERIFY(!decision.value().factors.isEmpty());
    }

    void automaticCompletion()
    {
        const Domain::EnrolmentRequest request =
            makeRequest(QStringLiteral("sandbox:complete=LOW@0"));
        QVERIFY(initialize(request).ok());
        const auto status = readStatus(request.sessionId());
        QVERIFY(status.ok());
        QCOMPARE(status.value().kind(), Domain::SessionStatus::Kind::AutoRejected);
    }

    void statusOfUnknownSessionIs404()
    {
        const auto status = readStatus(QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Kind::Http);
        QCOMPARE(status.error().httpStatus(), 404);
    }

    void statusWithInvalidIdIsRefusedBeforeSending()
    {
        const auto status = readStatus(QStringLiteral("../../etc/passwd"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Kind::InvalidInput);
    }

    void transientStatusFailureIsRetried()
    {
        const Domain::EnrolmentRequest request =
            makeRequest(QStringLiteral("sandbox:status-http=503@1"));
        QVERIFY(initialize(request).ok());
        const auto status = readStatus(request.sessionId());
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().userMessage()));
    }

    void persistentStatusFailureGivesUp()
    {
        const Domain::EnrolmentRequest request =
            makeRequest(QStringLiteral("sandbox:status-http=503@9"));
        QVERIFY(initialize(request).ok());
        const auto status = readStatus(request.sessionId());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().httpStatus(), 503);
    }

    void tooManyRequestsIsNotRetriedByTheClient()
    {
        const Domain::EnrolmentRequest request =
            makeRequest(QStringLiteral("sandbox:status-http=429@1 sandbox:retry-after=3"));
        QVERIFY(initialize(request).ok());
        const auto status = readStatus(request.sessionId());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().httpStatus(), 429);
        QCOMPARE(status.error().retryAfterSeconds(), std::optional<int>(3));
    }

    void deleteRemovesTheSession()
    {
        const Domain::EnrolmentRequest request = makeRequest();
        QVERIFY(initialize(request).ok());
        const auto deleted =
            TestSupport::waitForResult<Api::Done>([&](QObject* context, auto callback) {
                m_client->deleteSession(request.sessionId(), context, callback);
            });
        QVERIFY(deleted.ok());
        const auto status = readStatus(request.sessionId());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().httpStatus(), 404);
    }

    void cancelledCallNeverAnswers()
    {
        QObject context;
        bool answered = false;
        const auto id =
            m_client->initialize(makeRequest(), &context, [&](const auto&) { answered = true; });
        QCOMPARE(m_client->pendingCount(), 1);
        m_client->cancel(id);
        QCOMPARE(m_client->pendingCount(), 0);
        // A later call on the same client is answered; the cancelled one still is not.
        QVERIFY(readStatus(TestSupport::createSandboxSession(*m_sandbox)).ok());
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    void destroyedContextNeverAnswers()
    {
        bool answered = false;
        {
            QObject context;
            m_client->initialize(makeRequest(QStringLiteral("sandbox:slow=0.3")), &context,
                                 [&](const auto&) { answered = true; });
        }
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QVERIFY(!answered);
    }

    void oversizedReplyIsRejected()
    {
        const QByteArray body(int(Api::MaxReplyBytes) + 4096, 'x');
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        Api::ApiConnection connection = m_client->connection();
        connection.baseUrl = server.url();
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::InvalidReply);
        QVERIFY(result.error().userMessage().contains(QLatin1String("larger")));
    }

    void redirectsAreNotFollowed()
    {
        CannedServer server("HTTP/1.1 302 Found\r\nLocation: https://elsewhere.invalid/\r\n"
                            "Content-Length: 0\r\n\r\n");
        Api::ApiConnection connection = m_client->connection();
        connection.baseUrl = server.url();
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Http);
        QCOMPARE(result.error().httpStatus(), 302);
    }

    void errorBodySecretsNeverReachTheMessage()
    {
        const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uSWQiOiJ4In0.c2lnbmF0dXJlc2ln";
        CannedServer server("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                            "Content-Length: " +
                            QByteArray::number(token.size() + 7) + "\r\n\r\ntoken: " + token);
        Api::ApiConnection connection = m_client->connection();
        connection.baseUrl = server.url();
        m_client->setConnection(connection);
        const auto result = initialize(makeRequest());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus(), 500);
        QVERIFY(!result.error().userMessage().contains(QString::fromLatin1(token)));
        QVERIFY(!result.error().userMessage().contains(QLatin1String("c2lnbmF0dXJl")));
    }

private:
    Api::Result<Domain::CreatedSession> initialize(const Domain::EnrolmentRequest& request)
    {
        return TestSupport::waitForResult<Domain::CreatedSession>(
            [&](QObject* context, auto callback) {
                m_client->initialize(request, context, callback);
            });
    }
    Api::Result<Domain::SessionStatus> readStatus(const QString& id)
    {
        return TestSupport::waitForResult<Domain::SessionStatus>(
            [&](QObject* context, auto callback) { m_client->status(id, context, callback); });
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::EnrolmentClient> m_client;
};

QTEST_GUILESS_MAIN(TestEnrolmentClient)
#include "tst_enrolmentclient.moc"
