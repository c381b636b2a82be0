#include "schema.h"

#include "storageproblem.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

namespace History::Schema {
namespace {

struct Migration {
    int version; // user_version once it has run
    std::vector<QString> statements;
};

// Append only: a released migration is never edited, so every older file takes the same path.
// Times are ISO-8601 UTC text with milliseconds ("2024-05-01T09:30:00.000Z"): readable with any
// SQLite tool, and ordered as text.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE sessions ("
                         " session_id TEXT PRIMARY KEY NOT NULL,"
                         " external_id TEXT,"
                         " profile TEXT NOT NULL,"
                         " created_utc TEXT NOT NULL,"
                         " expires_utc TEXT,"
                         " last_status TEXT NOT NULL,"
                         " decision_level TEXT,"
                         " updated_utc TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sessions_by_created ON sessions (created_utc)")}},
        // Version 2: when staff deleted the session's data on the platform (right to erasure).
        {2, {QStringLiteral("ALTER TABLE sessions ADD COLUMN deleted_utc TEXT")}},
        // Version 3: how the creation ended when no link came back (NULL: created, or a status was
        // read since), so sessions that may exist on the platform stay findable.
        {3, {QStringLiteral("ALTER TABLE sessions ADD COLUMN outcome TEXT")}},
    };
    return list;
}

bool run(QSqlDatabase& database, const QString& statement, const QString& path, QString* problem)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *problem = storageProblem(query.lastError(), path);
    return false;
}

std::optional<int> readVersion(QSqlDatabase& database, const QString& path, QString* problem)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *problem = storageProblem(query.lastError(), path);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<int> countTables(QSqlDatabase& database, const QString& path, QString* problem)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        *problem = storageProblem(query.lastError(), path);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool migrateLocked(QSqlDatabase& database, const QString& path, QString* problem)
{
    // Read again under the write lock: another process may have migrated meanwhile.
    const auto version = readVersion(database, path, problem);
    if (!version)
        return false;
    if (*version > currentVersion()) {
        *problem = newerVersionProblem(path, *version, currentVersion());
        return false;
    }
    if (*version == 0) {
        const auto tables = countTables(database, path, problem);
        if (!tables)
            return false;
        if (*tables > 0) {
            *problem = notAHistoryProblem(path);
            return false;
        }
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= *version)
            continue;
        for (const QString& statement : migration.statements) {
            if (!run(database, statement, path, problem))
                return false;
        }
    }
    // PRAGMA takes no bound parameters; the number is this build's own constant.
    return run(database, QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()), path,
               problem);
}

} // namespace

int currentVersion()
{
    return migrations().back().version;
}

bool migrate(QSqlDatabase& database, const QString& path, QString* problem)
{
    // The first real accesses: a locked file, or a damaged header or schema page, fails here.
    const auto version = readVersion(database, path, problem);
    if (!version || !countTables(database, path, problem))
        return false;
    if (*version == currentVersion())
        return true;
    if (*version > currentVersion()) {
        *problem = newerVersionProblem(path, *version, currentVersion());
        return false;
    }
    // IMMEDIATE takes the write lock at once, so two desks starting together migrate one by one.
    if (!run(database, QStringLiteral("BEGIN IMMEDIATE"), path, problem))
        return false;
    if (!migrateLocked(database, path, problem)) {
        QString ignored;
        run(database, QStringLiteral("ROLLBACK"), path, &ignored);
        return false;
    }
    if (!run(database, QStringLiteral("COMMIT"), path, problem)) {
        QString ignored;
        run(database, QStringLiteral("ROLLBACK"), path, &ignored);
        return false;
    }
    qCDebug(lcHistory) << "session history migrated from version" << *version << "to"
                       << currentVersion();
    return true;
}

} // namespace History::Schema
