#include "sessionlog.h"

#include "schema.h"
#include "storageproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace History {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(History::SessionLog)
};

const QString Columns =
    QStringLiteral("session_id, external_id, profile, created_utc, expires_utc, last_status, "
                   "decision_level, updated_utc, deleted_utc, outcome");

// Fixed width, so that text order is time order.
QString stored(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QVariant storedOrNull(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? QVariant(stored(*time)) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime timeFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<QDateTime> optionalTimeFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QDateTime time = timeFrom(value);
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

SessionRecord recordFrom(const QSqlQuery& query)
{
    SessionRecord record;
    record.sessionId = query.value(0).toString();
    record.externalId = query.value(1).toString();
    record.profile = query.value(2).toString();
    record.createdUtc = timeFrom(query.value(3));
    record.expiresUtc = optionalTimeFrom(query.value(4));
    record.lastStatus = query.value(5).toString();
    record.decisionLevel = query.value(6).toString();
    record.updatedUtc = timeFrom(query.value(7));
    record.deletedUtc = optionalTimeFrom(query.value(8));
    record.outcome = query.value(9).toString();
    return record;
}

// "%" and "_" typed by staff are matched literally.
QString likePattern(const QString& contains)
{
    QString escaped = contains;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void setProblem(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates path empty with owner-only permissions when it is missing (an empty file is a new
// database to SQLite), and takes group and others' rights from an existing one.
bool ensureOwnerOnly(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return true; // not a history at all: opening it says so
    if (!file.exists()) {
        // When it cannot be created (a read-only folder), opening it says why.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            file.close();
        return true;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((file.permissions() & others) == 0)
        return true;
    return file.setPermissions(file.permissions() & ~others);
}

} // namespace

void SessionLog::preloadDriver()
{
    const QString connection = QStringLiteral("enrolment-desk-preload");
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    // The plugin stays loaded for the connections opened later.
    QSqlDatabase::removeDatabase(connection);
}

SessionLog::SessionLog(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{}

SessionLog::~SessionLog()
{
    m_database.close();
    m_database = QSqlDatabase(); // the last handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<SessionLog> SessionLog::open(const QString& path, QString* problem,
                                             std::chrono::milliseconds busyTimeout)
{
    QString text;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        setProblem(problem, folderProblem(info.absolutePath()));
        return nullptr;
    }
    // Case numbers are nobody else's business: the file is made owner-only before SQLite opens
    // it, and a file left readable by others (a first run killed while creating it) is tightened.
    if (!ensureOwnerOnly(info.absoluteFilePath())) {
        setProblem(problem, Text::tr("The session history %1 cannot be made private to its "
                                     "owner.")
                                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return nullptr;
    }
    static std::atomic<int> connections{0};
    std::unique_ptr<SessionLog> log(new SessionLog(
        info.absoluteFilePath(), QStringLiteral("enrolment-history-%1").arg(++connections)));
    QSqlDatabase& database = log->m_database;
    if (!database.isValid()) {
        setProblem(problem, driverProblem());
        return nullptr;
    }
    database.setDatabaseName(log->m_path);
    // Another desk or command writing at the same moment is waited for, briefly.
    database.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax<qint64>(0, busyTimeout.count())));
    if (!database.open()) {
        setProblem(problem, storageProblem(database.lastError(), log->m_path));
        return nullptr;
    }
    if (!Schema::migrate(database, log->m_path, &text)) {
        setProblem(problem, text);
        return nullptr;
    }
    return log;
}

QString SessionLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

int SessionLog::schemaVersion()
{
    return Schema::currentVersion();
}

bool SessionLog::recordCreated(const SessionRecord& record, QString* problem)
{
    if (record.sessionId.isEmpty() || !record.createdUtc.isValid()) {
        setProblem(problem, Text::tr("A session needs an id and a creation time to be recorded."));
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions (%1) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(Columns));
    query.addBindValue(record.sessionId);
    query.addBindValue(textOrNull(record.externalId));
    query.addBindValue(record.profile);
    query.addBindValue(stored(record.createdUtc));
    query.addBindValue(storedOrNull(record.expiresUtc));
    query.addBindValue(record.lastStatus.isEmpty() ? QStringLiteral("PENDING") : record.lastStatus);
    query.addBindValue(textOrNull(record.decisionLevel));
    query.addBindValue(stored(record.updatedUtc.isValid() ? record.updatedUtc : record.createdUtc));
    query.addBindValue(storedOrNull(record.deletedUtc));
    query.addBindValue(textOrNull(record.outcome));
    if (query.exec())
        return true;
    setProblem(problem, storageProblem(query.lastError(), m_path));
    return false;
}

bool SessionLog::recordOutcome(const QString& sessionId, const QString& outcome,
                               const std::optional<QDateTime>& expiresUtc, QString* problem)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sessions SET outcome = ?, "
                                 "expires_utc = coalesce(?, expires_utc) WHERE session_id = ?"));
    query.addBindValue(textOrNull(outcome));
    query.addBindValue(storedOrNull(expiresUtc));
    query.addBindValue(sessionId);
    if (query.exec())
        return true;
    setProblem(problem, storageProblem(query.lastError(), m_path));
    return false;
}

bool SessionLog::forget(const QString& sessionId, QString* problem)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (query.exec())
        return true;
    setProblem(problem, storageProblem(query.lastError(), m_path));
    return false;
}

