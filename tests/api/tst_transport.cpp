// From one HTTP exchange to an ApiError (transportError, parseRetryAfter) and the messages and
// retry advice every front end shows (ApiError::userMessage, isTransient).

#include "api/apierror.h"
#include "api/transport.h"
#include "testjwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Api;
using Kind = ApiError::Kind;
using NetworkError = QNetworkReply::NetworkError;

namespace {

const QString Host = QStringLiteral("api.trustmatic.example");
constexpr int TimeoutSeconds = 30;

// Pieces of secrets that may come back in an error body and must never be shown.
QStringList secretFragments()
{
    return {TestJwt::seedAccessToken().section(QLatin1Char('.'), 1, 1).left(16),
            QStringLiteral("aW5ub3ZhdHJpY3M6"), QStringLiteral("hunter2"),
            QStringLiteral("REFTOKEN-9f8e7d6c")};
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transportError_data();
    void transportError();
    void retryAfterFromHttpDateInTheReply();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void parseRetryAfterInAnyLocalTimeZone_data();
    void parseRetryAfterInAnyLocalTimeZone();
    void messages_data();
    void messages();
    void framing_data();
    void framing();
    void deliveryOfEachError_data();
    void deliveryOfEachError();
    void echoedCredentialsAreScrubbed();
};

// Issue 14 items 3 and 5: RFC 9112 section 6.3, and only identity is accepted.
void TestTransport::framing_data()
{
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<QByteArray>("transferEncoding");
    QTest::addColumn<QByteArray>("contentEncoding");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("length") << QByteArray("12") << QByteArray() << QByteArray() << QString();
    QTest::newRow("same length twice")
        << QByteArray("12, 12") << QByteArray() << QByteArray() << QString();
    QTest::newRow("chunked") << QByteArray() << QByteArray("chunked") << QByteArray() << QString();
    QTest::newRow("identity") << QByteArray("3") << QByteArray() << QByteArray("identity")
                              << QString();
    QTest::newRow("close-delimited") << QByteArray() << QByteArray() << QByteArray() << QString();
    QTest::newRow("two lengths") << QByteArray("12, 13") << QByteArray() << QByteArray()
                                 << QStringLiteral("two different lengths");
    QTest::newRow("negative") << QByteArray("-1") << QByteArray() << QByteArray()
                              << QStringLiteral("not a number");
    QTest::newRow("hex") << QByteArray("0x10") << QByteArray() << QByteArray()
                         << QStringLiteral("not a number");
    QTest::newRow("length and chunked")
        << QByteArray("12") << QByteArray("chunked") << QByteArray() << QStringLiteral("ambiguous");
    QTest::newRow("gzip transfer") << QByteArray() << QByteArray("gzip, chunked") << QByteArray()
                                   << QStringLiteral("transfer coding");
    QTest::newRow("gzip") << QByteArray("10") << QByteArray() << QByteArray("gzip")
                          << QStringLiteral("compressed");
    QTest::newRow("deflate") << QByteArray() << QByteArray("chunked") << QByteArray("deflate")
                             << QStringLiteral("compressed");
}

void TestTransport::framing()
{
    QFETCH(QByteArray, contentLength);
    QFETCH(QByteArray, transferEncoding);
    QFETCH(QByteArray, contentEncoding);
    QFETCH(QString, problem);
    const auto found = Api::framingProblem(contentLength, transferEncoding, contentEncoding);
    if (problem.isEmpty()) {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
        return;
    }
    QVERIFY(found);
    QVERIFY2(found->contains(problem), qPrintable(*found));
}

void TestTransport::deliveryOfEachError_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("delivery");
    using D = ApiError::Delivery;
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << int(D::NotSent);
    QTest::newRow("no such host") << int(QNetworkReply::HostNotFoundError) << 0 << int(D::NotSent);
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << 0 << int(D::Unknown);
    QTest::newRow("resend refused")
        << int(QNetworkReply::ContentReSendError) << 0 << int(D::Unknown);
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << int(D::Unknown);
    QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << int(D::Answered);
}

