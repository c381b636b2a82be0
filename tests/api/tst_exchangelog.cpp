// The QA inspector's core: records are redacted before they leave the client (JSON secrets, link
// tokens, Authorization), bodies are capped, "Copy as curl" carries placeholders only, the log
// model keeps the last 500 records, and the client records every attempt, retries included.

#include "api/enrolmentclient.h"
#include "api/exchangelog.h"
#include "api/exchangerecord.h"
#include "cannedserver.h"
#include "testjwt.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Api;

namespace {

const QString Password = QStringLiteral("S3cret pass:word'\"!");
const QString LinkToken = QStringLiteral("LinkTok3n-7f2c9a41b6");

QByteArray basicCredentials()
{
    return (QStringLiteral("qa-user:") + Password).toUtf8().toBase64();
}

QByteArray initializeReply()
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("accessToken"), TestJwt::platformToken(1900000000)},
                             {QStringLiteral("sessionId"),
                              QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")},
                             {QStringLiteral("webEnrolmentUrl"),
                              QStringLiteral("https://enrol.example.com/web-enrolment/?token=") +
                                  LinkToken + QStringLiteral("&lang=de-DE")},
                         })
        .toJson(QJsonDocument::Compact);
}

QNetworkRequest sentRequest(const QString& url)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Basic " + basicCredentials());
    request.setRawHeader("Accept", "application/json, text/plain");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

ExchangeRecord initializeRecord()
{
    ExchangeFacts facts;
    facts.method = "POST";
    facts.request = sentRequest(
        QStringLiteral("http://127.0.0.1:8123/prefix/api/v1/enrolment/initialize?token=q#frag"));
    facts.requestBody =
        "{\"applicantForm\":{\"firstName\":\"Siobhán\",\"lastName\":\"O'Brien\"},"
        "\"externalId\":\"case O'Hara\","
        R"("returnUrl":"https://bank.example/done?token=ReturnTok","sessionId":"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"})";
    facts.started = QDateTime(QDate(2026, 3, 4), QTime(10, 11, 12), Qt::UTC);
    facts.durationMs = 42;
    facts.attempt = 1;
    facts.httpStatus = 200;
    facts.responseContentType = "application/json";
    facts.responseBody = initializeReply();
    return makeExchangeRecord(facts);
}

// Everything a record can show, as one text.
QString allText(const ExchangeRecord& record)
{
    QString text =
        record.method + record.url.toString() + record.path + record.errorMessage +
        QString::fromUtf8(record.requestBody + record.responseBody + record.responseContentType);
    for (const auto& header : record.requestHeaders)
        text += QString::fromLatin1(header.first + header.second);
    return text;
}

} // namespace

using TestSupport::CannedServer;

class TestExchangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactBody_data();
    void redactBody();
    void recordKeepsNoSecret();
    void recordOfFailure();
    void bodiesAreCapped();
    void prettyBody_data();
    void prettyBody();
    void curlCommand_data();
    void curlCommand();
    void copiedInitializeRunsAsPastedWithOnlyThePassword();
    void shellQuoteSurvivesTheShell_data();
    void shellQuoteSurvivesTheShell();
    void modelColumns();
    void modelKeepsTheLast500();
    void clientRecordsEveryAttempt();
};

