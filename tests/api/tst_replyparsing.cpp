// Mapping reply bodies to domain values (API.md sections 1 to 3), including every broken or
// hostile body the platform, a proxy or an attacker could send.

#include "api/replyparsing.h"
#include "testjwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Api;
using Domain::Level;
using StatusKind = Domain::SessionStatus::Kind;

namespace {

const QString SeedId = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");
const QString OtherId = QStringLiteral("0b4fd1f6-7b1e-4f8c-9a57-3c1de2f0a111");
const QString ApiBase = QStringLiteral("https://api.trustmatic.example");
const QString Loopback = QStringLiteral("http://127.0.0.1:8080");
// A link token that must never appear in an error message.
const QString RefToken = QStringLiteral("REFTOKEN-9f8e7d6c");
const QString Link =
    QStringLiteral("https://enrol.trustmatic.example/web-enrolment/?token=") + RefToken;

LinkPolicy policyFor(const QString& apiBase)
{
    LinkPolicy policy;
    policy.apiBaseUrl = QUrl(apiBase);
    policy.allowedHosts = {QStringLiteral("enrol.trustmatic.example"),
                           QStringLiteral("*.example.com")};
    return policy;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An initialize reply with the three documented fields; a null value leaves the field out.
QByteArray initializeReply(const QJsonValue& sessionId, const QJsonValue& link,
                           const QJsonValue& accessToken)
{
    QJsonObject reply;
    if (!sessionId.isNull())
        reply.insert(QStringLiteral("sessionId"), sessionId);
    if (!link.isNull())
        reply.insert(QStringLiteral("webEnrolmentUrl"), link);
    if (!accessToken.isNull())
        reply.insert(QStringLiteral("accessToken"), accessToken);
    return json(reply);
}

QByteArray initializeReply(const QJsonValue& sessionId, const QJsonValue& link)
{
    return initializeReply(sessionId, link, TestJwt::platformToken(1893456000));
}

QDateTime utc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

// The seed's response, with the missing comma after sessionId added, its wrapped lines joined
// and "<domain name>" replaced by the profile's link host.
QByteArray seedReply(bool withComma)
{
    const QByteArray referenceToken = QByteArrayLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhZDkwYzgyMS1lNWVhLTQzODUtYmU1Yi"
        "00ZmM5ZjllYTI0ZWUiLCJjdXN0b21lciI6IjEyZjUwMjM1LWFkNmYtNDVmNi1iOGM1LTE2ZGM1N2QwOTI1MyIsIm5i"
        "ZiI6MTY0Mzk3NDMyMywiZXhwIjoxNjQzOTc3OTIzfQ.t5zU");
    return QByteArrayLiteral("{\n\"accessToken\": \"") + TestJwt::seedAccessToken().toLatin1() +
           QByteArrayLiteral("\",\n\"sessionId\": \"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee\"") +
           (withComma ? QByteArrayLiteral(",") : QByteArray()) +
           QByteArrayLiteral(
               "\n\"webEnrolmentUrl\": \"https:/") // split: moc reads "//" as a comment
           + QByteArrayLiteral("/enrol.trustmatic.example/web-enrolment/?token=") + referenceToken +
           QByteArrayLiteral("\"\n}\n");
}

QString seedLink()
{
    return QString::fromLatin1(seedReply(true))
        .section(QLatin1String("\"webEnrolmentUrl\": \""), 1)
        .section(QLatin1Char('"'), 0, 0);
}

// One line per factor, so a failing comparison shows what differs.
QString describe(const Domain::TrustFactor& factor)
{
    return QStringLiteral("%1 score=%2 level=%3 raw=%4")
        .arg(factor.key, factor.score ? QString::number(*factor.score) : QStringLiteral("none"),
             Domain::levelWireName(factor.level), factor.rawLevel);
}

QString factorLine(const char* key, int score, const char* level, const char* raw)
{
    return QStringLiteral("%1 score=%2 level=%3 raw=%4")
        .arg(QLatin1String(key), score < 0 ? QStringLiteral("none") : QString::number(score),
             QLatin1String(level), QLatin1String(raw));
}

QByteArray apiMdDecision()
{
    return QByteArrayLiteral(R"(
{"verifications": {"dateOfExpiration": {"score": 100, "level": "HIGH"},
                   "documentLiveness": {"score": 99, "level": "HIGH"},
                   "faceVerification": {"score": 71, "level": "HIGH"},
                   "mrzOcrCrossCheck": {"fields": [{"inputFieldName": "firstName", "ocrTextValue": "John",
                                                     "mrzTextValue": "John", "distance": 0, "score": 100}],
                                        "score": 100, "level": "HIGH"},
                   "overallOcrFieldsConfidence": {"score": 98, "level": "HIGH"},
                   "passiveLiveness": {"score": 97, "level": "HIGH"},
                   "mrzValidity": {"score": 100, "level": "HIGH"}},
 "decision": {"score": 94, "level": "HIGH"}}
)");
}

} // namespace

class TestReplyParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initializeAccepted_data();
    void initializeAccepted();
    void initializeRefused_data();
    void initializeRefused();
    void status_data();
    void status();
    void statusRefused_data();
    void statusRefused();
    void decisionExample();
    void decision_data();
    void decision();
    void decisionRefused_data();
    void decisionRefused();
};

void TestReplyParsing::initializeAccepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QDateTime>("expiresAt"); // invalid: unknown

    const QDateTime unknown;

    QTest::newRow("seed example") << seedReply(true) << SeedId << ApiBase << seedLink()
                                  << utc(TestJwt::SeedExpiry);
    QTest::newRow("built token, exp 2030-01-01")
        << initializeReply(SeedId, Link, TestJwt::platformToken(1893456000)) << SeedId << ApiBase
        << Link << QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("no accessToken: expiry unknown")
        << initializeReply(SeedId, Link, QJsonValue()) << SeedId << ApiBase << Link << unknown;
    QTest::newRow("garbage accessToken: expiry unknown")
        << initializeReply(SeedId, Link, QStringLiteral("not-a-jwt")) << SeedId << ApiBase << Link
        << unknown;
    QTest::newRow("empty accessToken: expiry unknown")
        << initializeReply(SeedId, Link, QString()) << SeedId << ApiBase << Link << unknown;
    QTest::newRow("numeric accessToken: expiry unknown")
        << initializeReply(SeedId, Link, 1893456000) << SeedId << ApiBase << Link << unknown;
    QTest::newRow("accessToken without exp: expiry unknown")
        << initializeReply(SeedId, Link,
                           TestJwt::signedToken(
                               R"({"sessionId":"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee","nbf":1})"))
        << SeedId << ApiBase << Link << unknown;
    QTest::newRow("accessToken with exp as string: expiry unknown")
        << initializeReply(SeedId, Link, TestJwt::signedToken(R"({"exp":"1893456000"})")) << SeedId
        << ApiBase << Link << unknown;
    QTest::newRow("reply id upper case")
        << initializeReply(SeedId.toUpper(), Link) << SeedId << ApiBase << Link << utc(1893456000);
    QTest::newRow("reply id in braces") << initializeReply(QStringLiteral("{%1}").arg(SeedId), Link)
                                        << SeedId << ApiBase << Link << utc(1893456000);
    QTest::newRow("reply id upper case in braces")
        << initializeReply(QStringLiteral("{%1}").arg(SeedId.toUpper()), Link) << SeedId << ApiBase
        << Link << utc(1893456000);
    QTest::newRow("expected id given in upper case")
        << initializeReply(SeedId, Link) << SeedId.toUpper() << ApiBase << Link << utc(1893456000);
    QTest::newRow("link on the API host")
        << initializeReply(SeedId, QStringLiteral("https://api.trustmatic.example/web-enrolment/"))
        << SeedId << ApiBase << QStringLiteral("https://api.trustmatic.example/web-enrolment/")
        << utc(1893456000);
    QTest::newRow("link on a *.example.com host")
        << initializeReply(SeedId, QStringLiteral("https://web.example.com/web-enrolment/?token=x"))
        << SeedId << ApiBase << QStringLiteral("https://web.example.com/web-enrolment/?token=x")
        << utc(1893456000);
    QTest::newRow("http link, both on loopback")
        << initializeReply(SeedId, QStringLiteral("http://127.0.0.1:8080/web-enrolment/?token=x"))
        << SeedId << Loopback << QStringLiteral("http://127.0.0.1:8080/web-enrolment/?token=x")
        << utc(1893456000);
    QTest::newRow("extra fields ignored")
        << json({{QStringLiteral("sessionId"), SeedId},
                 {QStringLiteral("webEnrolmentUrl"), Link},
                 {QStringLiteral("customer"), QStringLiteral("12f50235")},
                 {QStringLiteral("something"), QJsonObject{{QStringLiteral("a"), 1}}}})
        << SeedId << ApiBase << Link << unknown;
    QTest::newRow("surrounding white space")
        << QByteArrayLiteral(" \r\n\t") + initializeReply(SeedId, Link) + QByteArrayLiteral("\n\n")
        << SeedId << ApiBase << Link << utc(1893456000);
}