void TestTransport::deliveryOfEachError()
{
    QFETCH(int, networkError);
    QFETCH(int, httpStatus);
    QFETCH(int, delivery);
    Api::RawReply reply;
    reply.networkError = QNetworkReply::NetworkError(networkError);
    reply.httpStatus = httpStatus;
    const auto error = Api::transportError(reply, QStringLiteral("platform.example"), 30);
    QVERIFY(error);
    QCOMPARE(int(error->delivery()), delivery);
}

// Issue 14 item 1: the desk knows its password, so an error body echoing it is scrubbed.
void TestTransport::echoedCredentialsAreScrubbed()
{
    const QString password = QStringLiteral("p\"ä ss:w0rd");
    const QByteArray basic = QStringLiteral("desk:%1").arg(password).toUtf8().toBase64();
    Api::RawReply reply;
    reply.httpStatus = 400;
    reply.body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("bad: %1 / Basic %2 / raw %3")
                             .arg(password, QString::fromLatin1(basic),
                                  QString::fromLatin1(QUrl::toPercentEncoding(password)))}})
            .toJson();
    const auto error = Api::transportError(reply, QStringLiteral("platform.example"), 30,
                                           {QStringLiteral("desk"), password});
    QVERIFY(error);
    const QString message = error->userMessage();
    QVERIFY2(message.contains(QLatin1String("bad:")), qPrintable(message));
    QVERIFY2(!message.contains(password), qPrintable(message));
    QVERIFY2(!message.contains(QString::fromLatin1(basic)), qPrintable(message));
    QVERIFY2(!message.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))),
             qPrintable(message));
}

