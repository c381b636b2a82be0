#include "testsupport.h"

#include "api/enrolmentclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QTimer>

namespace TestSupport {

QString desktopBinary()
{
    return qEnvironmentVariable("ENROLMENT_DESK_BINARY");
}

std::unique_ptr<Sandbox::SandboxServer> startSandbox(Sandbox::SandboxOptions options)
{
    auto sandbox = std::make_unique<Sandbox::SandboxServer>(std::move(options));
    QString problem;
    if (!sandbox->start(&problem))
        QTest::qFail(qPrintable(QStringLiteral("the sandbox did not start: ") + problem), __FILE__,
                     __LINE__);
    return sandbox;
}

Domain::EnrolmentRequest validRequest(const Domain::EnrolmentRequestInput& input, const char* file,
                                      int line)
{
    auto validated = Domain::EnrolmentRequest::create(input, QDate(2026, 1, 1));
    if (validated.request)
        return *validated.request;
    QTest::qFail(qPrintable(QStringLiteral("the test's request is invalid: ") +
                            validated.errors.first().message),
                 file, line);
    Domain::EnrolmentRequestInput returnOnly;
    returnOnly.returnUrl = input.returnUrl;
    return *Domain::EnrolmentRequest::create(returnOnly, QDate(2026, 1, 1)).request;
}

QString createSandboxSession(const Sandbox::SandboxServer& sandbox, const QString& externalId)
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = externalId;
    const Domain::EnrolmentRequest request = TEST_REQUEST(input);
    QNetworkAccessManager network;
    Api::EnrolmentClient client(&network, sandboxConnection(sandbox));
    const auto created = waitForResult<Domain::CreatedSession>(
        [&](QObject* context, auto done) { client.initialize(request, context, done); });
    if (!created.ok())
        QTest::qFail(qPrintable(QStringLiteral("the sandbox did not create a session: ") +
                                created.error().userMessage()),
                     __FILE__, __LINE__);
    return request.sessionId();
}

TestClock::TestClock()
    : m_now(std::make_shared<QDateTime>(
          QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)))
{}

Api::ApiConnection sandboxConnection(const Sandbox::SandboxServer& sandbox)
{
    Api::ApiConnection connection;
    connection.baseUrl = sandbox.baseUrl();
    connection.username = QStringLiteral("demo");
    connection.password = QStringLiteral("demo");
    connection.timeout = std::chrono::seconds(30); // generous on a busy machine
    connection.retryBaseDelay = std::chrono::milliseconds(50);
    return connection;
}

QProcessEnvironment isolatedEnvironment(const QString& folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ENROLMENT_DESK_PASSWORD"));
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
    // English messages whatever the machine's language; the translation tests set their own.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

ProcessResult runDesk(const QStringList& arguments, const QProcessEnvironment& environment,
                      const QByteArray& standardInput, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    process.start(desktopBinary(), arguments);
    if (!process.waitForStarted(30000)) {
        QTest::qFail(qPrintable(QStringLiteral("could not start %1: %2")
                                    .arg(desktopBinary(), process.errorString())),
                     __FILE__, __LINE__);
        return result;
    }
    process.write(standardInput);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (result.timedOut) {
        process.kill();
        process.waitForFinished(30000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestSupport
