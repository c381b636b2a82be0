#include "sandboxsessions.h"

#include "sandboxjwt.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Sandbox {
namespace {

QString newReferenceToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(encodeBase64Url(bytes));
}

QDateTime after(const QDateTime& start, double seconds)
{
    return start.addMSecs(qint64(std::llround(seconds * 1000.0)));
}

} // namespace

SandboxSessions::SandboxSessions(Clock clock, std::chrono::seconds lifetime)
    : m_clock(std::move(clock))
    , m_lifetime(lifetime)
{}

QDateTime SandboxSessions::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

const SandboxSession& SandboxSessions::create(const InitializeRequest& request)
{
    SandboxSession session;
    session.id = request.sessionId;
    session.sequence = m_nextSequence++;
    session.created = now();
    const qint64 lifetime = request.script.expiresInSeconds.value_or(qint64(m_lifetime.count()));
    session.expires = session.created.addSecs(lifetime);
    do {
        session.referenceToken = newReferenceToken();
    } while (m_idByToken.contains(session.referenceToken));
    session.script = request.script;
    session.applicant = request.applicant;
    session.statusFaultsLeft = request.script.statusFault ? request.script.statusFault->count : 0;

    m_usedIds.insert(session.id);
    m_idByToken.insert(session.referenceToken, session.id);
    return m_sessions.insert_or_assign(session.id, std::move(session)).first->second;
}

const SandboxSession* SandboxSessions::find(const QString& id) const
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : &it->second;
}

SessionState SandboxSessions::state(const SandboxSession& session) const
{
    if (session.finishedStatus)
        return {*session.finishedStatus, session.finishedAt};

    // A scripted change happens only if the applicant could still act, i.e. before expiry.
    const QDateTime current = now();
    std::optional<SessionState> scripted;
    if (session.script.status) {
        scripted = SessionState{session.script.status->status,
                                after(session.created, session.script.status->afterSeconds)};
    } else if (session.script.complete) {
        scripted = SessionState{statusForOutcome(session.script.complete->outcome),
                                after(session.created, session.script.complete->afterSeconds)};
    }
    if (scripted && scripted->status == QLatin1String("PENDING"))
        scripted.reset();
    if (scripted && scripted->completedAt < session.expires && current >= scripted->completedAt)
        return *scripted;
    if (current >= session.expires)
        return {QStringLiteral("EXPIRED"), session.expires};
    return {QStringLiteral("PENDING"), QDateTime()};
}

SessionState SandboxSessions::state(const QString& id) const
{
    const SandboxSession* session = find(id);
    return session ? state(*session) : SessionState();
}

bool SandboxSessions::finish(const QString& id, Outcome outcome)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || state(it->second).status != QLatin1String("PENDING"))
        return false;
    it->second.finishedStatus = statusForOutcome(outcome);
    it->second.finishedAt = now();
    return true;
}

std::optional<int> SandboxSessions::takeStatusFault(const QString& id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->second.statusFaultsLeft <= 0 ||
        !it->second.script.statusFault)
        return std::nullopt;
    --it->second.statusFaultsLeft;
    return it->second.script.statusFault->httpStatus;
}

bool SandboxSessions::remove(const QString& id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return false;
    m_idByToken.remove(it->second.referenceToken);
    m_sessions.erase(it);
    return true;
}

QList<const SandboxSession*> SandboxSessions::newestFirst() const
{
    QList<const SandboxSession*> list;
    list.reserve(qsizetype(m_sessions.size()));
    for (const auto& entry : m_sessions)
        list.append(&entry.second);
    std::sort(list.begin(), list.end(), [](const SandboxSession* a, const SandboxSession* b) {
        if (a->created != b->created)
            return a->created > b->created;
        return a->sequence > b->sequence;
    });
    return list;
}

} // namespace Sandbox