void TestTransport::transportError_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QString>("networkErrorText");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("tlsProblem");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("tooLarge");
    // Expected; kind -1: no error.
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfterSeconds"); // -1: none
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QStringList>("mentions"); // parts of userMessage()

    const QByteArray none;
    const QString noText;
    const auto row = [&](const char* name, NetworkError error, const QString& errorText, int status,
                         const QByteArray& body, const QByteArray& retryAfter, const QString& tls,
                         bool timedOut, bool tooLarge, int kind, int expectedStatus, int seconds,
                         bool transient, const QStringList& mentions) {
        QTest::newRow(name) << int(error) << errorText << status << body << retryAfter << tls
                            << timedOut << tooLarge << kind << expectedStatus << seconds
                            << transient << mentions;
    };
    const auto http = [&](const char* name, NetworkError error, int status, const QByteArray& body,
                          const QByteArray& retryAfter, Kind kind, int seconds, bool transient,
                          const QStringList& mentions) {
        row(name, error, noText, status, body, retryAfter, noText, false, false, int(kind), status,
            seconds, transient, mentions);
    };
    const int noError = -1;

    // Success: the body is for the parser.
    row("200", NetworkError::NoError, noText, 200, QByteArrayLiteral("{}"), none, noText, false,
        false, noError, 0, -1, false, {});
    row("201", NetworkError::NoError, noText, 201, QByteArrayLiteral("{}"), none, noText, false,
        false, noError, 0, -1, false, {});
    row("204 empty", NetworkError::NoError, noText, 204, none, none, noText, false, false, noError,
        0, -1, false, {});

    // Credentials refused.
    http("401", NetworkError::AuthenticationRequiredError, 401, QByteArrayLiteral("Unauthorized"),
         none, Kind::AuthRefused, -1, false,
         {QStringLiteral("HTTP 401"), QStringLiteral("password")});
    http("403", NetworkError::ContentAccessDenied, 403, QByteArrayLiteral("Forbidden"), none,
         Kind::AuthRefused, -1, false, {QStringLiteral("HTTP 403")});
    http("401 echoing the Authorization header", NetworkError::AuthenticationRequiredError, 401,
         QByteArrayLiteral("Bad header: Authorization: Basic aW5ub3ZhdHJpY3M6aW5ub3ZhdHJpY3M="),
         none, Kind::AuthRefused, -1, false, {QStringLiteral("HTTP 401")});

    // Other statuses.
    http("400", NetworkError::ProtocolInvalidOperationError, 400,
         QByteArrayLiteral(R"({"error":"returnUrl must be https"})"), none, Kind::Http, -1, false,
         {QStringLiteral("HTTP 400 Bad Request"), QStringLiteral("returnUrl must be https")});
    http("404", NetworkError::ContentNotFoundError, 404,
         QByteArrayLiteral(R"({"message":"session not found"})"), none, Kind::Http, -1, false,
         {QStringLiteral("HTTP 404 Not Found"), QStringLiteral("session not found")});
    http("404 HTML", NetworkError::ContentNotFoundError, 404,
         QByteArrayLiteral("<html><head><title>404</title><script>var x=1;</script></head>"
                           "<body><h1>Not   Found</h1></body></html>"),
         none, Kind::Http, -1, false,
         {QStringLiteral("HTTP 404 Not Found"), QStringLiteral("“404 Not Found”")});
    http("409", NetworkError::ContentConflictError, 409,
         QByteArrayLiteral("session id already used"), none, Kind::Http, -1, false,
         {QStringLiteral("HTTP 409 Conflict"), QStringLiteral("session id already used")});
    http("418 without reason phrase", NetworkError::UnknownContentError, 418, none, none,
         Kind::Http, -1, false, {QStringLiteral("HTTP 418")});
    http("302 not followed", NetworkError::NoError, 302, none, none, Kind::Http, -1, false,
         {QStringLiteral("HTTP 302")});
    http("500", NetworkError::InternalServerError, 500, QByteArrayLiteral("Internal error"), none,
         Kind::Http, -1, false,
         {QStringLiteral("HTTP 500 Internal Server Error"), QStringLiteral("Internal error")});
    http("500 with JWT and password in the body", NetworkError::InternalServerError, 500,
         QByteArrayLiteral(R"({"request":{"password":"hunter2 x","accessToken":")") +
             TestJwt::seedAccessToken().toLatin1() +
             QByteArrayLiteral(R"("},"link":"/web-enrolment/?token=REFTOKEN-9f8e7d6c"})"),
         none, Kind::Http, -1, false, {QStringLiteral("HTTP 500"), QStringLiteral("[redacted]")});
    http("502", NetworkError::UnknownServerError, 502, none, none, Kind::Http, -1, true,
         {QStringLiteral("HTTP 502 Bad Gateway")});
    http("503", NetworkError::ServiceUnavailableError, 503, QByteArrayLiteral("maintenance"), none,
         Kind::Http, -1, true,
         {QStringLiteral("HTTP 503 Service Unavailable"), QStringLiteral("maintenance")});
    http("503 with Retry-After", NetworkError::ServiceUnavailableError, 503, none,
         QByteArrayLiteral("120"), Kind::Http, 120, true, {QStringLiteral("HTTP 503")});
    http("504", NetworkError::UnknownServerError, 504, none, none, Kind::Http, -1, true,
         {QStringLiteral("HTTP 504 Gateway Timeout")});
    http("429 Retry-After 7", NetworkError::UnknownContentError, 429, none, QByteArrayLiteral("7"),
         Kind::Http, 7, true,
         {QStringLiteral("HTTP 429 Too Many Requests"), QStringLiteral("7 second")});
    http("429 Retry-After 1", NetworkError::UnknownContentError, 429, none,
         QByteArrayLiteral(" 1 "), Kind::Http, 1, true,
         {QStringLiteral("HTTP 429"), QStringLiteral("1 second")});
    http("429 without Retry-After", NetworkError::UnknownContentError, 429, none, none, Kind::Http,
         -1, true, {QStringLiteral("HTTP 429"), QStringLiteral("a minute")});
    http("429 unreadable Retry-After", NetworkError::UnknownContentError, 429, none,
         QByteArrayLiteral("soon"), Kind::Http, -1, true,
         {QStringLiteral("HTTP 429"), QStringLiteral("a minute")});

    // No HTTP answer.
    row("timed out", NetworkError::OperationCanceledError, QStringLiteral("Operation canceled"), 0,
        none, none, noText, true, false, int(Kind::Timeout), 0, -1, true,
        {Host, QStringLiteral("30 second")});
    row("TimeoutError", NetworkError::TimeoutError, QStringLiteral("Socket operation timed out"), 0,
        none, none, noText, false, false, int(Kind::Timeout), 0, -1, true, {Host});
    row("timed out after the headers", NetworkError::OperationCanceledError, noText, 200,
        QByteArrayLiteral("{\"sess"), none, noText, true, false, int(Kind::Timeout), 0, -1, true,
        {Host});
    row("TLS problem", NetworkError::SslHandshakeFailedError,
        QStringLiteral("SSL handshake failed"), 0, none, none,
        QStringLiteral("The certificate is self-signed, and untrusted"), false, false,
        int(Kind::Tls), 0, -1, false,
        {Host, QStringLiteral("The certificate is self-signed, and untrusted")});
    row("TLS handshake failed without details", NetworkError::SslHandshakeFailedError,
        QStringLiteral("SSL handshake failed"), 0, none, none, noText, false, false, int(Kind::Tls),
        0, -1, false, {Host, QStringLiteral("SSL handshake failed")});
    row("connection refused", NetworkError::ConnectionRefusedError,
        QStringLiteral("Connection refused"), 0, none, none, noText, false, false,
        int(Kind::Network), 0, -1, true, {Host, QStringLiteral("Connection refused")});
    row("host not found", NetworkError::HostNotFoundError,
        QStringLiteral("Host api.trustmatic.example not found"), 0, none, none, noText, false,
        false, int(Kind::Network), 0, -1, true, {QStringLiteral("not found")});
    row("connection closed during a 200", NetworkError::RemoteHostClosedError,
        QStringLiteral("Connection closed"), 200, QByteArrayLiteral("{\"sess"), none, noText, false,
        false, int(Kind::Network), 0, -1, true, {QStringLiteral("Connection closed")});
    row("nothing at all", NetworkError::NoError, noText, 0, none, none, noText, false, false,
        int(Kind::Network), 0, -1, true, {Host});

    // Too large, whatever the status.
    row("too large 200", NetworkError::OperationCanceledError, noText, 200, none, none, noText,
        false, true, int(Kind::InvalidReply), 0, -1, false, {QStringLiteral("1024 KiB")});
    row("too large 500", NetworkError::OperationCanceledError, noText, 500, none, none, noText,
        false, true, int(Kind::InvalidReply), 0, -1, false, {QStringLiteral("1024 KiB")});
}