void TestReplyParsing::initializeAccepted()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedId);
    QFETCH(QString, apiBase);
    QFETCH(QString, link);
    QFETCH(QDateTime, expiresAt);

    const auto result = parseInitializeReply(body, expectedId, policyFor(apiBase));
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().userMessage()));
    const Domain::CreatedSession& session = result.value();
    QCOMPARE(session.sessionId, SeedId); // always the canonical form
    QCOMPARE(session.webEnrolmentUrl.toString(QUrl::FullyEncoded), link);
    QCOMPARE(session.expiresAt.has_value(), expiresAt.isValid());
    if (session.expiresAt)
        QCOMPARE(*session.expiresAt, expiresAt);
}

void TestReplyParsing::initializeRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QString>("reason"); // a part of the error's detail

    const QString anotherSession = QStringLiteral("for another session");
    const QString notAGuid = QStringLiteral("sessionId is not a GUID");
    const QString noSessionId = QStringLiteral("has no sessionId");
    const QString noLink = QStringLiteral("has no enrolment link");
    const QString notHttps = QStringLiteral("is not https");
    const QString foreign = QStringLiteral("neither the platform's host");
    const QString credentials = QStringLiteral("contains user credentials");
    const QString notUrl = QStringLiteral("not a valid absolute URL");
    const QString empty = QStringLiteral("the reply was empty");
    const QString notJson = QStringLiteral("is not valid JSON");
    const QString notObject = QStringLiteral("is not a JSON object");

    const auto withLink = [](const char* link) {
        return initializeReply(SeedId, QString::fromLatin1(link));
    };

    // Session id.
    QTest::newRow("sessionId mismatch")
        << initializeReply(OtherId, Link) << SeedId << ApiBase << anotherSession;
    QTest::newRow("sessionId not a GUID")
        << initializeReply(QStringLiteral("not-a-guid"), Link) << SeedId << ApiBase << notAGuid;
    QTest::newRow("sessionId with trailing text")
        << initializeReply(SeedId + QStringLiteral("X"), Link) << SeedId << ApiBase << notAGuid;
    QTest::newRow("sessionId nil GUID")
        << initializeReply(QStringLiteral("00000000-0000-0000-0000-000000000000"), Link) << SeedId
        << ApiBase << notAGuid;
    // The request always carries a GUID, but a reply must never be taken for a match just because
    // neither id can be read.
    QTest::newRow("neither id is a GUID") << initializeReply(QStringLiteral("not-a-guid"), Link)
                                          << QStringLiteral("not-a-guid") << ApiBase << notAGuid;
    QTest::newRow("both ids nil")
        << initializeReply(QStringLiteral("00000000-0000-0000-0000-000000000000"), Link)
        << QStringLiteral("00000000-0000-0000-0000-000000000000") << ApiBase << notAGuid;
    QTest::newRow("sessionId missing")
        << initializeReply(QJsonValue(), Link) << SeedId << ApiBase << noSessionId;
    QTest::newRow("sessionId empty")
        << initializeReply(QString(), Link) << SeedId << ApiBase << noSessionId;
    QTest::newRow("sessionId number")
        << initializeReply(42, Link) << SeedId << ApiBase << noSessionId;
    QTest::newRow("sessionId object")
        << initializeReply(QJsonObject{{QStringLiteral("id"), SeedId}}, Link) << SeedId << ApiBase
        << noSessionId;

    // Link presence and type.
    QTest::newRow("webEnrolmentUrl missing")
        << initializeReply(SeedId, QJsonValue()) << SeedId << ApiBase << noLink;
    QTest::newRow("webEnrolmentUrl empty")
        << initializeReply(SeedId, QString()) << SeedId << ApiBase << noLink;
    QTest::newRow("webEnrolmentUrl number")
        << initializeReply(SeedId, 12345) << SeedId << ApiBase << noLink;
    QTest::newRow("webEnrolmentUrl bool")
        << initializeReply(SeedId, true) << SeedId << ApiBase << noLink;
    QTest::newRow("webEnrolmentUrl object")
        << initializeReply(SeedId, QJsonObject{{QStringLiteral("href"), Link}}) << SeedId << ApiBase
        << noLink;
    QTest::newRow("webEnrolmentUrl array")
        << initializeReply(SeedId, QJsonArray{Link}) << SeedId << ApiBase << noLink;
    QTest::newRow("webEnrolmentUrl null")
        << QByteArrayLiteral(R"({"sessionId":"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee",)"
                             R"("webEnrolmentUrl":null})")
        << SeedId << ApiBase << noLink;

    // Link policy.
    QTest::newRow("http link, https API")
        << withLink("http://enrol.trustmatic.example/web-enrolment/?token=REFTOKEN-9f8e7d6c")
        << SeedId << ApiBase << notHttps;
    QTest::newRow("http loopback link, https API")
        << withLink("http://127.0.0.1:8080/web-enrolment/?token=REFTOKEN-9f8e7d6c") << SeedId
        << ApiBase << notHttps;
    QTest::newRow("http foreign link, loopback API")
        << withLink("http://web.example.com/web-enrolment/?token=REFTOKEN-9f8e7d6c") << SeedId
        << Loopback << notHttps;
    QTest::newRow("foreign host") << withLink(
                                         "https://evil.test/web-enrolment/?token=REFTOKEN-9f8e7d6c")
                                  << SeedId << ApiBase << foreign;
    QTest::newRow("example.com not matched by *.example.com")
        << withLink("https://example.com/web-enrolment/?token=REFTOKEN-9f8e7d6c") << SeedId
        << ApiBase << foreign;
    QTest::newRow("evilexample.com not matched by *.example.com")
        << withLink("https://evilexample.com/web-enrolment/?token=REFTOKEN-9f8e7d6c") << SeedId
        << ApiBase << foreign;
    QTest::newRow("user info")
        << withLink("https://user:pass@enrol.trustmatic.example/?token=REFTOKEN-9f8e7d6c") << SeedId
        << ApiBase << credentials;
    QTest::newRow("allowed host as user info")
        << withLink("https://enrol.trustmatic.example@evil.test/?token=REFTOKEN-9f8e7d6c") << SeedId
        << ApiBase << credentials;
    QTest::newRow("relative link")
        << withLink("/web-enrolment/?token=REFTOKEN-9f8e7d6c") << SeedId << ApiBase << notUrl;
    QTest::newRow("javascript link")
        << withLink("javascript:alert(1)") << SeedId << ApiBase << notUrl;
    QTest::newRow("not a URL") << withLink("web enrolment link") << SeedId << ApiBase << notUrl;

    // Bodies that are not a JSON object.
    QTest::newRow("empty body") << QByteArray() << SeedId << ApiBase << empty;
    QTest::newRow("white space body")
        << QByteArrayLiteral(" \r\n\t ") << SeedId << ApiBase << empty;
    QTest::newRow("cut-off JSON") << initializeReply(SeedId, Link).chopped(12) << SeedId << ApiBase
                                  << notJson;
    QTest::newRow("seed verbatim (missing comma)")
        << seedReply(false) << SeedId << ApiBase << notJson;
    QTest::newRow("JSON array") << QByteArrayLiteral(R"([{"sessionId":"x"}])") << SeedId << ApiBase
                                << notObject;
    QTest::newRow("JSON string") << QByteArrayLiteral(R"("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")")
                                 << SeedId << ApiBase << notJson;
    QTest::newRow("JSON number") << QByteArrayLiteral("200") << SeedId << ApiBase << notJson;
    QTest::newRow("JSON null") << QByteArrayLiteral("null") << SeedId << ApiBase << notJson;
    QTest::newRow("HTML body") << QByteArrayLiteral(
                                      "<!DOCTYPE html><html><body><h1>Login</h1></body></html>")
                               << SeedId << ApiBase << notJson;
    QTest::newRow("plain text body") << QByteArrayLiteral("OK") << SeedId << ApiBase << notJson;
    QTest::newRow("two objects") << initializeReply(SeedId, Link) + initializeReply(SeedId, Link)
                                 << SeedId << ApiBase << notJson;

    // Issue 14 item 7: a reply that can be read as another session's.
    const QString twice = QStringLiteral("twice");
    QByteArray duplicated = initializeReply(SeedId, Link);
    duplicated.insert(1, "\"sessionId\":\"" + OtherId.toLatin1() + "\",");
    QTest::newRow("sessionId twice, ours last") << duplicated << SeedId << ApiBase << twice;
    QByteArray escapedTwice = initializeReply(SeedId, Link);
    escapedTwice.insert(1, "\"session\\u0049d\":\"" + OtherId.toLatin1() + "\",");
    QTest::newRow("sessionId twice, one escaped") << escapedTwice << SeedId << ApiBase << twice;
    QTest::newRow("token of another session")
        << initializeReply(SeedId, Link,
                           TestJwt::signedToken(R"({"sessionId":")" + OtherId.toLatin1() +
                                                R"(","exp":1893456000})"))
        << SeedId << ApiBase << QStringLiteral("access token is for another session");
    // Issue 14 item 9: "\ud800" alone is no character.
    QByteArray surrogate = initializeReply(SeedId, Link);
    surrogate.replace("?token=", "?t=\\ud800&token=");
    QTest::newRow("lone surrogate in the link")
        << surrogate << SeedId << ApiBase << QStringLiteral("lone UTF-16 surrogate");
}