QString outcomeText(const QString& outcome)
{
    if (outcome == Outcome::Sending)
        return Text::tr("no reply recorded");
    if (outcome == Outcome::ReplyLost)
        return Text::tr("reply lost");
    if (outcome == Outcome::ReplyRejected)
        return Text::tr("reply rejected");
    if (outcome == Outcome::Refused)
        return Text::tr("refused by the platform");
    if (outcome == Outcome::Cancelled)
        return Text::tr("cancelled");
    return outcome;
}

bool SessionLog::recordStatus(const QString& sessionId, const QString& status,
                              const QString& decisionLevel, const QDateTime& updatedUtc,
                              QString* problem)
{
    const QString when =
        stored(updatedUtc.isValid() ? updatedUtc : QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_database);
    // A slower process must not overwrite a newer reading with an older one.
    query.prepare(QStringLiteral("UPDATE sessions SET last_status = ?, decision_level = ?, "
                                 "updated_utc = ?, outcome = NULL "
                                 "WHERE session_id = ? AND updated_utc <= ?"));
    query.addBindValue(status);
    query.addBindValue(textOrNull(decisionLevel));
    query.addBindValue(when);
    query.addBindValue(sessionId);
    query.addBindValue(when);
    if (query.exec())
        return true;
    setProblem(problem, storageProblem(query.lastError(), m_path));
    return false;
}

bool SessionLog::recordDeleted(const QString& sessionId, const QDateTime& deletedUtc,
                               QString* problem)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sessions SET deleted_utc = coalesce(deleted_utc, ?) "
                                 "WHERE session_id = ?"));
    query.addBindValue(stored(deletedUtc.isValid() ? deletedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(sessionId);
    if (query.exec())
        return true;
    setProblem(problem, storageProblem(query.lastError(), m_path));
    return false;
}

std::optional<SessionRecord> SessionLog::find(const QString& sessionId, QString* problem) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE session_id = ?").arg(Columns));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        setProblem(problem, storageProblem(query.lastError(), m_path));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return recordFrom(query);
}

QList<SessionRecord> SessionLog::search(const HistoryFilter& filter, QString* problem) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.externalIdContains.isEmpty()) {
        conditions.append(QStringLiteral("external_id LIKE ? ESCAPE '\\'"));
        values.append(likePattern(filter.externalIdContains));
    }
    if (filter.from) {
        conditions.append(QStringLiteral("created_utc >= ?"));
        values.append(stored(filter.from->startOfDay(filter.timeZone)));
    }
    if (filter.to) {
        conditions.append(QStringLiteral("created_utc < ?"));
        values.append(stored(filter.to->addDays(1).startOfDay(filter.timeZone)));
    }
    values.append(filter.limit > 0 ? filter.limit : -1); // SQLite: a negative LIMIT is none

    QString statement = QStringLiteral("SELECT %1 FROM sessions").arg(Columns);
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY created_utc DESC, session_id DESC LIMIT ?");

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    QList<SessionRecord> records;
    if (!query.exec()) {
        setProblem(problem, storageProblem(query.lastError(), m_path));
        return records;
    }
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

} // namespace History
