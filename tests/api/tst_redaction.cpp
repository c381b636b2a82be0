// Secrets never reach what is shown or logged (redactSecrets, safeExcerpt).

#include "api/redaction.h"
#include "testjwt.h"

#include <QTest>

using namespace Api;

namespace {

QString redacted()
{
    return QString(RedactedMarker);
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactSecrets_data();
    void redactSecrets();
    void redactionIsIdempotent_data();
    void redactionIsIdempotent();
    void safeExcerpt_data();
    void safeExcerpt();
    void excerptLength_data();
    void excerptLength();
    void excerptHidesSecrets_data();
    void excerptHidesSecrets();
};

void TestRedaction::redactSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString jwt = TestJwt::seedAccessToken();
    const QString built = TestJwt::platformToken(1700000000);
    const QString guid = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");

    // JWTs, wherever they are.
    QTest::newRow("JWT alone") << jwt << redacted();
    QTest::newRow("built JWT alone") << built << redacted();
    QTest::newRow("JWT in a sentence") << QStringLiteral("The token %1 has expired.").arg(jwt)
                                       << QStringLiteral("The token [redacted] has expired.");
    QTest::newRow("unsigned JWT") << QString::fromLatin1(
                                         TestJwt::base64Url(R"({"alg":"none"})") + '.' +
                                         TestJwt::base64Url(R"({"exp":1700000000})") + '.')
                                  << redacted();

    // Link tokens.
    QTest::newRow("token in URL")
        << QStringLiteral("https://enrol.example.com/web-enrolment/?token=abc123XYZ&lang=de-DE")
        << QStringLiteral("https://enrol.example.com/web-enrolment/?token=[redacted]&lang=de-DE");
    QTest::newRow("token as last query item")
        << QStringLiteral("https://enrol.example.com/web-enrolment/?lang=en-US&token=abc123XYZ")
        << QStringLiteral("https://enrol.example.com/web-enrolment/?lang=en-US&token=[redacted]");
    QTest::newRow("JWT token in URL")
        << QStringLiteral("https://enrol.example.com/web-enrolment/?token=%1").arg(jwt)
        << QStringLiteral("https://enrol.example.com/web-enrolment/?token=[redacted]");
    QTest::newRow("access_token in query")
        << QStringLiteral("/callback?access_token=opaque-123&x=1")
        << QStringLiteral("/callback?access_token=[redacted]&x=1");

