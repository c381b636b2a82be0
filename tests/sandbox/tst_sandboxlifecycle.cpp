// How a sandbox session's status moves: finished by hand, by the web-enrolment page, by a script,
// or by expiry, with an injected clock instead of waiting.

#include "sandboxtestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using Sandbox::Outcome;
using Sandbox::SandboxServer;

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QCOMPARE(m_f.start(), QString()); }
    void cleanup() { m_f.stop(); }

    void finishSessionByHand();
    void webForm_data();
    void webForm();
    void webPageRefusesUnknownTokens();
    void webFormRefusesBadOutcome();
    void automaticCompletion();
    void scriptedStatus_data();
    void scriptedStatus();
    void expiry();
    void expiresInShortensTokenAndSession();

private:
    SandboxFixture m_f;
};

void TestSandboxLifecycle::finishSessionByHand()
{
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id).status, 200);
    QSignalSpy finished(m_f.server.get(), &SandboxServer::sessionFinished);
    QVERIFY(m_f.server->finishSession(id, Outcome::High));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("AUTO_APPROVED"));
    QCOMPARE(m_f.statusOf(id), QStringLiteral("AUTO_APPROVED"));
    QVERIFY(!m_f.server->finishSession(id, Outcome::Low));
    QVERIFY(!m_f.server->finishSession(TestHttp::newId(), Outcome::High));
    QVERIFY(!m_f.server->finishSession(QStringLiteral("not-a-guid"), Outcome::High));
    QCOMPARE(m_f.statusOf(id), QStringLiteral("AUTO_APPROVED"));
}

void TestSandboxLifecycle::webForm_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("status");
    QTest::newRow("HIGH") << QStringLiteral("HIGH") << QStringLiteral("AUTO_APPROVED");
    QTest::newRow("MEDIUM") << QStringLiteral("MEDIUM")
                            << QStringLiteral("WAITING_FOR_MANUAL_APPROVE");
    QTest::newRow("LOW") << QStringLiteral("LOW") << QStringLiteral("AUTO_REJECTED");
    QTest::newRow("EXPIRE") << QStringLiteral("EXPIRE") << QStringLiteral("EXPIRED");
}

void TestSandboxLifecycle::webForm()
{
    QFETCH(QString, outcome);
    QFETCH(QString, status);
    const QString id = TestHttp::newId();
    const TestReply created = m_f.create(id);
    QCOMPARE(created.status, 200);
    const QUrl link(created.json().value(QStringLiteral("webEnrolmentUrl")).toString());
    const QString token = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    const QString pagePath = link.path() + QLatin1Char('?') + link.query();

    const TestReply page = m_f.http->send("GET", pagePath, {}, {}, QByteArray(), "text/html");
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("<title>Enrolment Desk sandbox</title>")));
    QVERIFY(html.contains(QStringLiteral("demonstration")));
    QVERIFY(html.contains(QStringLiteral("name=\"viewport\"")));
    QVERIFY(html.contains(QStringLiteral("action=\"/web-enrolment/finish\"")));
    QVERIFY(html.contains(QStringLiteral("value=\"%1\"").arg(outcome)));
    QVERIFY2(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("https://")) &&
                 !html.contains(QStringLiteral("<link")),
             "the page must not load external resources");

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    form.addQueryItem(QStringLiteral("outcome"), outcome);
    const QByteArray formBody = form.toString(QUrl::FullyEncoded).toUtf8();
    const TestReply thanks =
        m_f.http->send("POST", QStringLiteral("/web-enrolment/finish"), formBody,
                       "application/x-www-form-urlencoded", QByteArray());
    QCOMPARE(thanks.status, 200);
    QVERIFY(QString::fromUtf8(thanks.body).contains(QStringLiteral("Thank you")));
    QCOMPARE(m_f.statusOf(id), status);

    const TestReply again =
        m_f.http->send("POST", QStringLiteral("/web-enrolment/finish"), formBody,
                       "application/x-www-form-urlencoded", QByteArray());
    QCOMPARE(again.status, 404);
    QCOMPARE(m_f.http->send("GET", pagePath, {}, {}, QByteArray()).status, 404);
    QCOMPARE(m_f.statusOf(id), status);
}