void TestReplyParsing::initializeRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedId);
    QFETCH(QString, apiBase);
    QFETCH(QString, reason);

    const auto result = parseInitializeReply(body, expectedId, policyFor(apiBase));
    QVERIFY2(!result.ok(), "the reply was accepted");
    const ApiError& error = result.error();
    QCOMPARE(error.kind(), ApiError::Kind::InvalidReply);
    QVERIFY2(error.detail().contains(reason), qPrintable(error.detail()));
    QVERIFY2(error.userMessage().contains(error.detail()), qPrintable(error.userMessage()));
    // What staff see never carries the link token or the access token's claims.
    const QString accessPayload =
        TestJwt::platformToken(1893456000).section(QLatin1Char('.'), 1, 1);
    QVERIFY2(!error.userMessage().contains(RefToken), qPrintable(error.userMessage()));
    QVERIFY2(!error.userMessage().contains(accessPayload.left(16)),
             qPrintable(error.userMessage()));
    QVERIFY(!error.isTransient());
}

void TestReplyParsing::status_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<StatusKind>("kind");
    QTest::addColumn<QString>("raw");

    const auto row = [](const char* wire, StatusKind kind) {
        QTest::newRow(wire) << QByteArrayLiteral("{\"status\": \"") + wire +
                                   QByteArrayLiteral("\"}")
                            << kind << QString::fromLatin1(wire);
    };
    row("PENDING", StatusKind::Pending);
    row("WAITING_FOR_MANUAL_APPROVE", StatusKind::WaitingForManualApprove);
    row("AUTO_APPROVED", StatusKind::AutoApproved);
    row("MANUAL_APPROVED", StatusKind::ManualApproved);
    row("AUTO_REJECTED", StatusKind::AutoRejected);
    row("MANUAL_REJECTED", StatusKind::ManualRejected);
    row("EXPIRED", StatusKind::Expired);
    row("IN_REVIEW", StatusKind::Unknown);
    row("approved", StatusKind::Unknown);
    row("pending", StatusKind::Unknown);
    row("APPROVED", StatusKind::Unknown);
    row(" PENDING", StatusKind::Unknown);
    row("", StatusKind::Unknown);
    QTest::newRow("extra fields")
        << QByteArrayLiteral(
               R"({"sessionId":"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee","status":"EXPIRED","x":[1]})")
        << StatusKind::Expired << QStringLiteral("EXPIRED");
}

