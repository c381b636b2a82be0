#include "statuspoller.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPoller, "enrolment.poller", QtWarningMsg)

namespace Desk {

StatusPoller::StatusPoller(Api::EnrolmentClient& client, QString sessionId, PollSchedule schedule,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_sessionId(std::move(sessionId))
    , m_schedule(schedule)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::requestStatus);
}

StatusPoller::~StatusPoller()
{
    stop();
}

void StatusPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    schedule(m_schedule.afterSuccess());
}

void StatusPoller::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_client.cancel(*m_inFlight);
    m_inFlight.reset();
}

bool StatusPoller::checkNow()
{
    if (!m_running || m_inFlight)
        return false;
    m_timer.stop();
    requestStatus();
    return true;
}

void StatusPoller::schedule(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    m_timer.start(delay);
    Q_EMIT nextCheckScheduled(delay);
}

void StatusPoller::requestStatus()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = m_client.status(
        m_sessionId, this,
        [this](const Api::Result<Domain::SessionStatus>& result) { onStatus(result); });
}

void StatusPoller::onStatus(const Api::Result<Domain::SessionStatus>& result)
{
    m_inFlight.reset();
    if (!result) {
        onError(result.error());
        return;
    }
    m_failures = 0;
    Q_EMIT answered();
    const Domain::SessionStatus& status = result.value();
    const bool changed = !m_lastStatus || !(*m_lastStatus == status);
    if (changed) {
        qCInfo(lcPoller) << "session" << m_sessionId << "status" << status.wireName();
        m_lastStatus = status;
        m_haveResultsForLastStatus = false;
        Q_EMIT statusChanged(status);
    }
    // Results are read once per status: interim ones while a reviewer decides, final ones once.
    if (status.hasResults() && !m_haveResultsForLastStatus) {
        requestDecision(status);
        return;
    }
    if (status.isFinal()) {
        stop();
        Q_EMIT finished(status);
        return;
    }
    schedule(m_schedule.afterSuccess());
}

void StatusPoller::requestDecision(const Domain::SessionStatus& status)
{
    m_inFlight = m_client.decisionResults(
        m_sessionId, this, [this, status](const Api::Result<Domain::Decision>& result) {
            onDecision(status, result);
        });
}

void StatusPoller::onDecision(const Domain::SessionStatus& status,
                              const Api::Result<Domain::Decision>& result)
{
    m_inFlight.reset();
    if (!result) {
        onError(result.error());
        return;
    }
    m_failures = 0;
    Q_EMIT answered();
    m_haveResultsForLastStatus = true;
    Q_EMIT decisionReady(result.value());
    if (status.isFinal()) {
        stop();
        Q_EMIT finished(status);
        return;
    }
    schedule(m_schedule.afterSuccess());
}

void StatusPoller::onError(const Api::ApiError& error)
{
    // Server errors pass too: a platform having a bad minute must not end the following.
    const bool worthRetrying = error.isTransient() || (error.kind() == Api::ApiError::Kind::Http &&
                                                       error.httpStatus() >= 500);
    if (!worthRetrying) {
        qCInfo(lcPoller) << "session" << m_sessionId << "stopped following after HTTP"
                         << error.httpStatus();
        stop();
        Q_EMIT failed(error);
        return;
    }
    ++m_failures;
    const auto delay = m_schedule.afterFailure(m_failures, error.retryAfterSeconds());
    Q_EMIT problem(error, delay);
    schedule(delay);
}

} // namespace Desk
