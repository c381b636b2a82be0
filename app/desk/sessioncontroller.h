#pragma once
// The life of one enrolment session on the desk, without any widget: creating it, showing its
// link until it expires, cancelling, creating it again for the same applicant, and forgetting it.
// The staff window and the kiosk both drive one of these.

#include "api/apierror.h"
#include "api/enrolmentclient.h"
#include "domain/enrolmentrequest.h"
#include "domain/linkoptions.h"
#include "domain/session.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Desk {

class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,     // nothing on screen
        Creating, // initialize is in flight
        Showing,  // the link can be scanned
        Expired,  // the link's time is up; the details are kept to create a new one
        Failed,   // the last attempt failed; lastError() says why
    };
    Q_ENUM(State)
    using Clock = std::function<QDateTime()>;

    explicit SessionController(QObject* parent = nullptr);

    // The client to use for the next create; calls in flight on the old one are cancelled.
    void setClient(Api::EnrolmentClient* client);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Creating; }

    void create(const Domain::EnrolmentRequest& request, const Domain::LinkOptions& options);
    // The same applicant again with a fresh session id (after expiry or a failure).
    void recreate();
    void cancel();
    // Forgets the session, the request and the error.
    void reset();

    const std::optional<Domain::CreatedSession>& session() const { return m_session; }
    // The link to show, with the link options applied; empty unless Showing.
    QUrl link() const;
    std::optional<qint64> secondsLeft() const;
    const std::optional<Api::ApiError>& lastError() const { return m_error; }

Q_SIGNALS:
    void stateChanged(Desk::SessionController::State state);
    // Once a second while a link with a known expiry is shown.
    void secondsLeftChanged(qint64 seconds);

private:
    void setState(State state);
    void onCreated(const Api::Result<Domain::CreatedSession>& result);
    void onTick();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Api::EnrolmentClient* m_client = nullptr;
    Clock m_clock;
    State m_state = State::Idle;
    std::optional<Domain::EnrolmentRequest> m_request;
    Domain::LinkOptions m_linkOptions;
    std::optional<Domain::CreatedSession> m_session;
    std::optional<Api::ApiError> m_error;
    std::optional<Api::EnrolmentClient::RequestId> m_pending;
    QTimer m_countdown; // runs only while a link with a known expiry is shown
};

} // namespace Desk
