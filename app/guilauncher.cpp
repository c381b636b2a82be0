#include "guilauncher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace GuiLauncher {

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
