#include "guilauncher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#include <vector>
#endif

namespace GuiLauncher {
namespace {

// On Unix the window program replaces this process: signals (Ctrl+C, a service manager's
// SIGTERM) and the exit status reach it directly, and no launcher stays resident. Returns only
// when exec failed.
void replaceProcess(const QString& program, const QStringList& arguments)
{
#if defined(Q_OS_UNIX)
    std::vector<QByteArray> storage;
    storage.reserve(size_t(arguments.size()) + 1);
    storage.push_back(program.toLocal8Bit());
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    argv.reserve(storage.size() + 1);
    for (QByteArray& item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
#else
    Q_UNUSED(program);
    Q_UNUSED(arguments);
#endif
}

} // namespace

int runWindowProgram(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(
        QString::fromLatin1(GuiProgramName), {QCoreApplication::applicationDirPath()});
    QTextStream err(stderr);
    if (program.isEmpty()) {
        err << QCoreApplication::translate("GuiLauncher",
                                           "enrolment-desk: the window program %1 is not "
                                           "installed next to %2.")
                   .arg(QString::fromLatin1(GuiProgramName),
                        QCoreApplication::applicationFilePath())
            << Qt::endl;
        return 1;
    }
    replaceProcess(program, arguments);

    // Elsewhere (or if exec failed) the window runs as a child whose exit code is passed on.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        err << QStringLiteral("enrolment-desk: %1: %2").arg(program, process.errorString())
            << Qt::endl;
        return 1;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

} // namespace GuiLauncher