    // JSON.
    QTest::newRow("accessToken JWT in JSON")
        << QStringLiteral(R"({"accessToken":"%1","sessionId":"%2"})").arg(jwt, guid)
        << QStringLiteral(R"({"accessToken":"[redacted]","sessionId":"%1"})").arg(guid);
    QTest::newRow("accessToken opaque in JSON, spaced")
        << QStringLiteral(R"({ "accessToken" : "opaque-value-123" })")
        << QStringLiteral(R"({ "accessToken" : "[redacted]" })");
    QTest::newRow("webEnrolmentUrl in JSON")
        << QStringLiteral("{\"webEnrolmentUrl\":\"https://e.example.com/web-enrolment/?token=%1\"}")
               .arg(jwt)
        << QStringLiteral(
               "{\"webEnrolmentUrl\":\"https://e.example.com/web-enrolment/?token=[redacted]\"}");
    QTest::newRow("password in JSON")
        << QStringLiteral(R"({"username":"desk","password":"hunter2"})")
        << QStringLiteral(R"({"username":"desk","password":"[redacted]"})");
    QTest::newRow("password in JSON, upper case key")
        << QStringLiteral(R"({"Password": "hunter2"})")
        << QStringLiteral(R"({"Password": "[redacted]"})");
    QTest::newRow("password with spaces")
        << QStringLiteral(R"({"password":"correct horse battery staple","x":1})")
        << QStringLiteral(R"({"password":"[redacted]","x":1})");
    QTest::newRow("password with comma, brace, ampersand")
        << QStringLiteral(R"({"password":"a,b}c&d"})")
        << QStringLiteral(R"({"password":"[redacted]"})");
    QTest::newRow("password with escaped quote") << QStringLiteral(R"({"password":"pa\"ss word"})")
                                                 << QStringLiteral(R"({"password":"[redacted]"})");
    QTest::newRow("password in cut-off JSON") << QStringLiteral(R"({"password":"correct horse)")
                                              << QStringLiteral(R"({"password":"[redacted])");
    QTest::newRow("empty password (whether it is empty is not shown either)")
        << QStringLiteral(R"({"password":""})") << QStringLiteral(R"({"password":"[redacted]"})");
    QTest::newRow("password in single quotes") << QStringLiteral("{'password': 'two words'}")
                                               << QStringLiteral("{'password': '[redacted]'}");
    QTest::newRow("clientSecret in JSON") << QStringLiteral(R"({"clientSecret":"s3cr3t"})")
                                          << QStringLiteral(R"({"clientSecret":"[redacted]"})");
    QTest::newRow("password in form data")
        << QStringLiteral("username=desk&password=hunter2&remember=1")
        << QStringLiteral("username=desk&password=[redacted]&remember=1");

    // Headers.
    QTest::newRow("Authorization Basic")
        << QStringLiteral("Authorization: Basic aW5ub3ZhdHJpY3M6aW5ub3ZhdHJpY3M=")
        << QStringLiteral("Authorization: Basic [redacted]");
    QTest::newRow("authorization basic, lower case")
        << QStringLiteral("authorization: basic dXNlcjpwYXNz")
        << QStringLiteral("authorization: basic [redacted]");
    QTest::newRow("Authorization Bearer opaque")
        << QStringLiteral("Authorization: Bearer opaque.value_123")
        << QStringLiteral("Authorization: Bearer [redacted]");
    QTest::newRow("x-api-key header")
        << QStringLiteral("x-api-key: k3y-value") << QStringLiteral("x-api-key: [redacted]");
    QTest::newRow("request dump") << QStringLiteral(
                                         "POST /api/v1/enrolment/initialize HTTP/1.1\r\n"
                                         "Authorization: Basic aW5ub3ZhdHJpY3M6aW5ub3ZhdHJpY3M=\r\n"
                                         "Content-Type: application/json\r\n\r\n"
                                         R"({"sessionId":"%1","externalId":"53421526A"})")
                                         .arg(guid)
                                  << QStringLiteral(
                                         "POST /api/v1/enrolment/initialize HTTP/1.1\r\n"
                                         "Authorization: Basic [redacted]\r\n"
                                         "Content-Type: application/json\r\n\r\n"
                                         R"({"sessionId":"%1","externalId":"53421526A"})")
                                         .arg(guid);

    // Ordinary text survives unchanged.
    const auto same = [](const QString& name, const QString& text) {
        QTest::newRow(qPrintable(name)) << text << text;
    };
    same(QStringLiteral("empty"), QString());
    same(QStringLiteral("GUID"), guid);
    same(QStringLiteral("GUID upper case in braces"),
         QStringLiteral("{AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE}"));
    same(QStringLiteral("sentence with GUID"),
         QStringLiteral("Session %1 was not found.").arg(guid));
    same(QStringLiteral("JSON error"),
         QStringLiteral(R"({"error":"not_found","message":"No session %1","status":404})")
             .arg(guid));
    same(QStringLiteral("status line"), QStringLiteral("HTTP/1.1 503 Service Unavailable"));
    same(QStringLiteral("ISO time"), QStringLiteral("Expired at 2022-02-04T12:32:03Z."));
    same(QStringLiteral("version"), QStringLiteral("nginx/1.18.0 (Ubuntu)"));
    same(QStringLiteral("path"), QStringLiteral("/api/v1/data/%1/decision/results").arg(guid));
    same(QStringLiteral("external id"), QStringLiteral(R"({"externalId":"53421526A"})"));
    same(QStringLiteral("word token without value"),
         QStringLiteral("Missing token. Please sign in again."));
    same(QStringLiteral("non-ASCII"), QStringLiteral("Zugriff verweigert – Müller, Łódź"));
}