void TestReplyParsing::status()
{
    QFETCH(QByteArray, body);
    QFETCH(StatusKind, kind);
    QFETCH(QString, raw);

    const auto result = parseStatusReply(body);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().userMessage()));
    QCOMPARE(result.value().kind(), kind);
    QCOMPARE(result.value().rawText(), raw);
    if (kind == StatusKind::Unknown) {
        // Shown raw, never taken for a result (API.md section 2).
        QVERIFY(!result.value().isApproved());
        QVERIFY(!result.value().isRejected());
        QVERIFY(!result.value().isFinal());
        QVERIFY2(result.value().displayText().contains(raw),
                 qPrintable(result.value().displayText()));
    }
}

void TestReplyParsing::statusRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    const QString noStatus = QStringLiteral("has no status text");
    QTest::newRow("missing status") << QByteArrayLiteral("{}") << noStatus;
    QTest::newRow("other key") << QByteArrayLiteral(R"({"state":"PENDING"})") << noStatus;
    QTest::newRow("status null") << QByteArrayLiteral(R"({"status":null})") << noStatus;
    QTest::newRow("status number") << QByteArrayLiteral(R"({"status":1})") << noStatus;
    QTest::newRow("status bool") << QByteArrayLiteral(R"({"status":true})") << noStatus;
    QTest::newRow("status array") << QByteArrayLiteral(R"({"status":["PENDING"]})") << noStatus;
    QTest::newRow("status object")
        << QByteArrayLiteral(R"({"status":{"value":"PENDING"}})") << noStatus;
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("the reply was empty");
    QTest::newRow("bare word") << QByteArrayLiteral("PENDING")
                               << QStringLiteral("is not valid JSON");
    QTest::newRow("cut-off JSON") << QByteArrayLiteral(R"({"status":"PEND)")
                                  << QStringLiteral("is not valid JSON");
    QTest::newRow("JSON array") << QByteArrayLiteral(R"(["PENDING"])")
                                << QStringLiteral("is not a JSON object");
    QTest::newRow("HTML") << QByteArrayLiteral("<html><body>Gateway Timeout</body></html>")
                          << QStringLiteral("is not valid JSON");
    QTest::newRow("another session's status")
        << R"({"sessionId":")" + OtherId.toLatin1() + R"(","status":"AUTO_APPROVED"})"
        << QStringLiteral("for another session");
    QTest::newRow("sessionId that is not text")
        << QByteArrayLiteral(R"({"sessionId":7,"status":"AUTO_APPROVED"})")
        << QStringLiteral("for another session");
    QTest::newRow("status twice") << QByteArrayLiteral(
                                         R"({"status":"PENDING","status":"AUTO_APPROVED"})")
                                  << QStringLiteral("twice");
}

