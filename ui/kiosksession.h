#pragma once
// The kiosk's side of one enrolment session, without widgets: the profile and its password, the
// network objects (made on the first session, not at start-up), the generated case number, the
// request, and the SessionController that follows it. reset() forgets all of it but the network
// objects; nothing of a customer outlives it.

#include "desk/historyrecorder.h"
#include "desk/sessioncontroller.h"
#include "kioskenvironment.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Api {
class EnrolmentClient;
}

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace Ui {

class KioskSession : public QObject
{
    Q_OBJECT

public:
    explicit KioskSession(KioskEnvironment& environment, QObject* parent = nullptr);
    ~KioskSession() override;

    Desk::SessionController& controller() { return m_controller; }
    const Desk::SessionController& controller() const { return m_controller; }
    // Writes every session (case number, profile, statuses, decision level) for the staff.
    Desk::HistoryRecorder& history() { return m_history; }

    // Creates a session for this applicant (none: no applicant data is sent) with the web flow in
    // that language. Progress comes through the controller; a problem before it (no profile, no
    // password) through failedToStart().
    void start(const std::optional<Domain::ApplicantInput>& applicant, const QString& language);
    // Forgets the session, the request and any start still looking for the password.
    void reset();

    // API calls in flight (0 when idle): the soak benchmark's leak check.
    int pendingReplies() const;
    // The case number of the current session ("KIOSK-20261126-101500"), empty after reset().
    QString caseNumber() const { return m_caseNumber; }

Q_SIGNALS:
    void failedToStart();

private:
    void startWithConnection(const Api::ApiConnection& connection);
    void failLater();

    KioskEnvironment& m_environment;
    Desk::SessionController m_controller;
    Desk::HistoryRecorder m_history;
    // The request between start() and the password's arrival; reset() drops it.
    std::optional<Domain::EnrolmentRequest> m_request;
    Domain::LinkOptions m_linkOptions;
    QString m_profileName;
    int m_pollSeconds = 60;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::EnrolmentClient> m_client;
    quint64 m_generation = 0; // a start is still wanted only while this has not changed
    QString m_caseNumber;
};

// The web language of this system's locale ("de_AT" gives "de-DE"), or "en-US": the kiosk's
// language until a customer picks another.
QString systemWebLanguage();

} // namespace Ui
