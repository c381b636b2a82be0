// Every sandbox directive (docs/sandbox.md) has the effect it promises on a real server: reply
// faults on initialize, scripted status failures and the delayed reply that keeps the server
// responsive. After a reply fault the session still exists, as after a lost reply.

#include "sandboxtestsupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonParseError>
#include <QTest>
#include <QUrlQuery>

#include <memory>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void scriptedHttpStatus_data();
    void scriptedHttpStatus();
    void malformedJson();
    void emptyBody();
    void notJson();
    void wrongSessionId();
    void links_data();
    void links();
    void missingLink();
    void noToken();
    void directivesCombineWithText();
    void statusHttp();
    void statusHttpDefaultsToOnce();
    void slowReplyIsDelayed();
    void slowReplyDoesNotBlockOtherRequests();
    void slowErrorReply();
    void slowReplyToAClientThatLeft();

private:
    SandboxFixture m_f;
};

void TestSandboxFaults::init()
{
    QCOMPARE(m_f.start(false), QString());
}

void TestSandboxFaults::cleanup()
{
    m_f.stop();
}

void TestSandboxFaults::scriptedHttpStatus_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << QStringLiteral("sandbox:http=500") << 500 << QByteArray();
    QTest::newRow("401") << QStringLiteral("sandbox:http=401") << 401 << QByteArray();
    QTest::newRow("429 retry") << QStringLiteral("sandbox:http=429 sandbox:retry-after=7") << 429
                               << QByteArray("7");
    QTest::newRow("503 retry") << QStringLiteral("sandbox:retry-after=30 sandbox:http=503") << 503
                               << QByteArray("30");
    QTest::newRow("unnamed 520") << QStringLiteral("sandbox:http=520") << 520 << QByteArray();
}

void TestSandboxFaults::scriptedHttpStatus()
{
    QFETCH(QString, externalId);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, externalId);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.retryAfter, retryAfter);
    QVERIFY2(
        reply.json().value(QStringLiteral("error")).toString().contains(QString::number(status)),
        reply.body.constData());
    QCOMPARE(m_f.server->sessionCount(), 1);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxFaults::malformedJson()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:malformed-json"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(reply.body.startsWith('{'));
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxFaults::emptyBody()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:empty-body"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxFaults::notJson()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:not-json"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.contains("<html"));
    QVERIFY(!QJsonDocument::fromJson(reply.body).isObject());
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxFaults::wrongSessionId()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:wrong-session-id"));
    QCOMPARE(reply.status, 200);
    const QString sent = reply.json().value(QStringLiteral("sessionId")).toString();
    QVERIFY(!QUuid::fromString(sent).isNull());
    QVERIFY(sent != id);
    QVERIFY(reply.json().contains(QStringLiteral("accessToken")));
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    QCOMPARE(m_f.http->status(sent).status, 404);
}

void TestSandboxFaults::links_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("origin");
    QTest::newRow("plain http") << QStringLiteral("sandbox:plain-http-link")
                                << QStringLiteral("http://links.sandbox.invalid");
    QTest::newRow("foreign host") << QStringLiteral("sandbox:foreign-link")
                                  << QStringLiteral("https://foreign.invalid");
}

void TestSandboxFaults::links()
{
    QFETCH(QString, externalId);
    QFETCH(QString, origin);
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, externalId);
    QCOMPARE(reply.status, 200);
    const QString link = reply.json().value(QStringLiteral("webEnrolmentUrl")).toString();
    QVERIFY2(link.startsWith(origin + QStringLiteral("/web-enrolment/?token=")), qPrintable(link));
    QVERIFY(QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token")).size() >= 32);
    QCOMPARE(reply.json().value(QStringLiteral("sessionId")).toString(), id);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxFaults::missingLink()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:missing-link"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("webEnrolmentUrl")));
    QVERIFY(reply.json().contains(QStringLiteral("accessToken")));
    QCOMPARE(reply.json().value(QStringLiteral("sessionId")).toString(), id);
}

void TestSandboxFaults::noToken()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:no-token"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("accessToken")));
    QVERIFY(reply.json().contains(QStringLiteral("webEnrolmentUrl")));
    QCOMPARE(reply.json().value(QStringLiteral("sessionId")).toString(), id);
}