void TestExchangeLog::redactBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray jwt = TestJwt::platformToken(1900000000).toLatin1();

    QTest::newRow("initialize reply")
        << initializeReply()
        << QByteArray(R"({"accessToken":"[redacted]","sessionId":"ad90c821-e5ea-4385-be5b-)"
                      R"(4fc9f9ea24ee","webEnrolmentUrl":"https://enrol.example.com/web-enrolment/)"
                      R"(?token=[redacted]&lang=de-DE"})");
    QTest::newRow("request with names: values redacted, keys kept")
        << QByteArray(R"({"applicantForm":{"additionalNames":"Paul","dateOfBirth":"2004-07-09",)"
                      R"("firstName":"John","lastName":"Doe","skipIntegrityCheck":false},)"
                      R"("returnUrl":"https://bank.example/done"})")
        << QByteArray(R"({"applicantForm":{"additionalNames":"[redacted]",)"
                      R"("dateOfBirth":"[redacted]","firstName":"[redacted]",)"
                      R"("lastName":"[redacted]","skipIntegrityCheck":false},)"
                      R"("returnUrl":"https://bank.example/done"})");
    QTest::newRow("names read from the document")
        << QByteArray(
               R"({"verifications":{"mrzOcrCrossCheck":{"fields":[{"distance":0,)"
               R"("inputFieldName":"firstName","mrzTextValue":"JOHN","ocrTextValue":"John"}]}}})")
        << QByteArray(R"({"verifications":{"mrzOcrCrossCheck":{"fields":[{"distance":0,)"
                      R"("inputFieldName":"firstName","mrzTextValue":"[redacted]",)"
                      R"("ocrTextValue":"[redacted]"}]}}})");
    QTest::newRow("token in returnUrl, first parameter")
        << QByteArray(R"({"returnUrl":"https://bank.example/done?token=abc123&case=7"})")
        << QByteArray(R"({"returnUrl":"https://bank.example/done?token=[redacted]&case=7"})");
    QTest::newRow("access_token in a fragment")
        << QByteArray(R"({"link":"https://x.example/#access_token=abc&state=1"})")
        << QByteArray(R"({"link":"https://x.example/#access_token=[redacted]&state=1"})");
    QTest::newRow("percent-encoded link token")
        << QByteArray(R"({"webEnrolmentUrl":"https://e.example/w/?lang=en&token=a%2Bb%3D%3D"})")
        << QByteArray(R"({"webEnrolmentUrl":"https://e.example/w/?lang=en&token=[redacted]"})");
    QTest::newRow("nested password, any type")
        << QByteArray(R"({"auth":{"password":"hunter2 with spaces","user":"u"},"pin":1})")
        << QByteArray(R"({"auth":{"password":"[redacted]","user":"u"},"pin":1})");
    QTest::newRow("numeric password")
        << QByteArray(R"({"password":123456})") << QByteArray(R"({"password":"[redacted]"})");
    QTest::newRow("token key, any case")
        << QByteArray(R"({"Token":"t1","refresh_token":"t2","clientSecret":"s"})")
        << QByteArray(
               R"({"Token":"[redacted]","clientSecret":"[redacted]","refresh_token":"[redacted]"})");
    QTest::newRow("null token stays null")
        << QByteArray(R"({"accessToken":null})") << QByteArray(R"({"accessToken":null})");
    QTest::newRow("array of sessions")
        << QByteArray(R"([{"token":"a"},{"webEnrolmentUrl":"https://e/?token=b"}])")
        << QByteArray(
               R"([{"token":"[redacted]"},{"webEnrolmentUrl":"https://e/?token=[redacted]"}])");
    QTest::newRow("JWT inside an error message")
        << QByteArray(R"({"error":"bad )" + jwt + R"( given"})")
        << QByteArray(R"({"error":"bad [redacted] given"})");
    QTest::newRow("cut-off JSON (malformed reply)")
        << QByteArray(R"({"accessToken":")" + jwt.left(30))
        << QByteArray(R"({"accessToken":"[redacted])");
    QTest::newRow("form text") << QByteArray("user=a&password=p4ss&token=t0k")
                               << QByteArray("user=a&password=[redacted]&token=[redacted]");
    QTest::newRow("HTML page with a link")
        << QByteArray(R"(<a href="/web-enrolment/?token=xyz">go</a>)")
        << QByteArray(R"(<a href="/web-enrolment/?token=[redacted]">go</a>)");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                            << QByteArray("[11 bytes of binary data]");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestExchangeLog::redactBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(Api::redactBody(body), expected);
    QCOMPARE(Api::redactBody(Api::redactBody(body)), expected); // idempotent
}

void TestExchangeLog::recordKeepsNoSecret()
{
    const ExchangeRecord record = initializeRecord();
    const QString text = allText(record);
    const QList<QPair<const char*, QString>> secrets{
        {"password", Password},
        {"Basic credentials", QString::fromLatin1(basicCredentials())},
        {"access token", TestJwt::platformToken(1900000000)},
        {"link token", LinkToken},
        {"token in returnUrl", QStringLiteral("ReturnTok")},
        {"URL fragment", QStringLiteral("frag")}};
    for (const auto& secret : secrets) // named, so a failure does not print the secret
        QVERIFY2(!text.contains(secret.second), secret.first);

    QCOMPARE(record.method, QStringLiteral("POST"));
    QCOMPARE(record.path, QStringLiteral("/prefix/api/v1/enrolment/initialize"));
    QCOMPARE(record.url,
             QUrl(QStringLiteral("http://127.0.0.1:8123/prefix/api/v1/enrolment/initialize")));
    QCOMPARE(record.started, QDateTime(QDate(2026, 3, 4), QTime(10, 11, 12), Qt::UTC));
    QCOMPARE(record.started.timeSpec(), Qt::UTC);
    QCOMPARE(record.httpStatus, 200);
    QCOMPARE(record.durationMs, 42);
    QVERIFY(!record.failed());
    const QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json, text/plain"},
                                                       {"Authorization", "Basic [redacted]"},
                                                       {"Content-Type", "application/json"}};
    QCOMPARE(record.requestHeaders, headers);

    // The link keeps its host and path; the applicant's names go, the case number stays.
    const QJsonObject reply = QJsonDocument::fromJson(record.responseBody).object();
    QCOMPARE(reply.value(QStringLiteral("accessToken")).toString(), QStringLiteral("[redacted]"));
    const QUrl link(reply.value(QStringLiteral("webEnrolmentUrl")).toString());
    QCOMPARE(link.host(), QStringLiteral("enrol.example.com"));
    QCOMPARE(link.path(), QStringLiteral("/web-enrolment/"));
    const QJsonObject form = QJsonDocument::fromJson(record.requestBody)
                                 .object()
                                 .value(QStringLiteral("applicantForm"))
                                 .toObject();
    QCOMPARE(form.value(QStringLiteral("firstName")).toString(), QStringLiteral("[redacted]"));
    QVERIFY(!record.requestBody.contains("O'Brien"));
    QVERIFY(!QString::fromUtf8(record.requestBody).contains(QStringLiteral("Siobhán")));
    QVERIFY(record.requestBody.contains("case O'Hara"));
}

void TestExchangeLog::recordOfFailure()
{
    ExchangeFacts facts;
    facts.method = "GET";
    facts.request = sentRequest(QStringLiteral("http://127.0.0.1:1/api/v1/data/x/status"));
    facts.started = QDateTime::currentDateTime();
    facts.attempt = 3;
    facts.error = ApiError::timeout(QStringLiteral("127.0.0.1"), 5);
    const ExchangeRecord record = makeExchangeRecord(facts);
    QVERIFY(record.failed());
    QCOMPARE(*record.errorKind, ApiError::Kind::Timeout);
    QCOMPARE(record.errorMessage, facts.error->userMessage());
    QCOMPARE(record.httpStatus, 0);
    QCOMPARE(record.attempt, 3);
    QCOMPARE(record.started.timeSpec(), Qt::UTC);
    QCOMPARE(ExchangeLog::statusText(record), QStringLiteral("timed out"));
    QVERIFY(record.requestBody.isEmpty());
    QVERIFY(record.responseBody.isEmpty());
}

void TestExchangeLog::bodiesAreCapped()
{
    ExchangeFacts facts;
    facts.method = "GET";
    facts.request = sentRequest(QStringLiteral("http://127.0.0.1:1/x"));
    // 200 KiB of two-byte characters, with a token far beyond the cut.
    facts.responseBody = QString(100 * 1024, QChar(0xE9)).toUtf8() + "&token=late";
    const ExchangeRecord record = makeExchangeRecord(facts);
    QVERIFY(record.responseBodyTruncated);
    QVERIFY(!record.requestBodyTruncated);
    QVERIFY(record.responseBody.size() <= MaxRecordedBodyBytes);
    QVERIFY(record.responseBody.size() >= MaxRecordedBodyBytes - 3);
    QCOMPARE(record.responseBodySize, facts.responseBody.size());
    QVERIFY(QString::fromUtf8(record.responseBody).toUtf8() == record.responseBody); // whole chars
    QVERIFY(!record.responseBody.contains("late"));
}

void TestExchangeLog::prettyBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":{"c":"d"}})")
                            << QStringLiteral(
                                   "{\n    \"a\": 1,\n    \"b\": {\n        \"c\": \"d\"\n"
                                   "    }\n}");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("[\n    1,\n    2\n]");
    QTest::newRow("text") << QByteArray("Service unavailable")
                          << QStringLiteral("Service unavailable");
    QTest::newRow("broken JSON") << QByteArray(R"({"a":)") << QStringLiteral("{\"a\":");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestExchangeLog::prettyBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(Api::prettyBody(body), expected);
}

void TestExchangeLog::curlCommand_data()
{
    QTest::addColumn<ExchangeRecord>("record");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("initialize")
        << initializeRecord() << QUrl(QStringLiteral("http://127.0.0.1:8123/prefix"))
        << QStringLiteral("# Without the applicant's names and date of birth, which the desk "
                          "never copies.\n"
                          "# A new sessionId at each run: the platform refuses one it has seen.\n"
                          "curl --silent --show-error --fail-with-body -X POST "
                          "'http://127.0.0.1:8123/prefix/api/v1/enrolment/initialize' \\\n"
                          "  -u 'qa-user':\"${ENROLMENT_DESK_PASSWORD:?export "
                          "ENROLMENT_DESK_PASSWORD first}\" \\\n"
                          "  -H 'Accept: application/json, text/plain' \\\n"
                          "  -H 'Content-Type: application/json' \\\n"
                          "  --data-raw '{\"externalId\":\"case O'\\''Hara\","
                          "\"returnUrl\":"
                          "\"https://bank.example/done?token=[redacted]\",\"sessionId\":"
                          "\"'\"$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)\"'\"}'");

    ExchangeFacts facts;
    facts.method = "GET";
    facts.request = sentRequest(QStringLiteral("http://127.0.0.1:9/api/v1/data/abc/status"));
    facts.request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    const ExchangeRecord status = makeExchangeRecord(facts);
    QTest::newRow("status, another origin, credentials in the base URL dropped")
        << status << QUrl(QStringLiteral("https://user:pw@api.example.com:8443/base?x=1#f"))
        << QStringLiteral("curl --silent --show-error --fail-with-body "
                          "'https://api.example.com:8443/api/v1/data/abc/status' \\\n"
                          "  -u 'qa-user':\"${ENROLMENT_DESK_PASSWORD:?export "
                          "ENROLMENT_DESK_PASSWORD first}\" \\\n"
                          "  -H 'Accept: application/json, text/plain'");

    ExchangeRecord cut = initializeRecord();
    cut.requestBodyTruncated = true;
    cut.requestHeaders.clear();
    cut.requestBody = "{";
    cut.method = QStringLiteral("DELETE");
    QTest::newRow("cut body, no headers")
        << cut << QUrl(QStringLiteral("http://127.0.0.1:1"))
        << QStringLiteral("# The request body was cut at 65536 bytes: it is incomplete.\n"
                          "curl --silent --show-error --fail-with-body -X DELETE "
                          "'http://127.0.0.1:1/prefix/api/v1/enrolment/initialize' \\\n"
                          "  --data-raw '{'");
}

void TestExchangeLog::curlCommand()
{
    QFETCH(ExchangeRecord, record);
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, expected);
    const QString command = Api::curlCommand(record, baseUrl);
    QCOMPARE(command, expected);
    QVERIFY(!command.contains(Password));
    QVERIFY(!command.contains(QString::fromLatin1(basicCredentials())));
    QVERIFY(!command.contains(QLatin1String("pw@")));
}

// Runs a copied command with sh, while the event loop keeps the in-process sandbox answering.
static TestSupport::ProcessResult runShell(const QString& command,
                                           const QProcessEnvironment& environment)
{
    TestSupport::ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        result.timedOut = true;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestExchangeLog::copiedInitializeRunsAsPastedWithOnlyThePassword()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    auto sandbox = TestSupport::startSandbox();
    // The request exactly as the desk sends it, names and all; the record redacts them.
    auto recordFor = [&](const QString& externalId) {
        ExchangeFacts facts;
        facts.method = "POST";
        facts.request = QNetworkRequest(
            sandbox->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/enrolment/initialize"))));
        facts.request.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
        facts.request.setRawHeader("Accept", "application/json, text/plain");
        facts.request.setHeader(QNetworkRequest::ContentTypeHeader,
                                QByteArrayLiteral("application/json"));
        facts.requestBody =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("applicantForm"),
                     QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Jane")},
                                 {QStringLiteral("lastName"), QStringLiteral("Doe")},
                                 {QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23")}}},
                    {QStringLiteral("externalId"), externalId},
                    {QStringLiteral("returnUrl"), QStringLiteral("https://bank.example/done")},
                    {QStringLiteral("sessionId"),
                     QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")},
                })
                .toJson(QJsonDocument::Compact);
        facts.httpStatus = 200;
        return makeExchangeRecord(facts);
    };
    const QString command =
        Api::curlCommand(recordFor(QStringLiteral("CASE-9")), sandbox->baseUrl());
    QVERIFY2(!command.contains(QLatin1String("Jane")), qPrintable(command));

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    // Without the password the shell refuses to run curl, and says which variable is missing.
    TestSupport::ProcessResult run = runShell(command, environment);
    QVERIFY(!run.timedOut);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("ENROLMENT_DESK_PASSWORD"), run.err.constData());
    QCOMPARE(sandbox->sessionCount(), 0);

    // With only the password exported it creates a session, and a new one at the next run.
    environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
    QStringList ids;
    for (int attempt = 0; attempt < 2; ++attempt) {
        run = runShell(command, environment);
        QVERIFY(!run.timedOut);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject reply = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(reply.value(QStringLiteral("webEnrolmentUrl")).isString(), run.out.constData());
        ids.append(reply.value(QStringLiteral("sessionId")).toString());
    }
    QCOMPARE(sandbox->sessionCount(), 2);
    QVERIFY(ids.at(0) != ids.at(1));
    QVERIFY(!ids.contains(QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")));

    // An error status is curl's failure, with the platform's body still shown.
    run = runShell(
        Api::curlCommand(recordFor(QStringLiteral("sandbox:http=503")), sandbox->baseUrl()),
        environment);
    QCOMPARE(run.exitCode, 22);
    QVERIFY2(run.out.contains("error"), run.out.constData());
}

void TestExchangeLog::shellQuoteSurvivesTheShell_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("abc");
    QTest::newRow("single quotes") << QStringLiteral("it's 'quoted' ''");
    QTest::newRow("shell syntax") << QStringLiteral("$HOME `id` $(id) \\ \" ; & | > < * ? ! #");
    QTest::newRow("new lines") << QStringLiteral("a\nb\n");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("Siobhán Ó Briain – ✓");
}

void TestExchangeLog::shellQuoteSurvivesTheShell()
{
    QFETCH(QString, text);
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (sh.isEmpty())
        QSKIP("no POSIX shell here");
    QProcess process;
    process.start(sh, {QStringLiteral("-c"), QStringLiteral("printf %s ") + Api::shellQuote(text)});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), text);
}

void TestExchangeLog::modelColumns()
{
    ExchangeLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(log.columnCount(), 5);
    QCOMPARE(log.rowCount(), 0);
    const QStringList headers{QStringLiteral("Time"), QStringLiteral("Method"),
                              QStringLiteral("Path"), QStringLiteral("Status"),
                              QStringLiteral("Duration")};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(log.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    const ExchangeRecord record = initializeRecord();
    log.append(record);
    QCOMPARE(log.rowCount(), 1);
    auto cell = [&](int column) { return log.index(0, column).data().toString(); };
    QCOMPARE(cell(ExchangeLog::TimeColumn),
             record.started.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(cell(ExchangeLog::MethodColumn), QStringLiteral("POST"));
    QCOMPARE(cell(ExchangeLog::PathColumn), QStringLiteral("/prefix/api/v1/enrolment/initialize"));
    QCOMPARE(cell(ExchangeLog::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(ExchangeLog::DurationColumn), QStringLiteral("42 ms"));
    QCOMPARE(log.record(0).path, record.path);

    QSignalSpy reset(&log, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
}

void TestExchangeLog::modelKeepsTheLast500()
{
    ExchangeLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(log.capacity(), 500);
    ExchangeRecord record = initializeRecord();
    for (int i = 0; i < 503; ++i) {
        record.durationMs = i;
        log.append(record);
    }
    QCOMPARE(log.rowCount(), 500);
    QCOMPARE(log.record(0).durationMs, 3);
    QCOMPARE(log.record(499).durationMs, 502);

    ExchangeLog small(3, nullptr);
    QSignalSpy removed(&small, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 5; ++i) {
        record.durationMs = i;
        small.append(record);
    }
    QCOMPARE(small.rowCount(), 3);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(small.record(0).durationMs, 2);
}

void TestExchangeLog::clientRecordsEveryAttempt()
{
    CannedServer server("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                        "Content-Length: 23\r\nConnection: close\r\n\r\nDown, token=abc secret.");
    ApiConnection connection;
    connection.baseUrl = server.url();
    connection.username = QStringLiteral("qa-user");
    connection.password = Password;
    connection.timeout = std::chrono::seconds(30);
    connection.readRetries = 2;
    connection.retryBaseDelay = std::chrono::milliseconds(10);
    QNetworkAccessManager network;
    EnrolmentClient client(&network, connection);
    QList<ExchangeRecord> records;
    connect(&client, &EnrolmentClient::exchangeFinished, this,
            [&](const ExchangeRecord& record) { records.append(record); });

    bool answered = false;
    QObject context;
    client.status(QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"), &context,
                  [&](const Result<Domain::SessionStatus>& result) {
                      QVERIFY(!result);
                      QCOMPARE(records.size(), 3); // recorded before the callback
                      answered = true;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(answered, TestSupport::EventTimeoutMs);
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < records.size(); ++i) {
        const ExchangeRecord& record = records.at(i);
        QCOMPARE(record.attempt, i + 1);
        QCOMPARE(record.method, QStringLiteral("GET"));
        QCOMPARE(record.path,
                 QStringLiteral("/api/v1/data/ad90c821-e5ea-4385-be5b-4fc9f9ea24ee/status"));
        QCOMPARE(record.httpStatus, 503);
        QCOMPARE(*record.errorKind, ApiError::Kind::Http);
        QCOMPARE(record.responseBody, QByteArray("Down, token=[redacted] secret."));
        QCOMPARE(record.responseContentType, QByteArray("text/plain"));
        QVERIFY(!allText(record).contains(Password));
        QVERIFY(!allText(record).contains(QString::fromLatin1(basicCredentials())));
    }

    // A cancelled call is not recorded.
    const auto id = client.status(QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"), &context,
                                  [](const Result<Domain::SessionStatus>&) {});
    client.cancel(id);
    QCoreApplication::processEvents(); // what the abort queued
    QCOMPARE(records.size(), 3);
}

QTEST_GUILESS_MAIN(TestExchangeLog)
#include "tst_exchangelog.moc"