void TestRedaction::redactSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Api::redactSecrets(text), expected);
}

void TestRedaction::redactionIsIdempotent_data()
{
    redactSecrets_data();
}

void TestRedaction::redactionIsIdempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(Api::redactSecrets(expected), expected);
}

void TestRedaction::safeExcerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("white space only") << QByteArrayLiteral(" \r\n\t ") << QString();
    QTest::newRow("plain text") << QByteArrayLiteral("Not found") << QStringLiteral("Not found");
    QTest::newRow("white space folded")
        << QByteArrayLiteral("  lots \n\t of   space \r\n") << QStringLiteral("lots of space");
    QTest::newRow("JSON error body")
        << QByteArrayLiteral(R"({"error": "conflict", "message": "session exists"})")
        << QStringLiteral(R"({"error": "conflict", "message": "session exists"})");
    QTest::newRow("nginx error page")
        << QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx"
                             "</center>\r\n</body>\r\n</html>\r\n")
        << QStringLiteral("502 Bad Gateway 502 Bad Gateway nginx");
    QTest::newRow("script removed")
        << QByteArrayLiteral("<p>Error</p><script>alert('x')</script><p>Retry</p>")
        << QStringLiteral("Error Retry");
    QTest::newRow("script with attributes over lines, upper case")
        << QByteArrayLiteral("Before<SCRIPT type=\"text/javascript\">\nvar secret = 1;\n"
                             "document.write('<b>x</b>');\n</SCRIPT>After")
        << QStringLiteral("Before After");
    QTest::newRow("style removed")
        << QByteArrayLiteral("<style>\nbody { color: red; }\n</style><div>Maintenance</div>")
        << QStringLiteral("Maintenance");
    QTest::newRow("two scripts, text between kept")
        << QByteArrayLiteral("<script>a()</script>kept<script>b()</script>")
        << QStringLiteral("kept");
    QTest::newRow("self-closing and attributes")
        << QByteArrayLiteral("line<br/>next<img src=\"x.png\" alt=\"y\">end")
        << QStringLiteral("line next end");
    QTest::newRow("control characters") << QByteArrayLiteral("abc\x01\x02"
                                                             "def\x7f"
                                                             "ghi\x1b[31mred")
                                        << QStringLiteral("abc def ghi [31mred");
    QTest::newRow("NUL byte") << QByteArray("abc\0def", 7) << QStringLiteral("abc def");
    QTest::newRow("bidi override")
        << QStringLiteral(u"abc\u202Edef").toUtf8() << QStringLiteral("abc def");
    QTest::newRow("zero width space and BOM")
        << QStringLiteral(u"\uFEFFabc\u200Bdef").toUtf8() << QStringLiteral("abc def");
    QTest::newRow("non-ASCII kept") << QStringLiteral(u"Zugriff verweigert – Müller").toUtf8()
                                    << QStringLiteral(u"Zugriff verweigert – Müller");
    QTest::newRow("invalid UTF-8 replaced")
        << QByteArrayLiteral("\xff ok") << QStringLiteral(u"\uFFFD ok");
    QTest::newRow("JWT in HTML") << (QByteArrayLiteral("<p>Invalid token ") +
                                     TestJwt::seedAccessToken().toLatin1() +
                                     QByteArrayLiteral("</p>"))
                                 << QStringLiteral("Invalid token [redacted]");
    QTest::newRow("accessToken in JSON")
        << QByteArrayLiteral(R"({"accessToken":"opaque-123","sessionId":"x"})")
        << QStringLiteral(R"({"accessToken":"[redacted]","sessionId":"x"})");
    QTest::newRow("secret split by a line break")
        << QByteArrayLiteral("{\"password\":\n\"hunter2\"}")
        << QStringLiteral(R"({"password": "[redacted]"})");
}

void TestRedaction::safeExcerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(Api::safeExcerpt(body), expected);
}

