#include "commandhistory.h"

#include "history/sessionlog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandHistory)
};

// The profile recorded for sessions created from flags alone; data, so never translated.
const QString CommandLineProfile = QStringLiteral("command line");

} // namespace

CommandHistory::CommandHistory(Open open)
{
    const QString path = History::SessionLog::defaultPath();
    if (open == Open::OnlyIfPresent && !QFileInfo::exists(path)) {
        m_absent = true;
        return;
    }
    m_log = History::SessionLog::open(path, &m_problem);
}

CommandHistory::~CommandHistory() = default;

bool CommandHistory::recordSending(const QString& sessionId, const QString& externalId,
                                   const QString& profile, CliEnvironment& environment)
{
    if (!m_log) {
        warn(environment, m_problem);
        return false;
    }
    History::SessionRecord record;
    record.sessionId = sessionId;
    record.externalId = externalId;
    record.profile = profile.isEmpty() ? CommandLineProfile : profile;
    record.createdUtc = QDateTime::currentDateTimeUtc();
    record.lastStatus = Domain::SessionStatus().wireName(); // a new session is PENDING
    record.updatedUtc = record.createdUtc;
    record.outcome = History::Outcome::Sending;
    QString problem;
    if (m_log->recordCreated(record, &problem))
        return true;
    warn(environment, problem);
    return false;
}

void CommandHistory::recordOutcome(const QString& sessionId, const std::optional<QString>& outcome,
                                   const std::optional<QDateTime>& expiresUtc,
                                   CliEnvironment& environment)
{
    if (!m_log)
        return; // already warned when the session was to be recorded
    QString problem;
    const bool written = outcome ? m_log->recordOutcome(sessionId, *outcome, expiresUtc, &problem)
                                 : m_log->forget(sessionId, &problem);
    if (!written)
        warn(environment, problem);
}

void CommandHistory::recordStatus(const QString& sessionId, const Domain::SessionStatus& status,
                                  const std::optional<Domain::Decision>& decision,
                                  CliEnvironment& environment)
{
    if (m_absent)
        return; // no session was recorded here, so this one is not known either
    if (!m_log) {
        warn(environment, m_problem);
        return;
    }
    const QString level = decision ? Domain::levelWireName(decision->level) : QString();
    QString problem;
    if (!m_log->recordStatus(sessionId, status.rawText(), level, QDateTime::currentDateTimeUtc(),
                             &problem))
        warn(environment, problem);
}

void CommandHistory::warn(CliEnvironment& environment, const QString& problem)
{
    if (m_warned)
        return;
    m_warned = true;
    environment.err << Text::tr("warning: the session history was not updated: %1").arg(problem)
                    << Qt::endl;
}

} // namespace Cli
