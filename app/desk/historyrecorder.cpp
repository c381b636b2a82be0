#include "historyrecorder.h"

#include "history/sessionlog.h"
#include "sessioncontroller.h"

#include <QFileInfo>
#include <QLoggingCategory>

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
    // A session exists on the platform once its link is shown, or expired before it could be.
    if (state == State::Showing || state == State::Expired)
        recordCreated();
}

void HistoryRecorder::recordCreated()
{
    const auto& session = m_controller.session();
    if (!session || session->sessionId == m_recordedId)
        return;
    History::SessionLog* history = log();
    if (!history)
        return;
    History::SessionRecord record;
    record.sessionId = session->sessionId;
    record.externalId = m_externalId;
    record.profile = m_profile;
    record.createdUtc = now();
    record.expiresUtc = session->expiresAt;
    record.lastStatus = Domain::SessionStatus().wireName(); // a new session is PENDING
    record.updatedUtc = record.createdUtc;
    QString problem;
    if (!history->recordCreated(record, &problem)) {
        report(problem);
        return;
    }
    // Only a recorded session has its statuses written (and the file is not tried again for
    // each of them when it could not be opened).
    m_recordedId = record.sessionId;
    qCDebug(lcDeskHistory) << "session" << record.sessionId << "recorded";
    Q_EMIT changed(record.sessionId);
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