void TestTransport::transportError()
{
    QFETCH(int, networkError);
    QFETCH(QString, networkErrorText);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, tlsProblem);
    QFETCH(bool, timedOut);
    QFETCH(bool, tooLarge);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, retryAfterSeconds);
    QFETCH(bool, transient);
    QFETCH(QStringList, mentions);

    RawReply reply;
    reply.networkError = NetworkError(networkError);
    reply.networkErrorText = networkErrorText;
    reply.httpStatus = httpStatus;
    reply.body = body;
    reply.retryAfterHeader = retryAfter;
    reply.tlsProblem = tlsProblem;
    reply.timedOut = timedOut;
    reply.tooLarge = tooLarge;

    const std::optional<ApiError> error = Api::transportError(reply, Host, TimeoutSeconds);
    if (kind < 0) {
        QVERIFY2(!error.has_value(), qPrintable(error ? error->userMessage() : QString()));
        return;
    }
    QVERIFY2(error.has_value(), "no error reported");
    QCOMPARE(int(error->kind()), kind);
    QCOMPARE(error->httpStatus(), status);
    QCOMPARE(error->retryAfterSeconds().value_or(-1), retryAfterSeconds);
    QCOMPARE(error->isTransient(), transient);

    const QString message = error->userMessage();
    QVERIFY(!message.trimmed().isEmpty());
    for (const QString& part : mentions)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(part, message)));
    for (const QString& secret : secretFragments())
        QVERIFY2(!message.contains(secret), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("<script")), qPrintable(message));
}

void TestTransport::retryAfterFromHttpDateInTheReply()
{
    // transportError reads the date against the current time: a date far ahead is capped at a
    // day, one in the past means "now".
    RawReply reply;
    reply.networkError = NetworkError::UnknownContentError;
    reply.httpStatus = 429;
    reply.retryAfterHeader = QByteArrayLiteral("Fri, 01 Jan 2100 00:00:00 GMT");
    auto error = Api::transportError(reply, Host, TimeoutSeconds);
    QVERIFY(error.has_value());
    QCOMPARE(error->retryAfterSeconds().value_or(-1), 86400);

    reply.retryAfterHeader = QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
    error = Api::transportError(reply, Host, TimeoutSeconds);
    QVERIFY(error.has_value());
    QCOMPARE(error->retryAfterSeconds().value_or(-1), 0);
}

