#pragma once
// The session history: one SQLite row per created session, with what staff need to find it again
// (session id, externalId, profile, times, last status and decision level). By construction it
// holds nothing personal: no parameter here can carry a name, a date of birth, a link or a token.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <memory>
#include <optional>

namespace History {

struct SessionRecord {
    QString sessionId;
    QString externalId; // empty: none was given
    QString profile;    // profile name, or "command line"
    QDateTime createdUtc;
    std::optional<QDateTime> expiresUtc; // unknown without the token's exp claim
    QString lastStatus;                  // raw, as the platform sent it, e.g. PENDING
    QString decisionLevel;               // raw, e.g. HIGH; empty: no decision read yet
    QDateTime updatedUtc;                // when lastStatus was read
    std::optional<QDateTime> deletedUtc; // when staff deleted the platform's data
    // How the creation ended, one of the Outcome constants; empty once the session was created
    // (or a status of it was read).
    QString outcome;
};

// What a creation left behind when no usable link came back. Stored as these words (data, not
// translated); outcomeText() says them to staff.
namespace Outcome {
inline const QString Sending = QStringLiteral("sending"); // recorded before the request left
inline const QString ReplyLost = QStringLiteral("reply-lost");
inline const QString ReplyRejected = QStringLiteral("reply-rejected");
inline const QString Refused = QStringLiteral("refused"); // an HTTP error status
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace Outcome

// One phrase for staff, e.g. "reply lost"; empty for a created session.
QString outcomeText(const QString& outcome);

struct HistoryFilter {
    QString externalIdContains; // case-insensitive for ASCII letters; empty: any
    std::optional<QDate> from;  // first calendar day of creation, in timeZone, inclusive
    std::optional<QDate> to;    // last calendar day of creation, in timeZone, inclusive
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    int limit = 1000; // at most this many rows; 0 or less: all
};

// One SQLite file through its own Qt Sql connection. Use it from the thread that opened it.
// Every method returns false / nothing with *problem set to one sentence for staff (naming the
// file) when the file cannot be read or written; it never throws and never crashes on a bad file.
class SessionLog
{
public:
    static constexpr std::chrono::milliseconds DefaultBusyTimeout{2000};

    // Opens the file, creating its folders and the schema, and migrating older versions. Nothing
    // when it is damaged, not a session history, locked, unreadable, from a newer version, or the
    // disk is full.
    static std::unique_ptr<SessionLog>
    open(const QString& path, QString* problem,
         std::chrono::milliseconds busyTimeout = DefaultBusyTimeout);
    // <AppDataLocation>/history.sqlite, e.g. ~/.local/share/EnrolmentDesk/enrolment-desk/.
    static QString defaultPath();
    // Loads the SQLite driver (a Qt plugin and libsqlite3: about a millisecond) without opening
    // any file, so that a caller with time to spare, such as a command waiting for the network,
    // takes that cost ahead of open().
    static void preloadDriver();
    // The version this build writes (PRAGMA user_version).
    static int schemaVersion();

    ~SessionLog();
    SessionLog(const SessionLog&) = delete;
    SessionLog& operator=(const SessionLog&) = delete;

    QString path() const { return m_path; }

    // Adds a session; recording the same session id again replaces its row.
    bool recordCreated(const SessionRecord& record, QString* problem);
    // Sets the last status and decision level (empty: none) of a recorded session, and clears its
    // outcome (the platform knows it), unless the
    // row already holds a reading taken after updatedUtc. An unknown session id changes nothing
    // and is not a problem (it was created elsewhere).
    bool recordStatus(const QString& sessionId, const QString& status, const QString& decisionLevel,
                      const QDateTime& updatedUtc, QString* problem);
    // Sets how the creation of a recorded session ended (empty: created) and, when known, when
    // its link expires.
    bool recordOutcome(const QString& sessionId, const QString& outcome,
                       const std::optional<QDateTime>& expiresUtc, QString* problem);
    // Removes a session that was recorded but never sent (nothing exists on the platform).
    bool forget(const QString& sessionId, QString* problem);
    // Marks the platform's data as deleted; the first deletion time is kept.
    bool recordDeleted(const QString& sessionId, const QDateTime& deletedUtc, QString* problem);

    std::optional<SessionRecord> find(const QString& sessionId, QString* problem) const;
    // Newest first (by creation time).
    QList<SessionRecord> search(const HistoryFilter& filter, QString* problem) const;

private:
    SessionLog(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
};

} // namespace History
