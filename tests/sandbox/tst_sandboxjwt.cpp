// The sandbox's HS256 access tokens: shape, claims, signature and tamper detection.

#include "sandbox/sandboxjwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using Sandbox::JwtClaims;

class TestSandboxJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64UrlHasNoPadding_data();
    void base64UrlHasNoPadding();
    void signedTokenHasTheClaims();
    void signatureIsHmacSha256();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void secretsDiffer();

private:
    const QByteArray m_secret = QByteArray(32, 'k');
    const JwtClaims m_claims{QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"),
                             QStringLiteral("12f50235-ad6f-45f6-b8c5-16dc57d09253"), 1643974323,
                             1643977923};
};

void TestSandboxJwt::base64UrlHasNoPadding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("one byte") << QByteArray("\xfb", 1) << QByteArray("-w");
    QTest::newRow("two bytes") << QByteArray("\xff\xfe", 2) << QByteArray("__4");
    QTest::newRow("three bytes") << QByteArray("abc") << QByteArray("YWJj");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSandboxJwt::base64UrlHasNoPadding()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(Sandbox::encodeBase64Url(data), expected);
}

void TestSandboxJwt::signedTokenHasTheClaims()
{
    const QByteArray token = Sandbox::signAccessToken(m_claims, m_secret);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    for (const QByteArray& part : parts)
        QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'),
                 part.constData());
    const auto header = QByteArray::fromBase64Encoding(
        parts.at(0), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(header);
    QCOMPARE(QJsonDocument::fromJson(header.decoded).object(),
             (QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                          {QStringLiteral("typ"), QStringLiteral("JWT")}}));

    const auto payload = Sandbox::verifyAccessToken(token, m_secret);
    QVERIFY(payload.has_value());
    QCOMPARE(payload->value(QStringLiteral("sessionId")).toString(), m_claims.sessionId);
    QCOMPARE(payload->value(QStringLiteral("customer")).toString(), m_claims.customer);
    QCOMPARE(payload->value(QStringLiteral("nbf")).toInteger(), m_claims.notBefore);
    QCOMPARE(payload->value(QStringLiteral("exp")).toInteger(), m_claims.expires);
}

void TestSandboxJwt::signatureIsHmacSha256()
{
    const QByteArray token = Sandbox::signAccessToken(m_claims, m_secret);
    const qsizetype lastDot = token.lastIndexOf('.');
    const QByteArray expected =
        QMessageAuthenticationCode::hash(token.left(lastDot), m_secret, QCryptographicHash::Sha256);
    QCOMPARE(token.mid(lastDot + 1),
             expected.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestSandboxJwt::tamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray token = Sandbox::signAccessToken(m_claims, m_secret);
    const QList<QByteArray> parts = token.split('.');
    JwtClaims longer = m_claims;
    longer.expires += 3600;
    const QByteArray otherPayload = Sandbox::signAccessToken(longer, m_secret).split('.').at(1);
    QTest::newRow("payload swapped")
        << QByteArray(parts.at(0) + '.' + otherPayload + '.' + parts.at(2));
    QTest::newRow("signature cut") << token.left(token.size() - 2);
    QTest::newRow("two parts") << QByteArray(parts.at(0) + '.' + parts.at(1));
    QTest::newRow("other secret") << Sandbox::signAccessToken(m_claims, QByteArray(32, 'x'));
    QTest::newRow("garbage") << QByteArray("a.b.c");
}

void TestSandboxJwt::tamperingIsDetected()
{
    QFETCH(QByteArray, token);
    QVERIFY(!Sandbox::verifyAccessToken(token, m_secret).has_value());
}

void TestSandboxJwt::secretsDiffer()
{
    const QByteArray a = Sandbox::newJwtSecret();
    const QByteArray b = Sandbox::newJwtSecret();
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestSandboxJwt)
#include "tst_sandboxjwt.moc"
