#include "journallog.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace System {
namespace {

void writeWithPriority(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray lines = journalLines(type, qFormatLogMessage(type, context, message));
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

int journalPriority(QtMsgType type)
{
    switch (type) {
    case QtFatalMsg:
        return 2; // critical
    case QtCriticalMsg:
        return 3; // error
    case QtWarningMsg:
        return 4; // warning
    case QtInfoMsg:
        return 6; // info
    case QtDebugMsg:
        return 7; // debug
    }
    return 6;
}

QByteArray journalLines(QtMsgType type, const QString& formatted)
{
    const QByteArray prefix = '<' + QByteArray::number(journalPriority(type)) + '>';
    QByteArray out;
    const QStringList lines = formatted.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        out += prefix + line.toLocal8Bit() + '\n';
    return out;
}

bool isJournalStream(int fd, const QByteArray& journalStream)
{
#if defined(Q_OS_UNIX)
    const int colon = journalStream.indexOf(':');
    if (colon <= 0)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = journalStream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = journalStream.mid(colon + 1).toULongLong(&inodeOk);
    struct stat status = {};
    if (!deviceOk || !inodeOk || ::fstat(fd, &status) != 0)
        return false;
    return qulonglong(status.st_dev) == device && qulonglong(status.st_ino) == inode;
#else
    Q_UNUSED(fd);
    Q_UNUSED(journalStream);
    return false;
#endif
}

bool installJournalPriorities()
{
#if defined(Q_OS_UNIX)
    if (!isJournalStream(STDERR_FILENO, qgetenv("JOURNAL_STREAM")))
        return false;
    qInstallMessageHandler(writeWithPriority);
    return true;
#else
    return false;
#endif
}

} // namespace System