void TestTransport::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("seconds"); // -1: none

    const QDateTime now = utc(2015, 10, 21, 7, 27, 0);
    QTest::newRow("7") << QByteArrayLiteral("7") << now << 7;
    QTest::newRow("padded") << QByteArrayLiteral("  7 \r\n") << now << 7;
    QTest::newRow("0") << QByteArrayLiteral("0") << now << 0;
    QTest::newRow("120") << QByteArrayLiteral("120") << now << 120;
    QTest::newRow("a day") << QByteArrayLiteral("86400") << now << 86400;
    QTest::newRow("capped at a day") << QByteArrayLiteral("999999999") << now << 86400;
    QTest::newRow("negative") << QByteArrayLiteral("-1") << now << -1;
    QTest::newRow("empty") << QByteArray() << now << -1;
    QTest::newRow("blank") << QByteArrayLiteral("   ") << now << -1;
    QTest::newRow("word") << QByteArrayLiteral("soon") << now << -1;
    QTest::newRow("fraction") << QByteArrayLiteral("7.5") << now << -1;
    QTest::newRow("with unit") << QByteArrayLiteral("7s") << now << -1;
    QTest::newRow("overflowing number")
        << QByteArrayLiteral("99999999999999999999999") << now << -1;
    QTest::newRow("HTTP date, a minute ahead")
        << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT") << now << 60;
    QTest::newRow("HTTP date, a second ahead")
        << QByteArrayLiteral("Wed, 21 Oct 2015 07:27:01 GMT") << now << 1;
    QTest::newRow("HTTP date, now")
        << QByteArrayLiteral("Wed, 21 Oct 2015 07:27:00 GMT") << now << 0;
    QTest::newRow("HTTP date in the past")
        << QByteArrayLiteral("Wed, 21 Oct 2015 07:00:00 GMT") << now << 0;
    QTest::newRow("HTTP date, next day, capped")
        << QByteArrayLiteral("Fri, 23 Oct 2015 07:27:00 GMT") << now << 86400;
    QTest::newRow("HTTP date, across midnight")
        << QByteArrayLiteral("Thu, 01 Jan 2026 00:00:30 GMT") << utc(2025, 12, 31, 23, 59, 0) << 90;
    QTest::newRow("HTTP date, padded")
        << QByteArrayLiteral(" Wed, 21 Oct 2015 07:28:00 GMT ") << now << 60;
    QTest::newRow("HTTP date, cut off") << QByteArrayLiteral("Wed, 21 Oct 2015") << now << -1;
    QTest::newRow("HTTP date, impossible day")
        << QByteArrayLiteral("Wed, 32 Oct 2015 07:28:00 GMT") << now << -1;
}

void TestTransport::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, now);
    QFETCH(int, seconds);
    QCOMPARE(Api::parseRetryAfter(header, now).value_or(-1), seconds);
}

void TestTransport::parseRetryAfterInAnyLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("seconds");

    // An HTTP date is GMT: the desk's own time zone must not change the answer, not even for a
    // wall-clock time that does not exist locally (the spring-forward gap).
    QTest::newRow("Berlin, spring-forward gap")
        << QByteArrayLiteral("Europe/Berlin") << QByteArrayLiteral("Sun, 29 Mar 2015 02:30:00 GMT")
        << utc(2015, 3, 29, 2, 29, 0) << 60;
    QTest::newRow("Berlin, summer")
        << QByteArrayLiteral("Europe/Berlin") << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT")
        << utc(2015, 10, 21, 7, 27, 0) << 60;
    QTest::newRow("New York, autumn repeat")
        << QByteArrayLiteral("America/New_York")
        << QByteArrayLiteral("Sun, 01 Nov 2015 01:30:00 GMT") << utc(2015, 11, 1, 1, 29, 0) << 60;
    QTest::newRow("New York, spring-forward gap")
        << QByteArrayLiteral("America/New_York")
        << QByteArrayLiteral("Sun, 08 Mar 2015 02:30:00 GMT") << utc(2015, 3, 8, 2, 29, 30) << 30;
    QTest::newRow("Kiritimati (+14)")
        << QByteArrayLiteral("Pacific/Kiritimati")
        << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT") << utc(2015, 10, 21, 7, 27, 0) << 60;
}