void TestRedaction::excerptLength_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const QChar ellipsis(0x2026);
    QTest::newRow("500 characters")
        << QByteArray(500, 'a') << 200 << QString(199, QLatin1Char('a')) + ellipsis;
    QTest::newRow("exactly 200") << QByteArray(200, 'a') << 200 << QString(200, QLatin1Char('a'));
    QTest::newRow("201") << QByteArray(201, 'a') << 200
                         << QString(199, QLatin1Char('a')) + ellipsis;
    QTest::newRow("cap counts after folding")
        << QByteArray(150, 'a') + QByteArray(1000, ' ') + QByteArray(49, 'b') << 200
        << QString(150, QLatin1Char('a')) + QLatin1Char(' ') + QString(49, QLatin1Char('b'));
    QTest::newRow("cap counts after removing markup")
        << QByteArrayLiteral("<div class=\"x\">") + QByteArray(190, 'a') +
               QByteArrayLiteral("</div><script>") + QByteArray(500, 'z') +
               QByteArrayLiteral("</script>")
        << 200 << QString(190, QLatin1Char('a'));
    QTest::newRow("custom cap") << QByteArrayLiteral("0123456789ABC") << 10
                                << QStringLiteral(u"012345678\u2026");
    QTest::newRow("never cuts a surrogate pair")
        << QByteArray(198, 'a') + QStringLiteral(u"\U0001F600 and more").toUtf8() << 200
        << QString(198, QLatin1Char('a')) + ellipsis;
    QTest::newRow("long HTML page") << QByteArrayLiteral("<html><body>") + QByteArray(5000, 'x') +
                                           QByteArrayLiteral("</body></html>")
                                    << 200 << QString(199, QLatin1Char('x')) + ellipsis;
}

void TestRedaction::excerptLength()
{
    QFETCH(QByteArray, body);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString excerpt = Api::safeExcerpt(body, maxChars);
    QCOMPARE(excerpt, expected);
    QVERIFY(excerpt.size() <= maxChars);
}

void TestRedaction::excerptHidesSecrets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");

    const QByteArray jwt = TestJwt::seedAccessToken().toLatin1();
    // The JWT's payload segment: the part that carries the claims.
    const QString payload = TestJwt::seedAccessToken().section(QLatin1Char('.'), 1, 1);

    QTest::newRow("JWT at the start") << jwt << payload;
    QTest::newRow("JWT after 180 characters")
        << QByteArray(180, 'a') + ' ' + jwt << payload.left(12);
    QTest::newRow("JWT after 195 characters, cut by the cap")
        << QByteArray(195, 'a') + ' ' + jwt << QStringLiteral("eyJ");
    QTest::newRow("JWT inside a tag attribute is gone with the tag")
        << QByteArrayLiteral("<a href=\"/x?token=") + jwt + QByteArrayLiteral("\">link</a>")
        << payload.left(12);
    QTest::newRow("JWT in a script")
        << QByteArrayLiteral("<script>var t='") + jwt + QByteArrayLiteral("';</script>ok")
        << payload.left(12);
    QTest::newRow("JWT split by control characters")
        << QByteArrayLiteral("token=\x01") + jwt << payload.left(12);
    QTest::newRow("Basic credentials")
        << QByteArrayLiteral("Authorization: Basic aW5ub3ZhdHJpY3M6aW5ub3ZhdHJpY3M=")
        << QStringLiteral("aW5ub3ZhdHJpY3M6");
    QTest::newRow("password with spaces in JSON")
        << QByteArrayLiteral(R"({"error":"bad","password":"correct horse battery staple"})")
        << QStringLiteral("horse");
    QTest::newRow("link token")
        << QByteArrayLiteral(
               "{\"webEnrolmentUrl\":\"https://e.example.com/web-enrolment/?token=REFTOKEN123\"}")
        << QStringLiteral("REFTOKEN123");
}

void TestRedaction::excerptHidesSecrets()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    const QString excerpt = Api::safeExcerpt(body);
    QVERIFY2(!excerpt.contains(secret), qPrintable(excerpt));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
