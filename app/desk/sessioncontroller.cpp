#include "sessioncontroller.h"

#include "history/creationoutcome.h"
#include "statuspoller.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "enrolment.session", QtWarningMsg)

namespace Desk {

SessionController::SessionController(QObject* parent)
    : QObject(parent)
{
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, &SessionController::onTick);
}

SessionController::~SessionController() = default;

void SessionController::setClient(Api::EnrolmentClient* client)
{
    stopFollowing();
    if (m_client && m_pending)
        m_client->cancel(*m_pending);
    m_pending.reset();
    m_client = client;
    if (m_state == State::Creating)
        setState(State::Idle);
}

void SessionController::create(const Domain::EnrolmentRequest& request,
                               const Domain::LinkOptions& options)
{
    Q_ASSERT(m_client);
    if (m_state == State::Creating)
        return;
    m_countdown.stop();
    stopFollowing();
    m_request = request;
    m_linkOptions = options;
    m_session.reset();
    m_error.reset();
    m_gone = false;
    setState(State::Creating);
    m_pending = m_client->initialize(
        request, this,
        [this](const Api::Result<Domain::CreatedSession>& result) { onCreated(result); });
}

void SessionController::recreate()
{
    if (!m_request || m_state == State::Creating)
        return;
    create(m_request->withNewSessionId(), m_linkOptions);
}

void SessionController::cancel()
{
    if (m_state != State::Creating)
        return;
    if (m_client && m_pending)
        m_client->cancel(*m_pending);
    m_pending.reset();
    qCInfo(lcSession) << "creating session" << m_request->sessionId() << "cancelled";
    setState(State::Idle);
}

void SessionController::reset()
{
    if (m_client && m_pending)
        m_client->cancel(*m_pending);
    m_pending.reset();
    m_countdown.stop();
    stopFollowing();
    m_request.reset();
    m_session.reset();
    m_error.reset();
    m_gone = false;
    setState(State::Idle);
}

QString SessionController::failureMessage() const
{
    if (!m_error)
        return {};
    const auto outcome = History::outcomeOf(*m_error);
    if (!outcome || !m_request)
        return m_error->userMessage();
    return m_error->userMessage() + QLatin1Char(' ') +
           History::mayExistNote(m_request->sessionId(), *outcome,
                                 m_recordedId == m_request->sessionId());
}

bool SessionController::isFollowing() const
{
    return m_poller && m_poller->isRunning();
}

bool SessionController::checkNow()
{
    if (!m_poller || m_state == State::Expired)
        return false;
    if (!m_poller->isRunning())
        m_poller->start();
    return m_poller->checkNow();
}

void SessionController::startFollowing()
{
    m_poller = std::make_unique<StatusPoller>(*m_client, m_session->sessionId, m_schedule);
    StatusPoller* poller = m_poller.get();
    connect(poller, &StatusPoller::statusChanged, this,
            [this](const Domain::SessionStatus& status) {
                m_status = status;
                Q_EMIT sessionStatusChanged(status);
            });
    connect(poller, &StatusPoller::decisionReady, this, [this](const Domain::Decision& decision) {
        m_decision = decision;
        Q_EMIT decisionChanged(decision);
        if (m_status && !m_status->isFinal())
            setState(State::Reviewing);
    });
    connect(poller, &StatusPoller::finished, this, [this](const Domain::SessionStatus&) {
        m_countdown.stop();
        setState(State::Finished);
    });
    connect(poller, &StatusPoller::answered, this, [this] {
        if (!m_failingSince)
            return;
        m_failingSince.reset();
        m_failedChecks = 0;
        Q_EMIT followingRecovered();
    });
    connect(poller, &StatusPoller::problem, this,
            [this](const Api::ApiError& error, std::chrono::milliseconds retryIn) {
                noteFailedCheck();
                Q_EMIT followingProblem(error, retryIn);
            });
    connect(poller, &StatusPoller::failed, this, [this](const Api::ApiError& error) {
        noteFailedCheck();
        Q_EMIT followingProblem(error, std::nullopt);
        // A code nobody can use any more must not stay up to be scanned.
        if (error.kind() == Api::ApiError::Kind::Http && error.httpStatus() == 404 &&
            m_state == State::Showing) {
            qCInfo(lcSession) << "session" << m_session->sessionId << "unknown to the platform";
            m_countdown.stop();
            m_gone = true;
            setState(State::Expired);
        }
    });
    connect(poller, &StatusPoller::nextCheckScheduled, this,
            &SessionController::nextCheckScheduled);
    poller->start();
}

void SessionController::noteFailedCheck()
{
    if (!m_failingSince)
        m_failingSince = now();
    ++m_failedChecks;
}

void SessionController::stopFollowing()
{
    m_poller.reset();
    m_failingSince.reset();
    m_failedChecks = 0;
    m_status.reset();
    m_decision.reset();
}

QUrl SessionController::link() const
{
    if (m_state != State::Showing || !m_session)
        return {};
    return Domain::applyLinkOptions(m_session->webEnrolmentUrl, m_linkOptions);
}

std::optional<qint64> SessionController::secondsLeft() const
{
    if (!m_session || !m_session->expiresAt)
        return std::nullopt;
    return qMax<qint64>(0, now().secsTo(*m_session->expiresAt));
}

void SessionController::onCreated(const Api::Result<Domain::CreatedSession>& result)
{
    m_pending.reset();
    if (!result) {
        m_error = result.error();
        qCInfo(lcSession) << "creating session" << m_request->sessionId() << "failed";
        setState(State::Failed);
        return;
    }
    m_session = result.value();
    qCInfo(lcSession) << "session" << m_session->sessionId << "created";
    if (m_session->expiresAt && secondsLeft() == 0) {
        setState(State::Expired);
        return;
    }
    setState(State::Showing);
    if (m_session->expiresAt) {
        m_countdown.start();
        Q_EMIT secondsLeftChanged(*secondsLeft());
    }
    startFollowing();
}

void SessionController::onTick()
{
    const std::optional<qint64> left = secondsLeft();
    if (!left) {
        m_countdown.stop();
        return;
    }
    Q_EMIT secondsLeftChanged(*left);
    if (*left == 0) {
        m_countdown.stop();
        // A reviewer may still be deciding on an applicant who finished in time: keep following.
        if (m_state == State::Showing) {
            qCInfo(lcSession) << "session" << m_session->sessionId << "link expired";
            if (m_poller)
                m_poller->stop();
            setState(State::Expired);
        }
    }
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Desk