void TestReplyParsing::statusRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);

    const auto result = parseStatusReply(body, SeedId);
    QVERIFY2(!result.ok(), "the reply was accepted");
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidReply);
    QVERIFY2(result.error().detail().contains(reason), qPrintable(result.error().detail()));
}

void TestReplyParsing::decisionExample()
{
    const auto result = parseDecisionReply(apiMdDecision());
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().userMessage()));
    const Domain::Decision& decision = result.value();
    QCOMPARE(decision.level, Level::High);
    QCOMPARE(decision.score, std::optional<int>(94));
    QCOMPARE(decision.factors.size(), qsizetype(7));

    struct Expected {
        const char* key;
        int score;
    };
    // Sorted by key, as Decision promises.
    const Expected expected[] = {
        {"dateOfExpiration", 100}, {"documentLiveness", 99}, {"faceVerification", 71},
        {"mrzOcrCrossCheck", 100}, {"mrzValidity", 100},     {"overallOcrFieldsConfidence", 98},
        {"passiveLiveness", 97},
    };
    for (int i = 0; i < 7; ++i) {
        const Domain::TrustFactor& factor = decision.factors.at(i);
        QCOMPARE(factor.key, QLatin1String(expected[i].key));
        QCOMPARE(factor.score, std::optional<int>(expected[i].score));
        QCOMPARE(factor.level, Level::High);
        QCOMPARE(factor.rawLevel, QStringLiteral("HIGH"));
    }
}

