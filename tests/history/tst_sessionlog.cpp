// History::SessionLog: the schema of a new file, migration from a hand-made version 1 file, round
// trips, search filters and order, and every bad file (garbage, damaged page, locked, another
// program's database, newer version, unwritable place, full disk) as one clear problem.

#include "history/sessionlog.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using History::HistoryFilter;
using History::SessionLog;
using History::SessionRecord;

namespace {

const QString IdA = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");
const QString IdB = QStringLiteral("0f2b6a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
const QString IdC = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

SessionRecord sample(const QString& id, const QString& created, const QString& externalId = {})
{
    SessionRecord record;
    record.sessionId = id;
    record.externalId = externalId;
    record.profile = QStringLiteral("Branch 7");
    record.createdUtc = utc(created);
    record.expiresUtc = record.createdUtc.addSecs(3600);
    record.lastStatus = QStringLiteral("PENDING");
    record.updatedUtc = record.createdUtc;
    return record;
}

// A plain Qt Sql connection of the test's own, to build and inspect files by hand.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(m_database.open());
    }
    ~RawConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& statement)
    {
        QSqlQuery query(m_database);
        const bool ok = query.exec(statement);
        if (!ok)
            qWarning() << statement << query.lastError().text();
        return ok;
    }
    QVariant value(const QString& statement)
    {
        QSqlQuery query(m_database);
        return query.exec(statement) && query.next() ? query.value(0) : QVariant();
    }
    QStringList columns(const QString& table) { return fieldsOf(m_database.record(table)); }

private:
    static QStringList fieldsOf(const QSqlRecord& record)
    {
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_database;
};

const QStringList CurrentColumns = {QStringLiteral("session_id"),     QStringLiteral("external_id"),
                                    QStringLiteral("profile"),        QStringLiteral("created_utc"),
                                    QStringLiteral("expires_utc"),    QStringLiteral("last_status"),
                                    QStringLiteral("decision_level"), QStringLiteral("updated_utc"),
                                    QStringLiteral("deleted_utc"),    QStringLiteral("outcome")};

} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT

private:
    QString path(const QString& name = QStringLiteral("history.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<SessionLog> openLog(const QString& file)
    {
        QString problem;
        auto log = SessionLog::open(file, &problem, std::chrono::milliseconds(100));
        if (!log)
            qWarning() << problem;
        return log;
    }
    QString problemOpening(const QString& file)
    {
        QString problem;
        const auto log = SessionLog::open(file, &problem, std::chrono::milliseconds(100));
        return log ? QString() : problem;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsFoldersAndTheSchema()
    {
        const QString file = path(QStringLiteral("a/b/history.sqlite"));
        QVERIFY(openLog(file));
        QVERIFY(QFile::exists(file));
        QCOMPARE(SessionLog::schemaVersion(), 3);
        RawConnection raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(raw.columns(QStringLiteral("sessions")), CurrentColumns);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QVERIFY(!(QFile::permissions(file) & others));
    }

    void defaultPathIsInTheApplicationData()
    {
        QVERIFY(SessionLog::defaultPath().endsWith(QLatin1String("/history.sqlite")));
    }

    void eachLogHasItsOwnConnection()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            const auto first = openLog(path());
            const auto second = openLog(path());
            QVERIFY(first && second);
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
            QVERIFY(
                first->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), nullptr));
            QVERIFY(second->find(IdA, nullptr));
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    // The driver loads ahead (while `initialize` waits for the platform) without a file or a
    // connection left behind, and a log opens as before afterwards.
    void preloadingTheDriverOpensNothing()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
        SessionLog::preloadDriver();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
        const auto log = openLog(path());
        QVERIFY(log);
        QVERIFY(log->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), nullptr));
    }

    void roundTrip()
    {
        auto log = openLog(path());
        SessionRecord record = sample(IdA, QStringLiteral("2024-05-01T09:30:15.250Z"),
                                      QStringLiteral("CASE-17 ünïcode"));
        record.decisionLevel = QStringLiteral("HIGH");
        record.lastStatus = QStringLiteral("AUTO_APPROVED");
        record.updatedUtc = utc(QStringLiteral("2024-05-01T09:40:00Z"));
        record.deletedUtc = utc(QStringLiteral("2024-05-02T08:00:00Z"));
        QString problem;
        QVERIFY2(log->recordCreated(record, &problem), qPrintable(problem));
        const auto found = log->find(IdA, &problem);
        QVERIFY(found);
        QCOMPARE(found->sessionId, record.sessionId);
        QCOMPARE(found->externalId, record.externalId);
        QCOMPARE(found->profile, record.profile);
        QCOMPARE(found->createdUtc, record.createdUtc);
        QCOMPARE(found->createdUtc.timeSpec(), Qt::UTC);
        QCOMPARE(found->expiresUtc, record.expiresUtc);
        QCOMPARE(found->lastStatus, record.lastStatus);
        QCOMPARE(found->decisionLevel, record.decisionLevel);
        QCOMPARE(found->updatedUtc, record.updatedUtc);
        QCOMPARE(found->deletedUtc, record.deletedUtc);
        QVERIFY(!log->find(IdB, &problem));
    }

    void absentValuesAreNull()
    {
        auto log = openLog(path());
        SessionRecord record = sample(IdA, QStringLiteral("2024-05-01T09:30:00Z"));
        record.expiresUtc.reset();
        QVERIFY(log->recordCreated(record, nullptr));
        const auto found = log->find(IdA, nullptr);
        QVERIFY(found && !found->expiresUtc && !found->deletedUtc);
        QVERIFY(found->externalId.isEmpty() && found->decisionLevel.isEmpty());
        RawConnection raw(path());
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM sessions WHERE external_id IS NULL "
                                         "AND expires_utc IS NULL AND decision_level IS NULL AND "
                                         "deleted_utc IS NULL"))
                    .toInt() == 1);
    }

    void statusUpdatesKeepTheNewestReading()
    {
        auto log = openLog(path());
        QVERIFY(log->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), nullptr));
        QVERIFY(log->recordStatus(IdA, QStringLiteral("AUTO_REJECTED"), QStringLiteral("LOW"),
                                  utc(QStringLiteral("2024-05-01T09:10:00Z")), nullptr));
        // An older reading from a slower process does not win.
        QVERIFY(log->recordStatus(IdA, QStringLiteral("PENDING"), QString(),
                                  utc(QStringLiteral("2024-05-01T09:05:00Z")), nullptr));
        auto found = log->find(IdA, nullptr);
        QCOMPARE(found->lastStatus, QStringLiteral("AUTO_REJECTED"));
        QCOMPARE(found->decisionLevel, QStringLiteral("LOW"));
        QCOMPARE(found->updatedUtc, utc(QStringLiteral("2024-05-01T09:10:00Z")));
        // A session created elsewhere is not a problem, and is not added.
        QVERIFY(log->recordStatus(IdB, QStringLiteral("PENDING"), QString(),
                                  QDateTime::currentDateTimeUtc(), nullptr));
        QVERIFY(!log->find(IdB, nullptr));
    }

    void deletionKeepsTheFirstTime()
    {
        auto log = openLog(path());
        QVERIFY(log->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), nullptr));
        QVERIFY(log->recordDeleted(IdA, utc(QStringLiteral("2024-05-03T10:00:00Z")), nullptr));
        QVERIFY(log->recordDeleted(IdA, utc(QStringLiteral("2024-05-04T10:00:00Z")), nullptr));
        QCOMPARE(log->find(IdA, nullptr)->deletedUtc, utc(QStringLiteral("2024-05-03T10:00:00Z")));
    }

    void recordingAgainReplaces()
    {
        auto log = openLog(path());
        QVERIFY(log->recordCreated(
            sample(IdA, QStringLiteral("2024-05-01T09:00:00Z"), QStringLiteral("old")), nullptr));
        QVERIFY(log->recordCreated(
            sample(IdA, QStringLiteral("2024-05-02T09:00:00Z"), QStringLiteral("new")), nullptr));
        const auto all = log->search({}, nullptr);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().externalId, QStringLiteral("new"));
        QString problem;
        QVERIFY(!log->recordCreated(SessionRecord{}, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void searchFiltersAndOrder()
    {
        auto log = openLog(path());
        QVERIFY(log->recordCreated(
            sample(IdA, QStringLiteral("2024-05-01T12:00:00Z"), QStringLiteral("CASE-17")),
            nullptr));
        QVERIFY(log->recordCreated(
            sample(IdB, QStringLiteral("2024-05-03T12:00:00Z"), QStringLiteral("case-170 50%")),
            nullptr));
        QVERIFY(log->recordCreated(
            sample(IdC, QStringLiteral("2024-05-05T12:00:00Z"), QStringLiteral("other_1")),
            nullptr));
        const auto ids = [&](HistoryFilter filter) {
            filter.timeZone = QTimeZone::utc();
            QString problem;
            QStringList result;
            for (const SessionRecord& record : log->search(filter, &problem))
                result.append(record.sessionId);
            if (!problem.isEmpty())
                qWarning() << problem;
            return result;
        };
        QCOMPARE(ids({}), QStringList({IdC, IdB, IdA})); // newest first
        HistoryFilter filter;
        filter.externalIdContains = QStringLiteral("case-17");
        QCOMPARE(ids(filter), QStringList({IdB, IdA})); // ignoring case
        filter.externalIdContains = QStringLiteral("50%");
        QCOMPARE(ids(filter), QStringList({IdB}));
        filter.externalIdContains = QStringLiteral("%");
        QCOMPARE(ids(filter), QStringList({IdB})); // wildcards are literal
        filter.externalIdContains = QStringLiteral("r_");
        QCOMPARE(ids(filter), QStringList({IdC}));
        filter = {};
        filter.from = QDate(2024, 5, 3);
        QCOMPARE(ids(filter), QStringList({IdC, IdB}));
        filter.to = QDate(2024, 5, 3); // both days inclusive
        QCOMPARE(ids(filter), QStringList({IdB}));
        filter.from.reset();
        QCOMPARE(ids(filter), QStringList({IdB, IdA}));
        filter = {};
        filter.limit = 2;
        QCOMPARE(ids(filter), QStringList({IdC, IdB}));
        filter.limit = 0;
        QCOMPARE(ids(filter).size(), 3);
    }

    void migratesFromVersionOne()
    {
        {
            RawConnection raw(path());
            // Version 1 exactly as it was released: no deleted_utc column.
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE sessions (session_id TEXT PRIMARY KEY NOT NULL, external_id TEXT, "
                "profile TEXT NOT NULL, created_utc TEXT NOT NULL, expires_utc TEXT, "
                "last_status TEXT NOT NULL, decision_level TEXT, updated_utc TEXT NOT NULL)")));
            QVERIFY(raw.exec(
                QStringLiteral("CREATE INDEX sessions_by_created ON sessions (created_utc)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO sessions VALUES ('ad90c821-e5ea-4385-be5b-4fc9f9ea24ee', 'CASE-1', "
                "'qa', '2024-01-02T03:04:05.000Z', NULL, 'MANUAL_APPROVED', 'MEDIUM', "
                "'2024-01-02T04:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        auto log = openLog(path());
        QVERIFY(log);
        const auto found = log->find(IdA, nullptr);
        QVERIFY(found);
        QCOMPARE(found->externalId, QStringLiteral("CASE-1"));
        QCOMPARE(found->profile, QStringLiteral("qa"));
        QCOMPARE(found->createdUtc, utc(QStringLiteral("2024-01-02T03:04:05Z")));
        QCOMPARE(found->lastStatus, QStringLiteral("MANUAL_APPROVED"));
        QCOMPARE(found->decisionLevel, QStringLiteral("MEDIUM"));
        QVERIFY(!found->expiresUtc && !found->deletedUtc);
        QVERIFY(log->recordDeleted(IdA, utc(QStringLiteral("2024-02-01T00:00:00Z")), nullptr));
        QVERIFY(log->find(IdA, nullptr)->deletedUtc);
        log.reset();
        RawConnection raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(raw.columns(QStringLiteral("sessions")), CurrentColumns);
    }

    void garbageFileIsDamaged()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        file.write(garbage);
        file.close();
        const QString problem = problemOpening(path());
        QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
        QVERIFY(problem.contains(QDir::toNativeSeparators(path())));
        QFile again(path());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), garbage); // left as it was, for whoever investigates
    }

    void damagedTablePageIsReportedOnRead()
    {
        {
            auto log = openLog(path());
            for (const QString& id : {IdA, IdB, IdC})
                QVERIFY(log->recordCreated(sample(id, QStringLiteral("2024-05-01T09:00:00Z")),
                                           nullptr));
        }
        {
            RawConnection raw(path());
            QVERIFY(raw.value(QStringLiteral("PRAGMA page_size")).toInt() == 4096);
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096)); // page 2: the sessions table
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        QString problem;
        auto log = SessionLog::open(path(), &problem);
        if (log) {
            QVERIFY(log->search({}, &problem).isEmpty());
        }
        QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
    }

    void lockedFile()
    {
        auto log = openLog(path());
        QVERIFY(log);
        RawConnection other(path());
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QString problem;
        QVERIFY(!log->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), &problem));
        QVERIFY2(problem.contains(QLatin1String("locked")), qPrintable(problem));
        problem = problemOpening(path());
        QVERIFY2(problem.contains(QLatin1String("locked")), qPrintable(problem));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(log->recordCreated(sample(IdA, QStringLiteral("2024-05-01T09:00:00Z")), nullptr));
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        }
        const QString problem = problemOpening(path());
        QVERIFY2(problem.contains(QLatin1String("another program")), qPrintable(problem));
        RawConnection raw(path());
        QVERIFY(raw.columns(QStringLiteral("sessions")).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }

    void newerVersionIsRefused()
    {
        QVERIFY(openLog(path()));
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 9")));
        }
        const QString problem = problemOpening(path());
        QVERIFY2(problem.contains(QLatin1String("newer")), qPrintable(problem));
    }

    // Issue 14 item 12: a first run killed while the file was created left it readable by all.
    void fileLeftReadableByOthersIsTightened()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(openLog(path()));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
    }

    void fileIsOwnerOnlyBeforeSqliteWritesIt()
    {
        // Whatever the umask, the file exists owner-only before the schema is written into it.
        const mode_t previous = ::umask(0);
        auto log = openLog(path());
        ::umask(previous);
        QVERIFY(log);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
    }

    void outcomesAndTheirEnd()
    {
        auto log = openLog(path());
        QVERIFY(log);
        SessionRecord record;
        record.sessionId = IdA;
        record.profile = QStringLiteral("qa");
        record.createdUtc = utc(QStringLiteral("2024-05-01T09:30:00Z"));
        record.outcome = History::Outcome::Sending;
        QVERIFY(log->recordCreated(record, nullptr));
        QCOMPARE(log->find(IdA, nullptr)->outcome, History::Outcome::Sending);
        QVERIFY(log->recordOutcome(IdA, History::Outcome::ReplyLost, std::nullopt, nullptr));
        QCOMPARE(log->find(IdA, nullptr)->outcome, History::Outcome::ReplyLost);
        // A status read proves the session exists: the outcome is over.
        QVERIFY(log->recordStatus(IdA, QStringLiteral("PENDING"), QString(),
                                  utc(QStringLiteral("2024-05-01T09:31:00Z")), nullptr));
        QVERIFY(log->find(IdA, nullptr)->outcome.isEmpty());
        // Created after all: the expiry arrives with it.
        QVERIFY(log->recordOutcome(IdA, QString(), utc(QStringLiteral("2024-05-01T10:30:00Z")),
                                   nullptr));
        QCOMPARE(*log->find(IdA, nullptr)->expiresUtc, utc(QStringLiteral("2024-05-01T10:30:00Z")));
        QVERIFY(log->forget(IdA, nullptr));
        QVERIFY(!log->find(IdA, nullptr));
    }

    void emptyFileStartsAHistory()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(openLog(path()));
    }

    void unusablePlaces()
    {
        QFile blocker(path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString problem = problemOpening(path(QStringLiteral("blocker/history.sqlite")));
        QVERIFY2(problem.contains(QLatin1String("cannot be created")), qPrintable(problem));

        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.sqlite")));
        problem = problemOpening(path(QStringLiteral("folder.sqlite")));
        QVERIFY2(problem.contains(QLatin1String("cannot be opened")), qPrintable(problem));
    }

    void unwritableFolder()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
            QSKIP("this user can write into read-only folders (root)");
        }
        const QString problem = problemOpening(folder + QStringLiteral("/history.sqlite"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY2(problem.contains(QLatin1String("cannot be opened")), qPrintable(problem));
    }

    void fullDisk()
    {
        auto log = openLog(path());
        QVERIFY(log);
        // Cap the file at its current size through the log's own connection: the same
        // SQLITE_FULL a full disk gives.
        QString name;
        for (const QString& connection : QSqlDatabase::connectionNames()) {
            if (connection.startsWith(QLatin1String("enrolment-history-")))
                name = connection;
        }
        QSqlQuery cap(QSqlDatabase::database(name, false));
        QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = 3")));
        cap.finish();
        QString problem;
        const QString externalId(512, QLatin1Char('x'));
        for (int i = 0; i < 100 && problem.isEmpty(); ++i) {
            SessionRecord record = sample(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          QStringLiteral("2024-05-01T09:00:00Z"), externalId);
            log->recordCreated(record, &problem);
        }
        QVERIFY2(problem.contains(QLatin1String("full")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
