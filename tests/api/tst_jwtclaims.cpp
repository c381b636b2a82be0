// Reading the access token's claims without verifying it (jwtPayload, jwtExpiry).

#include "api/jwtclaims.h"
#include "testjwt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace Api;

namespace {

QDateTime utc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

QString withPayload(const char* payloadJson)
{
    return TestJwt::signedToken(QByteArray(payloadJson));
}

// A token whose payload segment is given as text, not encoded by us.
QString withRawPayloadSegment(const char* segment)
{
    const QString valid = TestJwt::platformToken(TestJwt::SeedExpiry);
    const QStringList parts = valid.split(QLatin1Char('.'));
    return parts.at(0) + QLatin1Char('.') + QLatin1String(segment) + QLatin1Char('.') + parts.at(2);
}

} // namespace

class TestJwtClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiry_data();
    void expiry();
    void payloadOfSeedToken();
    void payloadOfNonTokens_data();
    void payloadOfNonTokens();
};

void TestJwtClaims::expiry_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("expected"); // invalid: no expiry

    const QDateTime none;

    QTest::newRow("seed example token") << TestJwt::seedAccessToken() << utc(TestJwt::SeedExpiry);
    QTest::newRow("built HS256 token") << TestJwt::platformToken(1700000000) << utc(1700000000);
    QTest::newRow("seed expiry is 2022-02-04 12:32:03 UTC")
        << TestJwt::seedAccessToken() << QDateTime(QDate(2022, 2, 4), QTime(12, 32, 3), Qt::UTC);
    QTest::newRow("exp only") << withPayload(R"({"exp":1893456000})") << utc(1893456000);
    QTest::newRow("fractional exp truncated")
        << withPayload(R"({"exp":1700000000.9})") << utc(1700000000);
    QTest::newRow("unsigned token (empty signature)")
        << QString::fromLatin1(TestJwt::base64Url(R"({"alg":"none"})") + '.' +
                               TestJwt::base64Url(R"({"exp":1700000000})") + '.')
        << utc(1700000000);
    QTest::newRow("earliest plausible (2000-01-01)")
        << withPayload(R"({"exp":946684800})") << utc(946684800);
    QTest::newRow("latest plausible (2200-01-01)")
        << withPayload(R"({"exp":7258118400})") << utc(7258118400);

    QTest::newRow("missing exp") << withPayload(R"({"sessionId":"x","nbf":1643974323})") << none;
    QTest::newRow("empty payload object") << withPayload("{}") << none;
    QTest::newRow("exp as string") << withPayload(R"({"exp":"1643977923"})") << none;
    QTest::newRow("exp null") << withPayload(R"({"exp":null})") << none;
    QTest::newRow("exp bool") << withPayload(R"({"exp":true})") << none;
    QTest::newRow("exp object") << withPayload(R"({"exp":{"value":1643977923}})") << none;
    QTest::newRow("exp zero") << withPayload(R"({"exp":0})") << none;
    QTest::newRow("exp negative") << withPayload(R"({"exp":-1643977923})") << none;
    QTest::newRow("exp 1e20") << withPayload(R"({"exp":1e20})") << none;
    QTest::newRow("exp in milliseconds") << withPayload(R"({"exp":1643977923000})") << none;
    QTest::newRow("exp just before 2000") << withPayload(R"({"exp":946684799})") << none;
    QTest::newRow("exp just after 2200") << withPayload(R"({"exp":7258118401})") << none;

    QTest::newRow("empty text") << QString() << none;
    QTest::newRow("one part") << QStringLiteral("eyJleHAiOjE3MDAwMDAwMDB9") << none;
    QTest::newRow("two parts") << QString::fromLatin1(TestJwt::base64Url(R"({"alg":"HS256"})") +
                                                      '.' +
                                                      TestJwt::base64Url(R"({"exp":1700000000})"))
                               << none;
    QTest::newRow("four parts") << TestJwt::platformToken(1700000000) + QStringLiteral(".extra")
                                << none;
    QTest::newRow("empty payload segment")
        << QString::fromLatin1(TestJwt::base64Url(R"({"alg":"HS256"})") + "..sig") << none;
    QTest::newRow("payload with standard base64 characters")
        << withRawPayloadSegment("eyJleHAiOjE3MDAwMDAwMDB9+/") << none;
    QTest::newRow("payload with invalid characters")
        << withRawPayloadSegment("eyJleHAi!OjE3MDAwMDAwMDB9") << none;
    QTest::newRow("payload with a line break")
        << withRawPayloadSegment("eyJleHAiOjE3\nMDAwMDAwMDB9") << none;
    QTest::newRow("payload not JSON") << TestJwt::signedToken("not json at all") << none;
    QTest::newRow("payload cut-off JSON") << TestJwt::signedToken(R"({"exp":17000)") << none;
    QTest::newRow("payload JSON array") << TestJwt::signedToken("[1700000000]") << none;
    QTest::newRow("payload JSON number") << TestJwt::signedToken("1700000000") << none;
    QTest::newRow("a GUID, not a token")
        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee") << none;
    QTest::newRow("a URL with dots") << QStringLiteral("https://www.example.com") << none;
}

void TestJwtClaims::expiry()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> actual = jwtExpiry(token);
    QCOMPARE(actual.has_value(), expected.isValid());
    if (actual) {
        QCOMPARE(*actual, expected);
        QCOMPARE(actual->timeSpec(), Qt::UTC);
    }
}

void TestJwtClaims::payloadOfSeedToken()
{
    const auto payload = jwtPayload(TestJwt::seedAccessToken());
    QVERIFY(payload.has_value());
    QCOMPARE(payload->value(QStringLiteral("sessionId")).toString(),
             QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"));
    QCOMPARE(payload->value(QStringLiteral("customer")).toString(),
             QStringLiteral("12f50235-ad6f-45f6-b8c5-16dc57d09253"));
    QCOMPARE(payload->value(QStringLiteral("nbf")).toInteger(), qint64(1643974323));
    QCOMPARE(payload->value(QStringLiteral("exp")).toInteger(), TestJwt::SeedExpiry);
    // The session lives one hour (API.md section 1).
    QCOMPARE(payload->value(QStringLiteral("exp")).toInteger() -
                 payload->value(QStringLiteral("nbf")).toInteger(),
             qint64(3600));
    QCOMPARE(payload->size(), qsizetype(4));
}

void TestJwtClaims::payloadOfNonTokens_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("dots only") << QStringLiteral("..");
    QTest::newRow("plain words") << QStringLiteral("not.a.token");
    QTest::newRow("payload JSON string") << TestJwt::signedToken(R"("exp")");
    QTest::newRow("payload JSON null") << TestJwt::signedToken("null");
    QTest::newRow("payload empty bytes") << TestJwt::signedToken(QByteArray());
}

void TestJwtClaims::payloadOfNonTokens()
{
    QFETCH(QString, text);
    QVERIFY(!jwtPayload(text).has_value());
}

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
