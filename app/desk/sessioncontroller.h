#pragma once
// The life of one enrolment session on the desk, without any widget: creating it, showing its
// link until it expires, following its status to the platform's decision, cancelling, creating
// it again for the same applicant, and forgetting it. The staff window and the kiosk both drive
// one of these.

#include "api/apierror.h"
#include "api/enrolmentclient.h"
#include "domain/decision.h"
#include "domain/enrolmentrequest.h"
#include "domain/linkoptions.h"
#include "domain/session.h"
#include "domain/sessionstatus.h"
#include "pollschedule.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Desk {

class StatusPoller;

class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,      // nothing on screen
        Creating,  // initialize is in flight
        Showing,   // the link can be scanned; the status is followed
        Reviewing, // the applicant is done, a reviewer decides; interim results are in
        Finished,  // the platform's status is final (approved, rejected or expired)
        Expired,   // the link's time is up before the applicant finished
        Failed,    // the last attempt to create failed; lastError() says why
    };
    Q_ENUM(State)
    using Clock = std::function<QDateTime()>;

    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    // The client to use for the next create; calls in flight on the old one are cancelled.
    void setClient(Api::EnrolmentClient* client);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // How often the status is asked for; applies to the next session.
    void setPollSchedule(PollSchedule schedule) { m_schedule = schedule; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Creating; }

    void create(const Domain::EnrolmentRequest& request, const Domain::LinkOptions& options);
    // The same applicant again with a fresh session id (after expiry or a failure).
    void recreate();
    void cancel();
    // Forgets the session, the request, its status and the error.
    void reset();
    // Asks for the status now (one request at most in flight); restarts following after a
    // refusal. False when nothing was asked.
    bool checkNow();

    // The session id of the request being created, or last created; empty after reset().
    QString requestedSessionId() const { return m_request ? m_request->sessionId() : QString(); }
    const std::optional<Domain::CreatedSession>& session() const { return m_session; }
    // The request of the session on screen (or being created); empty after reset().
    const std::optional<Domain::EnrolmentRequest>& request() const { return m_request; }
    // The link to show, with the link options applied; empty unless Showing.
    QUrl link() const;
    std::optional<qint64> secondsLeft() const;
    const std::optional<Api::ApiError>& lastError() const { return m_error; }
    // lastError's message for staff, naming the session when it may exist on the platform.
    QString failureMessage() const;
    // The history keeps this session (HistoryRecorder says so), so failureMessage can say where
    // to find it.
    void setRecordedInHistory(const QString& sessionId) { m_recordedId = sessionId; }
    const std::optional<Domain::SessionStatus>& sessionStatus() const { return m_status; }
    const std::optional<Domain::Decision>& decision() const { return m_decision; }
    bool isFollowing() const;
    // Since when the status checks fail, and how many failed in a row; empty while they work.
    const std::optional<QDateTime>& failingSince() const { return m_failingSince; }
    int failedChecks() const { return m_failedChecks; }
    // The platform answered 404 while the link was shown: the session is gone (deleted or
    // unknown there), so its link is dead and the state is Expired.
    bool isSessionGone() const { return m_gone; }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

Q_SIGNALS:
    void stateChanged(Desk::SessionController::State state);
    // Once a second while a link with a known expiry is shown.
    void secondsLeftChanged(qint64 seconds);
    void sessionStatusChanged(const Domain::SessionStatus& status);
    void decisionChanged(const Domain::Decision& decision);
    // Following had a problem; retryIn is empty when it stopped (checkNow() starts it again).
    void followingProblem(const Api::ApiError& error,
                          std::optional<std::chrono::milliseconds> retryIn);
    // A status check was answered again after failures.
    void followingRecovered();
    void nextCheckScheduled(std::chrono::milliseconds delay);

private:
    void setState(State state);
    void onCreated(const Api::Result<Domain::CreatedSession>& result);
    void onTick();
    void startFollowing();
    void stopFollowing();
    void noteFailedCheck();

    Api::EnrolmentClient* m_client = nullptr;
    Clock m_clock;
    State m_state = State::Idle;
    std::optional<Domain::EnrolmentRequest> m_request;
    Domain::LinkOptions m_linkOptions;
    std::optional<Domain::CreatedSession> m_session;
    std::optional<Api::ApiError> m_error;
    QString m_recordedId;
    std::optional<Api::EnrolmentClient::RequestId> m_pending;
    QTimer m_countdown; // runs only while a link with a known expiry is shown
    PollSchedule m_schedule;
    std::unique_ptr<StatusPoller> m_poller;
    std::optional<Domain::SessionStatus> m_status;
    std::optional<Domain::Decision> m_decision;
    std::optional<QDateTime> m_failingSince;
    int m_failedChecks = 0;
    bool m_gone = false;
};

} // namespace Desk