void TestSandboxFaults::directivesCombineWithText()
{
    const QString id = TestHttp::newId();
    const TestReply reply = m_f.create(
        id,
        QStringLiteral("case 42 sandbox:no-token sandbox:plain-http-link sandbox:complete=LOW"));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QVERIFY(!json.contains(QStringLiteral("accessToken")));
    QVERIFY(json.value(QStringLiteral("webEnrolmentUrl"))
                .toString()
                .startsWith(QStringLiteral("http://links.sandbox.invalid/")));
    QCOMPARE(m_f.statusOf(id), QStringLiteral("AUTO_REJECTED"));
}

void TestSandboxFaults::statusHttp()
{
    const QString id = TestHttp::newId();
    const TestReply created = m_f.create(id, QStringLiteral("sandbox:status-http=503@2 "
                                                            "sandbox:retry-after=3"));
    QCOMPARE(created.status, 200);
    QVERIFY(created.retryAfter.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const TestReply failed = m_f.http->status(id);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.retryAfter, QByteArray("3"));
        QVERIFY(failed.json().contains(QStringLiteral("error")));
    }
    const TestReply recovered = m_f.http->status(id);
    QCOMPARE(recovered.status, 200);
    QVERIFY(recovered.retryAfter.isEmpty());
    QCOMPARE(recovered.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("PENDING"));
}

void TestSandboxFaults::statusHttpDefaultsToOnce()
{
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id, QStringLiteral("sandbox:status-http=429")).status, 200);
    const TestReply failed = m_f.http->status(id);
    QCOMPARE(failed.status, 429);
    QVERIFY(failed.retryAfter.isEmpty());
    QCOMPARE(m_f.http->status(id).status, 200);
}

void TestSandboxFaults::slowReplyIsDelayed()
{
    const QString id = TestHttp::newId();
    QElapsedTimer timer;
    timer.start();
    const TestReply reply = m_f.create(id, QStringLiteral("sandbox:slow=0.5"));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(reply.status, 200);
    QVERIFY2(elapsed >= 500, qPrintable(QString::number(elapsed)));
    QCOMPARE(reply.json().value(QStringLiteral("sessionId")).toString(), id);
}

void TestSandboxFaults::slowReplyDoesNotBlockOtherRequests()
{
    const QString id = TestHttp::newId();
    // Slow enough that no busy machine lets it finish during the test (slowReplyIsDelayed proves
    // that the delay ends).
    QNetworkReply* slow = m_f.http->start(
        "POST", QStringLiteral("/api/v1/enrolment/initialize"),
        QJsonDocument(TestHttp::minimalRequest(id, QStringLiteral("sandbox:slow=120"))).toJson());
    // Once the server has the slow request, a quick one must still be answered at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_f.server->sessionCount(), 1, TestSupport::EventTimeoutMs);
    const TestReply quick = m_f.http->status(id);
    QCOMPARE(quick.status, 200);
    QVERIFY(!slow->isFinished());
    slow->abort();
    slow->deleteLater();
}

void TestSandboxFaults::slowErrorReply()
{
    QElapsedTimer timer;
    timer.start();
    const TestReply reply =
        m_f.create(TestHttp::newId(), QStringLiteral("sandbox:slow=0.3 sandbox:http=504"));
    QCOMPARE(reply.status, 504);
    QVERIFY(timer.elapsed() >= 300);
}

void TestSandboxFaults::slowReplyToAClientThatLeft()
{
    const QString id = TestHttp::newId();
    QNetworkReply* slow = m_f.http->start(
        "POST", QStringLiteral("/api/v1/enrolment/initialize"),
        QJsonDocument(TestHttp::minimalRequest(id, QStringLiteral("sandbox:slow=0.3"))).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(m_f.server->sessionCount(), 1, TestSupport::EventTimeoutMs);
    slow->abort();
    slow->deleteLater();
    QTest::qWait(500); // past the delay: the server must drop the answer quietly
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    QCOMPARE(m_f.create(TestHttp::newId()).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
