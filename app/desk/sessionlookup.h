#pragma once
// Looks at a past session again, by the name of the profile it was created with: reads its status
// (and its decision once results are readable) and deletes its data on the platform
// (DELETE /api/v1/data/{sessionId}). For the history view; no widget, no QNetworkReply outside.
//
// Each call loads the profile from the settings, finds its password like the staff window does
// (credential store, then ENROLMENT_DESK_PASSWORD) and talks through an EnrolmentClient of its
// own. The network manager is created on the first call.

#include "api/enrolmentclient.h"
#include "api/exchangerecord.h"
#include "api/result.h"
#include "config/credentialstore.h"
#include "domain/decision.h"
#include "domain/sessionstatus.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Desk {

class SessionLookup : public QObject
{
    Q_OBJECT

public:
    struct Reading {
        Domain::SessionStatus status;
        std::optional<Domain::Decision> decision; // when the status has readable results
        // The status was read but its results were not (the status is still worth showing).
        std::optional<Api::ApiError> decisionProblem;
    };
    template <typename T> using Callback = std::function<void(const Api::Result<T>&)>;

    SessionLookup(QSettings& settings, Config::CredentialStore& credentials,
                  const QProcessEnvironment& variables, QObject* parent = nullptr);
    ~SessionLookup() override;

    // Each answers exactly once through done, unless context is destroyed first. A profile that
    // no longer exists, or has no password, is an ApiError::invalidInput naming it.
    void readStatus(const QString& profile, const QString& sessionId, QObject* context,
                    Callback<Reading> done);
    void deleteData(const QString& profile, const QString& sessionId, QObject* context,
                    Callback<Api::Done> done);

    int pendingCount() const { return m_pending; }

Q_SIGNALS:
    // Every HTTP exchange, already redacted (for the API inspector).
    void exchangeFinished(const Api::ExchangeRecord& record);

private:
    using WithClient = std::function<void(Api::EnrolmentClient* client)>;
    // Calls work with a client for the profile (bound to this object, deleted by finish()), or
    // fail with the problem.
    void withClient(const QString& profile, std::function<void(const Api::ApiError&)> fail,
                    WithClient work);
    void finish(Api::EnrolmentClient* client);

    QSettings& m_settings;
    Config::CredentialStore& m_credentials;
    QProcessEnvironment m_variables;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_pending = 0;
};

} // namespace Desk