void TestReplyParsing::decision_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Level>("level");
    QTest::addColumn<int>("score"); // -1: absent
    QTest::addColumn<QStringList>("factors");

    QTest::newRow("API.md example")
        << apiMdDecision() << Level::High << 94
        << QStringList{factorLine("dateOfExpiration", 100, "HIGH", "HIGH"),
                       factorLine("documentLiveness", 99, "HIGH", "HIGH"),
                       factorLine("faceVerification", 71, "HIGH", "HIGH"),
                       factorLine("mrzOcrCrossCheck", 100, "HIGH", "HIGH"),
                       factorLine("mrzValidity", 100, "HIGH", "HIGH"),
                       factorLine("overallOcrFieldsConfidence", 98, "HIGH", "HIGH"),
                       factorLine("passiveLiveness", 97, "HIGH", "HIGH")};
    QTest::newRow("MEDIUM with UNAVAILABLE and UNKNOWN factors")
        << QByteArrayLiteral(R"({"decision":{"score":55,"level":"MEDIUM"},"verifications":{
               "ageVerification":{"level":"UNAVAILABLE"},
               "applicantIntegrity":{"score":0,"level":"UNKNOWN"},
               "faceVerification":{"score":48,"level":"LOW"}}})")
        << Level::Medium << 55
        << QStringList{factorLine("ageVerification", -1, "UNAVAILABLE", "UNAVAILABLE"),
                       factorLine("applicantIntegrity", 0, "UNKNOWN", "UNKNOWN"),
                       factorLine("faceVerification", 48, "LOW", "LOW")};
    QTest::newRow("LOW") << QByteArrayLiteral(R"({"decision":{"score":12,"level":"LOW"}})")
                         << Level::Low << 12 << QStringList();
    QTest::newRow("unknown key kept")
        << QByteArrayLiteral(R"({"decision":{"score":80,"level":"HIGH"},"verifications":{
               "barcodeCrossCheck":{"score":90,"level":"HIGH"},
               "someNewCheck":{"score":50,"level":"MEDIUM"}}})")
        << Level::High << 80
        << QStringList{factorLine("barcodeCrossCheck", 90, "HIGH", "HIGH"),
                       factorLine("someNewCheck", 50, "MEDIUM", "MEDIUM")};
    QTest::newRow("unknown level text kept raw")
        << QByteArrayLiteral(R"({"decision":{"score":80,"level":"VERY_HIGH"},"verifications":{
               "faceVerification":{"score":80,"level":"high"}}})")
        << Level::Unknown << 80
        << QStringList{factorLine("faceVerification", 80, "UNKNOWN", "high")};
    QTest::newRow("factors that are not objects kept as Unknown")
        << QByteArrayLiteral(R"({"decision":{"score":70,"level":"MEDIUM"},"verifications":{
               "a":"HIGH","b":99,"c":null,"d":[1,2],"e":true,"f":{}}})")
        << Level::Medium << 70
        << QStringList{factorLine("a", -1, "UNKNOWN", ""), factorLine("b", -1, "UNKNOWN", ""),
                       factorLine("c", -1, "UNKNOWN", ""), factorLine("d", -1, "UNKNOWN", ""),
                       factorLine("e", -1, "UNKNOWN", ""), factorLine("f", -1, "UNKNOWN", "")};
    QTest::newRow("level not a string")
        << QByteArrayLiteral(R"({"decision":{"score":70,"level":3},"verifications":{
               "x":{"score":70,"level":{"v":"HIGH"}}}})")
        << Level::Unknown << 70 << QStringList{factorLine("x", 70, "UNKNOWN", "")};

    // Scores.
    const auto scoreRow = [](const char* name, const char* score, int expected) {
        QTest::newRow(name) << QByteArrayLiteral(R"({"decision":{"level":"HIGH","score":)") +
                                   score +
                                   QByteArrayLiteral(
                                       R"(},"verifications":{"x":{"level":"HIGH","score":)") +
                                   score + QByteArrayLiteral("}}}")
                            << Level::High << expected
                            << QStringList{factorLine("x", expected, "HIGH", "HIGH")};
    };
    scoreRow("score 0", "0", 0);
    scoreRow("score 100", "100", 100);
    scoreRow("score fractional rounds", "99.6", 100);
    scoreRow("score fractional rounds down", "70.4", 70);
    scoreRow("score 101 absent", "101", -1);
    scoreRow("score -1 absent", "-1", -1);
    scoreRow("score 1e308 absent", "1e308", -1);
    scoreRow("score string absent", "\"94\"", -1);
    scoreRow("score null absent", "null", -1);
    scoreRow("score bool absent", "true", -1);
    scoreRow("score object absent", "{\"value\":94}", -1);
    QTest::newRow("score missing") << QByteArrayLiteral(R"({"decision":{"level":"HIGH"}})")
                                   << Level::High << -1 << QStringList();

    // The decision alone.
    QTest::newRow("empty decision object")
        << QByteArrayLiteral(R"({"decision":{}})") << Level::Unknown << -1 << QStringList();
    QTest::newRow("verifications not an object")
        << QByteArrayLiteral(R"({"decision":{"score":94,"level":"HIGH"},"verifications":[1]})")
        << Level::High << 94 << QStringList();
}

