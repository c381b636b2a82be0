#include "storageproblem.h"

#include <QCoreApplication>
#include <QDir>

namespace History {

Q_LOGGING_CATEGORY(lcHistory, "enrolment.history", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(History::SessionLog)
};

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them as the native error code.
enum SqliteCode : int {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    NoMemory = 7,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Auth = 23,
    NotADatabase = 26,
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString storageProblem(const QSqlError& error, const QString& path)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    const int code = ok ? (extended & 0xff) : -1;
    qCDebug(lcHistory) << "SQLite error" << error.nativeErrorCode() << error.databaseText()
                       << error.driverText();
    switch (code) {
    case Busy:
    case Locked:
        return Text::tr("The session history “%1” is locked by another program. Try again in a "
                        "moment.")
            .arg(shown(path));
    case Corrupt:
    case NotADatabase:
        return Text::tr("The session history “%1” is damaged: it is not a readable database. "
                        "Move the file aside; a new, empty history is then started.")
            .arg(shown(path));
    case Full:
        return Text::tr("The disk holding the session history “%1” is full.").arg(shown(path));
    case ReadOnly:
        return Text::tr("The session history “%1” is read-only, so it cannot be updated.")
            .arg(shown(path));
    case Perm:
    case Auth:
    case CantOpen:
        return Text::tr("The session history “%1” cannot be opened: check that the file and its "
                        "folder can be read and written.")
            .arg(shown(path));
    case IoError:
        return Text::tr("The session history “%1” could not be read or written (input/output "
                        "error).")
            .arg(shown(path));
    case NoMemory:
        return Text::tr("There was not enough memory to use the session history “%1”.")
            .arg(shown(path));
    default:
        return Text::tr("The session history “%1” could not be used (SQLite error %2).")
            .arg(shown(path),
                 error.nativeErrorCode().isEmpty() ? QStringLiteral("?") : error.nativeErrorCode());
    }
}

QString notAHistoryProblem(const QString& path)
{
    return Text::tr("The file “%1” is a database of another program, not a session history; it "
                    "was left untouched.")
        .arg(shown(path));
}

QString newerVersionProblem(const QString& path, int fileVersion, int knownVersion)
{
    return Text::tr("The session history “%1” was written by a newer Enrolment Desk (format %2; "
                    "this version knows format %3). Update Enrolment Desk to use it.")
        .arg(shown(path))
        .arg(fileVersion)
        .arg(knownVersion);
}

QString folderProblem(const QString& folder)
{
    return Text::tr("The folder “%1” for the session history cannot be created.")
        .arg(shown(folder));
}

QString driverProblem()
{
    return Text::tr("The session history cannot be kept: Qt's SQLite driver is not installed "
                    "(Debian package libqt6sql6-sqlite).");
}

} // namespace History
