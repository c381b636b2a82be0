// SandboxServer's protocol over loopback, with a plain QNetworkAccessManager: listening, Basic
// authentication, validation of the initialize body and the initialize reply with its token.

#include "sandboxtestsupport.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using Sandbox::Outcome;
using Sandbox::SandboxOptions;
using Sandbox::SandboxServer;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QCOMPARE(m_f.start(), QString()); }
    void cleanup() { m_f.stop(); }

    void baseUrlIsLoopback();
    void startFailsWhenThePortIsTaken();
    void servesAPortOpenedBeforeIt();
    void authRefused_data();
    void authRefused();
    void authAccepted();
    void validation_data();
    void validation();
    void contentTypeMustBeJson();
    void acceptHeaders_data();
    void acceptHeaders();
    void happyPath();
    void reusedSessionIdConflicts();
    void unknownSessionIsNotFound();
    void unknownEndpoint();
    void headerNamesAreCaseInsensitive();

private:
    SandboxFixture m_f;
};

void TestSandboxServer::baseUrlIsLoopback()
{
    const QUrl base = m_f.server->baseUrl();
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QVERIFY(!base.toString().endsWith(QLatin1Char('/')));
    QVERIFY(m_f.server->isListening());
}

void TestSandboxServer::startFailsWhenThePortIsTaken()
{
    SandboxOptions options;
    options.port = quint16(m_f.server->baseUrl().port());
    SandboxServer second(options);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY(!second.isListening());
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
    QVERIFY(second.baseUrl().isEmpty());
}

// The demo opens its port at start and builds the sandbox after the first frame: a request that
// arrived in between waits in the queue and is answered once the sandbox serves the port.
void TestSandboxServer::servesAPortOpenedBeforeIt()
{
    auto* port = new QTcpServer;
    QVERIFY(port->listen(QHostAddress::LocalHost));
    port->pauseAccepting();
    const QUrl announced = SandboxServer::baseUrlFor(*port);
    QTcpSocket early;
    early.connectToHost(QHostAddress::LocalHost, port->serverPort());
    QVERIFY(early.waitForConnected(5000));
    early.write("GET /api/v1/nothing/here HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(early.waitForBytesWritten(5000));
    QVERIFY(!early.waitForReadyRead(200)); // nobody answers yet

    SandboxServer late{SandboxOptions{}};
    late.serve(port);
    QCOMPARE(late.baseUrl(), announced); // what the demo profile was given before serve()
    QVERIFY(late.isListening());
    QTRY_VERIFY_WITH_TIMEOUT(early.bytesAvailable() > 0 || early.waitForReadyRead(100), 30000);
    const QByteArray statusLine = early.readLine();
    // Answered: without credentials, the sandbox asks for them.
    QVERIFY2(statusLine.startsWith("HTTP/1.1 401"), statusLine.constData());
}

void TestSandboxServer::authRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong password") << QByteArray("Basic " + QByteArray("desk:secreT").toBase64());
    QTest::newRow("wrong user") << QByteArray("Basic " + QByteArray("demo:secret").toBase64());
    // "desk:secret" needs one '=' of padding, which the documentation insists on.
    QTest::newRow("unpadded") << QByteArray("Basic ZGVzazpzZWNyZXQ");
    QTest::newRow("bearer") << QByteArray("Bearer ZGVzazpzZWNyZXQ=");
    QTest::newRow("not base64") << QByteArray("Basic ****");
    QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("desksecret").toBase64());
}

void TestSandboxServer::authRefused()
{
    QFETCH(QByteArray, authorization);
    const QString id = TestHttp::newId();
    const QByteArray body = QJsonDocument(TestHttp::minimalRequest(id)).toJson();
    const TestReply created = m_f.http->send("POST", QStringLiteral("/api/v1/enrolment/initialize"),
                                             body, "application/json", authorization);
    QCOMPARE(created.status, 401);
    QVERIFY(created.json().contains(QStringLiteral("error")));
    QVERIFY(created.wwwAuthenticate.startsWith("Basic"));
    QCOMPARE(m_f.server->sessionCount(), 0);

    QVERIFY(m_f.create(id).status == 200);
    for (const QString& path :
         {QStringLiteral("/api/v1/data/%1/status").arg(id),
          QStringLiteral("/api/v1/data/%1/decision/results").arg(id),
          QStringLiteral("/api/v1/data/session/list"), QStringLiteral("/api/v1/unknown")}) {
        const TestReply reply = m_f.http->send("GET", path, {}, {}, authorization);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.json().contains(QStringLiteral("error")), reply.body.constData());
    }
    QCOMPARE(
        m_f.http->send("DELETE", QStringLiteral("/api/v1/data/%1").arg(id), {}, {}, authorization)
            .status,
        401);
    QCOMPARE(m_f.server->sessionCount(), 1);
}

void TestSandboxServer::authAccepted()
{
    const QString id = TestHttp::newId();
    const QByteArray body = QJsonDocument(TestHttp::minimalRequest(id)).toJson();
    const TestReply reply =
        m_f.http->send("POST", QStringLiteral("/api/v1/enrolment/initialize"), body,
                       "application/json", QByteArray("basic ZGVzazpzZWNyZXQ="));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_f.http->status(id).status, 200);
}