void TestSandboxLifecycle::webPageRefusesUnknownTokens()
{
    QCOMPARE(m_f.create(TestHttp::newId()).status, 200);
    for (const QString& path :
         {QStringLiteral("/web-enrolment/?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
          QStringLiteral("/web-enrolment/"), QStringLiteral("/web-enrolment/elsewhere")}) {
        const TestReply page = m_f.http->send("GET", path, {}, {}, QByteArray());
        QCOMPARE(page.status, 404);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(!page.body.contains("<script>"));
    }
}

void TestSandboxLifecycle::webFormRefusesBadOutcome()
{
    const QString id = TestHttp::newId();
    const TestReply created = m_f.create(id);
    const QUrl link(created.json().value(QStringLiteral("webEnrolmentUrl")).toString());
    const QString token = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    const QByteArray body = "token=" + token.toLatin1() + "&outcome=%3Cb%3EGREEN";
    const TestReply reply = m_f.http->send("POST", QStringLiteral("/web-enrolment/finish"), body,
                                           "application/x-www-form-urlencoded", QByteArray());
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.body.contains("<b>GREEN"));
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
}

void TestSandboxLifecycle::automaticCompletion()
{
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id, QStringLiteral("case-1 sandbox:complete=MEDIUM@30")).status, 200);
    const QDateTime start = m_f.now;
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    m_f.now = start.addMSecs(29999);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    m_f.now = start.addSecs(30);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("WAITING_FOR_MANUAL_APPROVE"));
    m_f.now = start.addSecs(7200);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("WAITING_FOR_MANUAL_APPROVE"));
    QVERIFY(!m_f.server->finishSession(id, Outcome::High));
}

void TestSandboxLifecycle::scriptedStatus_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("level"); // empty: no results (409)
    QTest::newRow("unknown value") << QStringLiteral("FROZEN") << QString();
    QTest::newRow("manual approved") << QStringLiteral("MANUAL_APPROVED") << QStringLiteral("HIGH");
    QTest::newRow("manual rejected") << QStringLiteral("MANUAL_REJECTED") << QStringLiteral("LOW");
    QTest::newRow("waiting") << QStringLiteral("WAITING_FOR_MANUAL_APPROVE")
                             << QStringLiteral("MEDIUM");
    QTest::newRow("expired") << QStringLiteral("EXPIRED") << QString();
}

void TestSandboxLifecycle::scriptedStatus()
{
    QFETCH(QString, raw);
    QFETCH(QString, level);
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id, QStringLiteral("sandbox:status=%1@10").arg(raw)).status, 200);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    m_f.now = m_f.now.addSecs(10);
    QCOMPARE(m_f.statusOf(id), raw);
    const TestReply results =
        m_f.http->get(QStringLiteral("/api/v1/data/%1/decision/results").arg(id));
    if (level.isEmpty()) {
        QCOMPARE(results.status, 409);
    } else {
        QCOMPARE(results.status, 200);
        QCOMPARE(results.json()
                     .value(QStringLiteral("decision"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString(),
                 level);
    }
}

void TestSandboxLifecycle::expiry()
{
    const QString id = TestHttp::newId();
    const TestReply created = m_f.create(id);
    const QUrl link(created.json().value(QStringLiteral("webEnrolmentUrl")).toString());
    const QString pagePath = link.path() + QLatin1Char('?') + link.query();
    const QDateTime start = m_f.now;
    m_f.now = start.addSecs(3599);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    QCOMPARE(m_f.http->send("GET", pagePath, {}, {}, QByteArray()).status, 200);
    m_f.now = start.addSecs(3600);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("EXPIRED"));
    QCOMPARE(m_f.http->send("GET", pagePath, {}, {}, QByteArray()).status, 404);
    QVERIFY(!m_f.server->finishSession(id, Outcome::High));
    QCOMPARE(m_f.http->get(QStringLiteral("/api/v1/data/%1/decision/results").arg(id)).status, 409);
}

void TestSandboxLifecycle::expiresInShortensTokenAndSession()
{
    const QString id = TestHttp::newId();
    const TestReply created = m_f.create(id, QStringLiteral("sandbox:expires-in=60"));
    QCOMPARE(created.status, 200);
    const QJsonObject claims =
        SandboxFixture::jwtPart(created.json().value(QStringLiteral("accessToken")).toString(), 1);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() -
                 claims.value(QStringLiteral("nbf")).toInteger(),
             60);
    m_f.now = m_f.now.addSecs(59);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("PENDING"));
    m_f.now = m_f.now.addSecs(1);
    QCOMPARE(m_f.statusOf(id), QStringLiteral("EXPIRED"));
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
