#pragma once
// The sandbox's in-memory sessions. A session's status is computed from the clock when it is asked
// for (scripted completion, expiry), so no timer runs per session; the clock is injectable so that
// tests can move time.

#include "sandboxoutcome.h"
#include "sandboxrequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <optional>

namespace Sandbox {

struct SandboxSession {
    QString id;
    qint64 sequence = 0; // creation order, to list sessions created in the same millisecond
    QDateTime created;   // UTC
    QDateTime expires;   // UTC: the end of the link's and the token's validity
    QString referenceToken;
    SandboxScript script;
    std::optional<ApplicantForm> applicant;
    std::optional<QString> finishedStatus; // set when a tester finished the session by hand
    QDateTime finishedAt;
    int statusFaultsLeft = 0;
};

struct SessionState {
    QString status;        // raw wire text
    QDateTime completedAt; // null while PENDING
};

class SandboxSessions
{
public:
    using Clock = std::function<QDateTime()>;

    // An empty clock means QDateTime::currentDateTimeUtc.
    SandboxSessions(Clock clock, std::chrono::seconds lifetime);

    QDateTime now() const;
    std::chrono::seconds lifetime() const { return m_lifetime; }

    // True once an id was used to create a session, even after the session is deleted.
    bool wasUsed(const QString& id) const { return m_usedIds.contains(id); }
    const SandboxSession& create(const InitializeRequest& request);
    const SandboxSession* find(const QString& id) const;
    // The id of the session a web-enrolment reference token belongs to; empty when unknown.
    QString idForToken(const QString& token) const { return m_idByToken.value(token); }

    SessionState state(const SandboxSession& session) const;
    SessionState state(const QString& id) const;

    // Finishes a PENDING session as a tester's choice; false when unknown or no longer pending.
    bool finish(const QString& id, Outcome outcome);
    // Consumes one scripted status fault: the HTTP status to answer with, or nothing.
    std::optional<int> takeStatusFault(const QString& id);
    bool remove(const QString& id);

    QList<const SandboxSession*> newestFirst() const;
    int count() const { return int(m_sessions.size()); }

private:
    Clock m_clock;
    std::chrono::seconds m_lifetime;
    qint64 m_nextSequence = 0;
    std::map<QString, SandboxSession> m_sessions;
    QHash<QString, QString> m_idByToken;
    QSet<QString> m_usedIds;
};

} // namespace Sandbox
