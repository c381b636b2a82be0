#include "commands.h"
#include "exitcodes.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::SandboxCommand)
};

std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int)
{
    stopRequested = true;
}

} // namespace

int runSandbox(const SandboxCommand& command, CliEnvironment& environment)
{
    Sandbox::SandboxOptions options;
    options.address = command.address;
    options.port = command.port;
    options.username = command.username;
    options.password = command.password;
    Sandbox::SandboxServer server(options);
    QString problem;
    if (!server.start(&problem)) {
        reportProblem(environment, QStringLiteral("sandbox"), problem);
        return NetworkError;
    }
    environment.out << server.baseUrl().toString() << Qt::endl;
    environment.err << Text::tr("Sandbox ready: username “%1”. Nothing here is a real "
                                "verification. Stop it with Ctrl+C.")
                           .arg(command.username)
                    << Qt::endl;

    // std::signal is portable C++; the handler only sets a flag, which the loop below reads.
    stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&loop] {
        if (stopRequested)
            loop.quit();
    });
    stopCheck.start(200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    environment.err << Text::tr("Sandbox stopped.") << Qt::endl;
    return Success;
}

} // namespace Cli