void TestSandboxServer::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const auto with = [](const QString& key, const QJsonValue& value) {
        QJsonObject body = TestHttp::minimalRequest(TestHttp::newId());
        body.insert(key, value);
        return QJsonDocument(body).toJson();
    };
    const auto applicantWith = [&with](const QString& key, const QJsonValue& value) {
        QJsonObject form = SandboxFixture::applicantForm();
        if (value.isUndefined())
            form.remove(key);
        else
            form.insert(key, value);
        return with(QStringLiteral("applicantForm"), form);
    };
    const auto without = [](const QString& key) {
        QJsonObject body = TestHttp::minimalRequest(TestHttp::newId());
        body.remove(key);
        return QJsonDocument(body).toJson();
    };

    QTest::newRow("not json") << QByteArray("{\"sessionId\": ") << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("no sessionId") << without(QStringLiteral("sessionId"))
                                  << QStringLiteral("sessionId");
    QTest::newRow("sessionId not a guid")
        << with(QStringLiteral("sessionId"), QStringLiteral("42")) << QStringLiteral("sessionId");
    QTest::newRow("sessionId a number")
        << with(QStringLiteral("sessionId"), 42) << QStringLiteral("sessionId");
    QTest::newRow("nil guid") << with(QStringLiteral("sessionId"),
                                      QStringLiteral("00000000-0000-0000-0000-000000000000"))
                              << QStringLiteral("sessionId");
    QTest::newRow("no returnUrl") << without(QStringLiteral("returnUrl"))
                                  << QStringLiteral("returnUrl");
    QTest::newRow("returnUrl relative")
        << with(QStringLiteral("returnUrl"), QStringLiteral("/done"))
        << QStringLiteral("returnUrl");
    QTest::newRow("returnUrl plain http")
        << with(QStringLiteral("returnUrl"), QStringLiteral("http://bank.example/done"))
        << QStringLiteral("returnUrl");
    QTest::newRow("externalId too long")
        << with(QStringLiteral("externalId"), QString(513, QLatin1Char('x')))
        << QStringLiteral("externalId");
    QTest::newRow("externalId control character")
        << with(QStringLiteral("externalId"), QStringLiteral("A\u0007B"))
        << QStringLiteral("externalId");
    QTest::newRow("externalId not a string")
        << with(QStringLiteral("externalId"), 7) << QStringLiteral("externalId");
    QTest::newRow("unknown directive")
        << with(QStringLiteral("externalId"), QStringLiteral("A1 sandbox:explode"))
        << QStringLiteral("externalId");
    QTest::newRow("bad theme") << with(QStringLiteral("webEnrolmentTheme"),
                                       QStringLiteral("dark blue"))
                               << QStringLiteral("webEnrolmentTheme");
    QTest::newRow("applicantForm not an object")
        << with(QStringLiteral("applicantForm"), QStringLiteral("John"))
        << QStringLiteral("applicantForm");
    QTest::newRow("no firstName") << applicantWith(QStringLiteral("firstName"),
                                                   QJsonValue::Undefined)
                                  << QStringLiteral("applicantForm.firstName");
    QTest::newRow("empty lastName")
        << applicantWith(QStringLiteral("lastName"), QStringLiteral(" "))
        << QStringLiteral("applicantForm.lastName");
    QTest::newRow("digit in lastName")
        << applicantWith(QStringLiteral("lastName"), QStringLiteral("D0e"))
        << QStringLiteral("applicantForm.lastName");
    QTest::newRow("bad additionalNames")
        << applicantWith(QStringLiteral("additionalNames"), QStringLiteral("M1"))
        << QStringLiteral("applicantForm.additionalNames");
    QTest::newRow("no dateOfBirth")
        << applicantWith(QStringLiteral("dateOfBirth"), QJsonValue::Undefined)
        << QStringLiteral("applicantForm.dateOfBirth");
    QTest::newRow("dateOfBirth not ISO")
        << applicantWith(QStringLiteral("dateOfBirth"), QStringLiteral("23.04.1990"))
        << QStringLiteral("applicantForm.dateOfBirth");
    QTest::newRow("dateOfBirth in the future")
        << applicantWith(QStringLiteral("dateOfBirth"), QStringLiteral("2024-03-02"))
        << QStringLiteral("applicantForm.dateOfBirth");
    QTest::newRow("skipIntegrityCheck not bool")
        << applicantWith(QStringLiteral("skipIntegrityCheck"), QStringLiteral("false"))
        << QStringLiteral("applicantForm.skipIntegrityCheck");
}

void TestSandboxServer::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const TestReply reply =
        m_f.http->send("POST", QStringLiteral("/api/v1/enrolment/initialize"), body);
    QCOMPARE(reply.status, 400);
    const QJsonObject json = reply.json();
    QVERIFY2(!json.value(QStringLiteral("error")).toString().isEmpty(), reply.body.constData());
    QCOMPARE(json.value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_f.server->sessionCount(), 0);
}

void TestSandboxServer::contentTypeMustBeJson()
{
    const QByteArray body = QJsonDocument(TestHttp::minimalRequest(TestHttp::newId())).toJson();
    const TestReply reply =
        m_f.http->send("POST", QStringLiteral("/api/v1/enrolment/initialize"), body, "text/plain");
    QCOMPARE(reply.status, 415);
    QVERIFY(reply.json().contains(QStringLiteral("error")));
    QCOMPARE(m_f.server->sessionCount(), 0);
}

void TestSandboxServer::acceptHeaders_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("application/json") << QByteArray("application/json");
}

void TestSandboxServer::acceptHeaders()
{
    QFETCH(QByteArray, accept);
    const QByteArray body = QJsonDocument(TestHttp::minimalRequest(TestHttp::newId())).toJson();
    const TestReply reply =
        m_f.http->send("POST", QStringLiteral("/api/v1/enrolment/initialize"), body,
                       "application/json; charset=utf-8", std::nullopt, accept);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QVERIFY(reply.json().contains(QStringLiteral("accessToken")));
}

void TestSandboxServer::happyPath()
{
    const QString id = TestHttp::newId();
    QJsonObject body = TestHttp::minimalRequest(QLatin1Char('{') + id.toUpper() + QLatin1Char('}'),
                                                QStringLiteral("53421526A"));
    body.insert(QStringLiteral("webEnrolmentTheme"), QStringLiteral("white"));
    body.insert(QStringLiteral("applicantForm"), SandboxFixture::applicantForm());
    body.insert(QStringLiteral("aFutureField"), QJsonObject{{QStringLiteral("x"), 1}});
    const TestReply reply = m_f.http->postJson(body);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("accessToken"), QStringLiteral("sessionId"),
                                       QStringLiteral("webEnrolmentUrl")}));
    QCOMPARE(json.value(QStringLiteral("sessionId")).toString(), id);

    const QUrl link(json.value(QStringLiteral("webEnrolmentUrl")).toString(), QUrl::StrictMode);
    QVERIFY(link.isValid());
    QCOMPARE(link.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), m_f.server->baseUrl());
    QCOMPARE(link.path(), QStringLiteral("/web-enrolment/"));
    const QString reference = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    QVERIFY(reference.size() >= 32);

    const QString token = json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(reference != token);
    QVERIFY(!token.contains(reference));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"))
            .match(token)
            .hasMatch(),
        qPrintable(token));
    const QJsonObject header = SandboxFixture::jwtPart(token, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject claims = SandboxFixture::jwtPart(token, 1);
    QCOMPARE(claims.value(QStringLiteral("sessionId")).toString(), id);
    QVERIFY(!QUuid::fromString(claims.value(QStringLiteral("customer")).toString()).isNull());
    const qint64 nbf = claims.value(QStringLiteral("nbf")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    QCOMPARE(nbf, m_f.now.toSecsSinceEpoch());
    QCOMPARE(exp - nbf, 3600);
    const auto signature = QByteArray::fromBase64Encoding(
        token.section(QLatin1Char('.'), 2).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(signature);
    QCOMPARE(signature.decoded.size(), 32);

    QCOMPARE(m_f.server->sessionCount(), 1);
    const TestReply status = m_f.http->status(id);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("PENDING")}}));
    // Any GUID form addresses the session.
    QCOMPARE(m_f.http->status(id.toUpper()).status, 200);
}

void TestSandboxServer::reusedSessionIdConflicts()
{
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id).status, 200);
    const TestReply again = m_f.create(id.toUpper());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("field")).toString(), QStringLiteral("sessionId"));
    QCOMPARE(m_f.server->sessionCount(), 1);
}

void TestSandboxServer::unknownSessionIsNotFound()
{
    for (const QString& id : {TestHttp::newId(), QStringLiteral("not-a-guid")}) {
        const TestReply reply = m_f.http->status(id);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.json().contains(QStringLiteral("error")));
    }
}

void TestSandboxServer::unknownEndpoint()
{
    const TestReply reply = m_f.http->get(QStringLiteral("/api/v1/nothing/here"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.json().contains(QStringLiteral("error")));
    QCOMPARE(m_f.http->send("PUT", QStringLiteral("/api/v1/enrolment/initialize"), "{}").status,
             404);
}

void TestSandboxServer::headerNamesAreCaseInsensitive()
{
    const QString id = TestHttp::newId();
    const QByteArray body = QJsonDocument(TestHttp::minimalRequest(id)).toJson();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_f.server->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/enrolment/initialize HTTP/1.1\r\nhost: 127.0.0.1\r\n"
                 "authorization: Basic ZGVzazpzZWNyZXQ=\r\ncontent-type: application/json\r\n"
                 "accept: text/plain\r\ncontent-length: " +
                 QByteArray::number(body.size()) + "\r\nconnection: close\r\n\r\n" + body);
    QByteArray answer;
    // The server runs on this thread: wait with the event loop, never with waitForReadyRead().
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}"), 30000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