void TestReplyParsing::decision()
{
    QFETCH(QByteArray, body);
    QFETCH(Level, level);
    QFETCH(int, score);
    QFETCH(QStringList, factors);

    const auto result = parseDecisionReply(body);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().userMessage()));
    const Domain::Decision& decision = result.value();
    QCOMPARE(decision.level, level);
    QCOMPARE(decision.score, score < 0 ? std::nullopt : std::optional<int>(score));
    QStringList actual;
    for (const Domain::TrustFactor& factor : decision.factors)
        actual << describe(factor);
    QCOMPARE(actual, factors);
}

void TestReplyParsing::decisionRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    const QString noDecision = QStringLiteral("have no decision");
    QTest::newRow("missing decision")
        << QByteArrayLiteral(R"({"verifications":{"x":{"score":1,"level":"LOW"}}})") << noDecision;
    QTest::newRow("empty object") << QByteArrayLiteral("{}") << noDecision;
    QTest::newRow("decision null") << QByteArrayLiteral(R"({"decision":null})") << noDecision;
    QTest::newRow("decision string") << QByteArrayLiteral(R"({"decision":"HIGH"})") << noDecision;
    QTest::newRow("decision number") << QByteArrayLiteral(R"({"decision":94})") << noDecision;
    QTest::newRow("decision array")
        << QByteArrayLiteral(R"({"decision":[{"level":"HIGH"}]})") << noDecision;
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("the reply was empty");
    QTest::newRow("cut-off JSON") << apiMdDecision().left(200)
                                  << QStringLiteral("is not valid JSON");
    QTest::newRow("JSON array") << QByteArrayLiteral("[]")
                                << QStringLiteral("is not a JSON object");
    QTest::newRow("HTML") << QByteArrayLiteral("<html><body>Not Found</body></html>")
                          << QStringLiteral("is not valid JSON");
    QTest::newRow("another session's results")
        << R"({"sessionId":")" + OtherId.toLatin1() + R"(","decision":{"score":9,"level":"HIGH"}})"
        << QStringLiteral("for another session");
    QTest::newRow("level twice") << QByteArrayLiteral(
                                        R"({"decision":{"level":"LOW","score":9,"level":"HIGH"}})")
                                 << QStringLiteral("twice");
}

void TestReplyParsing::decisionRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);

    const auto result = parseDecisionReply(body, SeedId);
    QVERIFY2(!result.ok(), "the reply was accepted");
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidReply);
    QVERIFY2(result.error().detail().contains(reason), qPrintable(result.error().detail()));
}

QTEST_GUILESS_MAIN(TestReplyParsing)
#include "tst_replyparsing.moc"