void TestTransport::parseRetryAfterInAnyLocalTimeZone()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, now);
    QFETCH(int, seconds);

    const QByteArray previous = qgetenv("TZ");
    const bool hadPrevious = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", timeZone);
    tzset();
    const std::optional<int> actual = Api::parseRetryAfter(header, now);
    if (hadPrevious)
        qputenv("TZ", previous);
    else
        qunsetenv("TZ");
    tzset();
    QCOMPARE(actual.value_or(-1), seconds);
}

void TestTransport::messages_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char* name, const ApiError& error, Kind kind, bool transient,
                        const QStringList& mentions) {
        QTest::newRow(name) << error << int(kind) << transient << mentions;
    };
    row("invalid input", ApiError::invalidInput(QStringLiteral("The return URL must use https.")),
        Kind::InvalidInput, false, {QStringLiteral("The return URL must use https.")});
    row("401", ApiError::http(401, QString()), Kind::AuthRefused, false,
        {QStringLiteral("HTTP 401")});
    row("403", ApiError::http(403, QString()), Kind::AuthRefused, false,
        {QStringLiteral("HTTP 403")});
    row("400", ApiError::http(400, QStringLiteral("bad field")), Kind::Http, false,
        {QStringLiteral("HTTP 400"), QStringLiteral("bad field")});
    row("404", ApiError::http(404, QString()), Kind::Http, false, {QStringLiteral("HTTP 404")});
    row("409", ApiError::http(409, QString()), Kind::Http, false, {QStringLiteral("HTTP 409")});
    row("413", ApiError::http(413, QString()), Kind::Http, false,
        {QStringLiteral("HTTP 413 Payload Too Large")});
    row("429 with 7", ApiError::http(429, QString(), 7), Kind::Http, true,
        {QStringLiteral("HTTP 429"), QStringLiteral("7 second")});
    row("429 with 90", ApiError::http(429, QString(), 90), Kind::Http, true,
        {QStringLiteral("HTTP 429"), QStringLiteral("90 second")});
    row("429 without", ApiError::http(429, QString()), Kind::Http, true,
        {QStringLiteral("HTTP 429")});
    row("500", ApiError::http(500, QString()), Kind::Http, false, {QStringLiteral("HTTP 500")});
    row("501", ApiError::http(501, QString()), Kind::Http, false, {QStringLiteral("HTTP 501")});
    row("502", ApiError::http(502, QString()), Kind::Http, true, {QStringLiteral("HTTP 502")});
    row("503", ApiError::http(503, QString()), Kind::Http, true, {QStringLiteral("HTTP 503")});
    row("504", ApiError::http(504, QString()), Kind::Http, true, {QStringLiteral("HTTP 504")});
    row("excerpt with placeholders", ApiError::http(404, QStringLiteral("no %1 here, %2 either")),
        Kind::Http, false, {QStringLiteral("HTTP 404"), QStringLiteral("no %1 here, %2 either")});
    row("network", ApiError::network(Host, QStringLiteral("Connection refused")), Kind::Network,
        true, {Host, QStringLiteral("Connection refused")});
    row("network, host with placeholder",
        ApiError::network(QStringLiteral("h%2st"), QStringLiteral("Connection %1 refused")),
        Kind::Network, true, {QStringLiteral("h%2st"), QStringLiteral("Connection %1 refused")});
    row("tls", ApiError::tls(Host, QStringLiteral("self-signed")), Kind::Tls, false,
        {Host, QStringLiteral("self-signed")});
    row("timeout 30", ApiError::timeout(Host, 30), Kind::Timeout, true,
        {Host, QStringLiteral("30 second")});
    row("timeout 1", ApiError::timeout(Host, 1), Kind::Timeout, true,
        {Host, QStringLiteral("1 second")});
    row("invalid reply", ApiError::invalidReply(QStringLiteral("the reply was empty")),
        Kind::InvalidReply, false, {QStringLiteral("the reply was empty")});
}

void TestTransport::messages()
{
    QFETCH(ApiError, error);
    QFETCH(int, kind);
    QFETCH(bool, transient);
    QFETCH(QStringList, mentions);

    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.isTransient(), transient);
    const QString message = error.userMessage();
    QVERIFY(!message.trimmed().isEmpty());
    for (const QString& part : mentions)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(part, message)));
    // No placeholder is left unfilled.
    QVERIFY2(!message.contains(QLatin1String("%n")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
