#pragma once
// Follows one session's status on the platform (GET .../status, then .../decision/results once
// results are readable) at the schedule's pace, with never two requests at once. Passing
// failures and 429 slow it down; a final status, a refusal or stop() end it.

#include "api/apierror.h"
#include "api/enrolmentclient.h"
#include "domain/decision.h"
#include "domain/sessionstatus.h"
#include "pollschedule.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Desk {

class StatusPoller : public QObject
{
    Q_OBJECT

public:
    StatusPoller(Api::EnrolmentClient& client, QString sessionId, PollSchedule schedule,
                 QObject* parent = nullptr);
    ~StatusPoller() override;

    // The first request goes out after one interval: a session just created is still pending.
    void start();
    void stop();
    // Asks at once unless a request is already in flight; false when it did not ask.
    bool checkNow();

    bool isRunning() const { return m_running; }
    bool isRequestInFlight() const { return m_inFlight.has_value(); }
    // Whether a next check is waiting for its time.
    bool isCheckScheduled() const { return m_timer.isActive(); }
    const std::optional<Domain::SessionStatus>& lastStatus() const { return m_lastStatus; }
    const QString& sessionId() const { return m_sessionId; }

Q_SIGNALS:
    void statusChanged(const Domain::SessionStatus& status);
    // Interim results (waiting for manual review) or the final ones.
    void decisionReady(const Domain::Decision& decision);
    // A passing problem; the poller asks again after `retryIn`.
    void problem(const Api::ApiError& error, std::chrono::milliseconds retryIn);
    // A problem that asking again will not solve (credentials refused, unknown session...).
    void failed(const Api::ApiError& error);
    // A request was answered (after failures: the platform can be reached again).
    void answered();
    // The status is final and its results, if any, were read.
    void finished(const Domain::SessionStatus& status);
    void nextCheckScheduled(std::chrono::milliseconds delay);

private:
    void requestStatus();
    void onStatus(const Api::Result<Domain::SessionStatus>& result);
    void requestDecision(const Domain::SessionStatus& status);
    void onDecision(const Domain::SessionStatus& status,
                    const Api::Result<Domain::Decision>& result);
    void onError(const Api::ApiError& error);
    void schedule(std::chrono::milliseconds delay);

    Api::EnrolmentClient& m_client;
    QString m_sessionId;
    PollSchedule m_schedule;
    QTimer m_timer;
    bool m_running = false;
    int m_failures = 0;
    std::optional<Api::EnrolmentClient::RequestId> m_inFlight;
    std::optional<Domain::SessionStatus> m_lastStatus;
    bool m_haveResultsForLastStatus = false;
};

} // namespace Desk
