#pragma once
// Turns a Qt Sql error on the session history into one sentence for staff that names the file
// (locked, damaged, full, unwritable...). The technical detail goes to the enrolment.history
// debug log only.

#include <QLoggingCategory>
#include <QSqlError>
#include <QString>

namespace History {

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

QString storageProblem(const QSqlError& error, const QString& path);

// The file exists but holds some other program's database.
QString notAHistoryProblem(const QString& path);
// Written by a newer Enrolment Desk whose format this build cannot read safely.
QString newerVersionProblem(const QString& path, int fileVersion, int knownVersion);
// The folder for the file could not be created.
QString folderProblem(const QString& folder);
// Qt's SQLite driver (libqt6sql6-sqlite) is not installed.
QString driverProblem();

} // namespace History
