#include "testsupport.h"

#include <QEventLoop>
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
        qFatal("sandbox did not start: %s", qPrintable(problem));
    return sandbox;
}

Api::ApiConnection sandboxConnection(const Sandbox::SandboxServer& sandbox)
{
    Api::ApiConnection connection;
    connection.baseUrl = sandbox.baseUrl();
    connection.username = QStringLiteral("demo");
    connection.password = QStringLiteral("demo");
    connection.timeout = std::chrono::seconds(5);
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
    if (!process.waitForStarted(5000))
        qFatal("could not start %s", qPrintable(desktopBinary()));
    process.write(standardInput);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (result.timedOut) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestSupport
