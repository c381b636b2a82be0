// TLS is never ignored: the sandbox serves HTTPS with tests/data/tls/server.pem, signed by a test
// CA that no system trusts. Without that CA as an extra certificate every client (the API client,
// a profile's connection, the command line) refuses it and names the certificate; with it, the
// whole flow works; an unrelated CA does not help.

#include "api/enrolmentclient.h"
#include "config/profile.h"
#include "desk/profileconnection.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using Api::ApiError;
using TestSupport::ProcessResult;
using TestSupport::runDesk;

namespace {

QString tlsFile(const char* name)
{
    return QStringLiteral(ENROLMENT_TEST_DATA "/tls/") + QLatin1String(name);
}

QSslCertificate certificateFrom(const char* name)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(tlsFile(name));
    if (certificates.size() != 1) {
        QTest::qFail(qPrintable(QStringLiteral("%1 does not hold exactly one certificate")
                                    .arg(QLatin1String(name))),
                     __FILE__, __LINE__);
        return QSslCertificate();
    }
    return certificates.constFirst();
}

Sandbox::SandboxOptions tlsOptions()
{
    QFile keyFile(tlsFile("server.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        QTest::qFail("server.key cannot be read", __FILE__, __LINE__);
    Sandbox::SandboxOptions options;
    options.tlsCertificate = certificateFrom("server.pem");
    options.tlsKey = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (options.tlsKey.isNull())
        QTest::qFail("server.key holds no RSA key", __FILE__, __LINE__);
    return options;
}

Domain::EnrolmentRequest makeRequest()
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = QStringLiteral("tls-case");
    return TEST_REQUEST(input);
}

QString describe(const Api::Result<Domain::CreatedSession>& result)
{
    return result.ok() ? QStringLiteral("succeeded") : result.error().userMessage();
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = TestSupport::startSandbox(tlsOptions());
        // A fresh manager per test, so no connection or TLS session is reused across tests.
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_sandbox.reset();
    }

    void sandboxServesHttps()
    {
        QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void sandboxRefusesHalfAConfiguration()
    {
        Sandbox::SandboxOptions options = tlsOptions();
        options.tlsKey = QSslKey();
        Sandbox::SandboxServer server(options);
        QString problem;
        QVERIFY(!server.start(&problem));
        QVERIFY2(problem.contains(QLatin1String("private key")), qPrintable(problem));
    }

    void untrustedCertificateIsRefusedAndNamed()
    {
        const auto result = initialize(TestSupport::sandboxConnection(*m_sandbox));
        QVERIFY2(!result.ok(), "an untrusted certificate was accepted");
        QCOMPARE(result.error().kind(), ApiError::Kind::Tls);
        const QString message = result.error().userMessage();
        const QSslCertificate server = certificateFrom("server.pem");
        const QString fingerprint =
            QString::fromLatin1(server.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(message.contains(QLatin1String("localhost")), qPrintable(message)); // subject
        QVERIFY2(message.contains(QLatin1String("Enrolment Desk Test CA")), qPrintable(message));
        QVERIFY2(message.contains(fingerprint, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(m_sandbox->sessionCount(), 0); // nothing got through
    }

    void testCaMakesItWorkEndToEnd()
    {
        Api::ApiConnection connection = TestSupport::sandboxConnection(*m_sandbox);
        connection.extraCaCertificates = {certificateFrom("ca.pem")};
        Api::EnrolmentClient client(m_network.get(), connection);
        const Domain::EnrolmentRequest request = makeRequest();
        const auto created = TestSupport::waitForResult<Domain::CreatedSession>(
            [&](QObject* context, auto done) { client.initialize(request, context, done); });
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        QCOMPARE(created.value().webEnrolmentUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(created.value().webEnrolmentUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_sandbox->sessionCount(), 1);

        const auto status =
            TestSupport::waitForResult<Domain::SessionStatus>([&](QObject* context, auto done) {
                client.status(request.sessionId(), context, done);
            });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().userMessage()));
        QCOMPARE(status.value().kind(), Domain::SessionStatus::Kind::Pending);
    }

    void unrelatedCaIsStillRefused()
    {
        Api::ApiConnection connection = TestSupport::sandboxConnection(*m_sandbox);
        connection.extraCaCertificates = {certificateFrom("unrelated-ca.pem")};
        const auto result = initialize(connection);
        QVERIFY2(!result.ok(), "a certificate from another CA was accepted");
        QCOMPARE(result.error().kind(), ApiError::Kind::Tls);
        QCOMPARE(m_sandbox->sessionCount(), 0);
    }

    // The desk keeps one client and switches its connection with the profile: what one
    // profile's CA made trusted must not carry another profile's credentials.
    void trustIsNotCarriedOverToAnotherProfile()
    {
        Api::ApiConnection trusting = TestSupport::sandboxConnection(*m_sandbox);
        trusting.extraCaCertificates = {certificateFrom("ca.pem")};
        Api::ApiConnection plain = TestSupport::sandboxConnection(*m_sandbox);
        Api::ApiConnection unrelated = plain;
        unrelated.extraCaCertificates = {certificateFrom("unrelated-ca.pem")};
        Api::EnrolmentClient client(m_network.get(), trusting);
        const auto created = [&client] {
            const Domain::EnrolmentRequest request = makeRequest();
            return TestSupport::waitForResult<Domain::CreatedSession>(
                [&](QObject* context, auto done) { client.initialize(request, context, done); });
        };
        QVERIFY2(created().ok(), "the trusted profile failed");
        client.setConnection(plain);
        auto refused = created();
        QVERIFY2(!refused.ok(), "a connection trusted by the previous profile was reused");
        QCOMPARE(refused.error().kind(), ApiError::Kind::Tls);
        client.setConnection(trusting);
        QVERIFY2(created().ok(), "the trusted profile failed after a refusal");
        client.setConnection(unrelated);
        refused = created();
        QVERIFY2(!refused.ok(), "a connection trusted by another CA was reused");
        QCOMPARE(refused.error().kind(), ApiError::Kind::Tls);
        QCOMPARE(m_sandbox->sessionCount(), 2);
    }

    void profileCaBundleWorks()
    {
        Config::Profile profile = sandboxProfile();
        profile.caBundlePath = tlsFile("ca.pem");
        QString problem;
        auto connection = Desk::connectionFromProfile(profile, &problem);
        QVERIFY2(connection.has_value(), qPrintable(problem));
        QCOMPARE(connection->extraCaCertificates.size(), 1);
        connection->password = QStringLiteral("demo");
        const auto result = initialize(*connection);
        QVERIFY2(result.ok(), qPrintable(describe(result)));

        profile.caBundlePath.clear();
        connection = Desk::connectionFromProfile(profile, &problem);
        QVERIFY(connection.has_value());
        connection->password = QStringLiteral("demo");
        const auto refused = initialize(*connection);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ApiError::Kind::Tls);
    }

    void unusableCaBundleIsAClearProblem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/enrolment-desk/ca.pem");
        QTest::newRow("no certificate in it") << tlsFile("server.key");
        QTest::newRow("a folder") << QStringLiteral(ENROLMENT_TEST_DATA "/tls");
    }
    void unusableCaBundleIsAClearProblem()
    {
        QFETCH(QString, path);
        Config::Profile profile = sandboxProfile();
        profile.caBundlePath = path;
        QString problem;
        const auto connection = Desk::connectionFromProfile(profile, &problem);
        QVERIFY2(!connection.has_value(), "an unusable CA bundle was silently accepted");
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("CA bundle")), qPrintable(problem));
    }

    void commandLineRefusesWithoutTheCaAndWorksWithIt()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));

        QProcess sandbox;
        sandbox.setProcessEnvironment(environment);
        sandbox.start(TestSupport::desktopBinary(),
                      {QStringLiteral("sandbox"), QStringLiteral("--tls-cert"),
                       tlsFile("server.pem"), QStringLiteral("--tls-key"), tlsFile("server.key")});
        QVERIFY(sandbox.waitForStarted());
        QVERIFY2(sandbox.waitForReadyRead(10000), sandbox.readAllStandardError().constData());
        const QUrl base(text(sandbox.readLine()).trimmed());
        QCOMPARE(base.scheme(), QStringLiteral("https"));
        QVERIFY(base.port() > 0);

        const QStringList common = {QStringLiteral("--return-url"),
                                    QStringLiteral("https://bank.example/done"),
                                    QStringLiteral("--json")};
        const ProcessResult refused = runDesk(
            QStringList{QStringLiteral("initialize"), QStringLiteral("--api-url"), base.toString(),
                        QStringLiteral("--username"), QStringLiteral("demo")}
                << common,
            environment);
        QVERIFY2(
            refused.exitCode == 5,
            qPrintable(
                QStringLiteral("exit code %1: %2").arg(refused.exitCode).arg(text(refused.err))));
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(text(refused.err).contains(QLatin1String("Enrolment Desk Test CA")),
                 refused.err.constData());

        {
            QSettings settings(
                home.filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")),
                QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/tls/baseUrl"), base.toString());
            settings.setValue(QStringLiteral("profiles/tls/username"), QStringLiteral("demo"));
            settings.setValue(QStringLiteral("profiles/tls/caBundlePath"), tlsFile("ca.pem"));
        }
        const ProcessResult trusted =
            runDesk(QStringList{QStringLiteral("initialize"), QStringLiteral("--profile"),
                                QStringLiteral("tls")}
                        << common,
                    environment);
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        QVERIFY2(text(trusted.out).contains(QLatin1String("\"https://127.0.0.1:")),
                 trusted.out.constData());

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void sandboxCommandExplainsUnusableFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        const QString missing = QStringLiteral("/nonexistent/enrolment-desk/server.pem");
        QTest::newRow("missing certificate")
            << QStringList{QStringLiteral("--tls-cert"), missing, QStringLiteral("--tls-key"),
                           tlsFile("server.key")}
            << 2 << missing;
        QTest::newRow("key given as certificate")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.key"),
                           QStringLiteral("--tls-key"), tlsFile("server.key")}
            << 2 << QStringLiteral("holds no PEM certificate");
        QTest::newRow("certificate given as key")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem"),
                           QStringLiteral("--tls-key"), tlsFile("ca.pem")}
            << 2 << QStringLiteral("private key");
        QTest::newRow("missing key")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem"),
                           QStringLiteral("--tls-key"),
                           QStringLiteral("/nonexistent/enrolment-desk/server.key")}
            << 2 << QStringLiteral("/nonexistent/enrolment-desk/server.key");
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem")} << 2
            << QStringLiteral("--tls-key");
    }
    void sandboxCommandExplainsUnusableFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        QTemporaryDir home;
        const ProcessResult result =
            runDesk(QStringList{QStringLiteral("sandbox")} << arguments,
                    TestSupport::isolatedEnvironment(home.path()), {}, 10000);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(text(result.err).contains(messagePart), result.err.constData());
    }

private:
    Api::Result<Domain::CreatedSession> initialize(const Api::ApiConnection& connection)
    {
        Api::EnrolmentClient client(m_network.get(), connection);
        const Domain::EnrolmentRequest request = makeRequest();
        return TestSupport::waitForResult<Domain::CreatedSession>(
            [&](QObject* context, auto done) { client.initialize(request, context, done); });
    }
    Config::Profile sandboxProfile() const
    {
        Config::Profile profile;
        profile.name = QStringLiteral("tls");
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        return profile;
    }

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
