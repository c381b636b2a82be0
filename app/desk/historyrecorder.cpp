#include "historyrecorder.h"

#include "history/creationoutcome.h"
#include "history/sessionlog.h"
#include "sessioncontroller.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcDeskHistory, "enrolment.desk.history", QtWarningMsg)

namespace Desk {

HistoryRecorder::HistoryRecorder(SessionController& controller, QString path, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_path(std::move(path))
{
    connect(&m_controller, &SessionController::stateChanged, this,
            &HistoryRecorder::onStateChanged);
    connect(&m_controller, &SessionController::sessionStatusChanged, this,
            [this] { recordCurrentStatus(false); });
    connect(&m_controller, &SessionController::decisionChanged, this,
            [this] { recordCurrentStatus(true); });
}

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::setSessionDetails(const QString& profile, const QString& externalId)
{
    m_profile = profile;
    m_externalId = externalId;
}

History::SessionLog* HistoryRecorder::log(QString* problem)
{
    if (!m_log) {
        QString text;
        m_log = History::SessionLog::open(m_path, &text);
        m_openProblem = m_log ? QString() : text;
        if (!m_log)
            report(text);
    }
    if (problem)
        *problem = m_openProblem;
    return m_log.get();
}

History::SessionLog* HistoryRecorder::existingLog(QString* problem)
{
    if (!m_log && m_openProblem.isEmpty() && !QFileInfo::exists(m_path)) {
        if (problem)
            problem->clear();
        return nullptr;
    }
    return log(problem);
}

void HistoryRecorder::onStateChanged()
{
    using State = SessionController::State;
    const State state = m_controller.state();
    const State previous = std::exchange(m_lastState, state);
    switch (state) {
    case State::Creating:
        recordSending();
        break;
    // A session exists on the platform once its link is shown, or expired before it could be.
    case State::Showing:
    case State::Expired:
        recordCreated();
        break;
    case State::Failed:
        if (const auto& error = m_controller.lastError())
            finishAttempt(History::outcomeOf(*error));
        break;
    case State::Idle:
        // Escape (or a profile switch) while the platform answered: the request may have arrived.
        if (previous == State::Creating)
            finishAttempt(History::Outcome::Cancelled);
        break;
    default:
        break;
    }
}

void HistoryRecorder::recordSending()
{
    m_attemptId.clear();
    const QString sessionId = m_controller.requestedSessionId();
    History::SessionLog* history = log();
    if (sessionId.isEmpty() || !history)
        return;
    History::SessionRecord record;
    record.sessionId = sessionId;
    record.externalId = m_externalId;
    record.profile = m_profile;
    record.createdUtc = now();
    record.lastStatus = Domain::SessionStatus().wireName(); // a new session is PENDING
    record.updatedUtc = record.createdUtc;
    record.outcome = History::Outcome::Sending;
    QString problem;
    if (!history->recordCreated(record, &problem)) {
        report(problem);
        return;
    }
    m_attemptId = sessionId;
    m_controller.setRecordedInHistory(sessionId);
    qCDebug(lcDeskHistory) << "session" << sessionId << "recorded before sending";
    Q_EMIT changed(sessionId);
}

void HistoryRecorder::finishAttempt(const std::optional<QString>& outcome)
{
    const QString sessionId = std::exchange(m_attemptId, QString());
    History::SessionLog* history = sessionId.isEmpty() ? nullptr : log();
    if (!history)
        return;
    QString problem;
    const bool written = outcome
                             ? history->recordOutcome(sessionId, *outcome, std::nullopt, &problem)
                             : history->forget(sessionId, &problem);
    if (!written) {
        report(problem);
        return;
    }
    qCInfo(lcDeskHistory).noquote() << "session" << sessionId << "recorded as"
                                    << (outcome ? *outcome : QStringLiteral("never sent"));
    Q_EMIT changed(sessionId);
}

void HistoryRecorder::recordCreated()
{
    const auto& session = m_controller.session();
    if (!session || session->sessionId == m_recordedId)
        return;
    History::SessionLog* history = log();
    if (!history)
        return;
    QString problem;
    if (session->sessionId == m_attemptId) {
        m_attemptId.clear();
        if (!history->recordOutcome(session->sessionId, QString(), session->expiresAt, &problem)) {
            report(problem);
            return;
        }
    } else {
        // Not recorded before sending (the history could not be written then): recorded now.
        History::SessionRecord record;
        record.sessionId = session->sessionId;
        record.externalId = m_externalId;
        record.profile = m_profile;
        record.createdUtc = now();
        record.expiresUtc = session->expiresAt;
        record.lastStatus = Domain::SessionStatus().wireName(); // a new session is PENDING
        record.updatedUtc = record.createdUtc;
        if (!history->recordCreated(record, &problem)) {
            report(problem);
            return;
        }
    }
    // Only a recorded session has its statuses written (and the file is not tried again for
    // each of them when it could not be opened).
    m_recordedId = session->sessionId;
    qCDebug(lcDeskHistory) << "session" << session->sessionId << "recorded";
    Q_EMIT changed(session->sessionId);
}

void HistoryRecorder::recordCurrentStatus(bool withDecision)
{
    const auto& session = m_controller.session();
    const auto& status = m_controller.sessionStatus();
    if (!session || !status || session->sessionId != m_recordedId)
        return;
    // A decision belongs to the status it was read for: a new status clears the old level until
    // its own results are read.
    recordStatus(session->sessionId, *status,
                 withDecision ? m_controller.decision() : std::nullopt);
}

bool HistoryRecorder::recordStatus(const QString& sessionId, const Domain::SessionStatus& status,
                                   const std::optional<Domain::Decision>& decision,
                                   QString* problem)
{
    QString text;
    History::SessionLog* history = log(&text);
    if (history) {
        const QString level = decision ? Domain::levelWireName(decision->level) : QString();
        if (history->recordStatus(sessionId, status.rawText(), level, now(), &text)) {
            Q_EMIT changed(sessionId);
            return true;
        }
        report(text);
    }
    if (problem)
        *problem = text;
    return false;
}

bool HistoryRecorder::recordDeleted(const QString& sessionId, QString* problem)
{
    QString text;
    History::SessionLog* history = log(&text);
    if (history) {
        if (history->recordDeleted(sessionId, now(), &text)) {
            qCInfo(lcDeskHistory) << "session" << sessionId << "recorded as deleted";
            Q_EMIT changed(sessionId);
            return true;
        }
        report(text);
    }
    if (problem)
        *problem = text;
    return false;
}

void HistoryRecorder::report(const QString& problem)
{
    if (problem.isEmpty() || m_reported.contains(problem))
        return;
    m_reported.insert(problem);
    qCWarning(lcDeskHistory) << "the session history is not being kept";
    Q_EMIT unavailable(problem);
}

} // namespace Desk
